#include "libcoach/store/verify.hpp"

#include "libcoach/errors.hpp"
#include "store/inspect.hpp"

namespace libcoach {

VerifyReport verify_store(const std::filesystem::path& dir) {
  VerifyReport report;
  auto add = [&](const std::optional<StoreProblem>& problem) {
    if (!problem)
      return;
    report.ok = false;
    report.problems.push_back(*problem);
  };
  try {
    const store::Inspection insp = store::inspect_store(*store::posix_file_ops(), dir);
    report.format_version = insp.journal_header.version;
    report.snapshot_sequence = insp.snapshot_sequence;
    report.journal_frames = insp.journal_frames;
    report.last_sequence = insp.state.last_sequence;
    report.audit_entries = insp.audit.size();
    add(insp.snapshot_problem);
    add(insp.journal_problem);
    add(insp.audit_problem);
  } catch (const CorruptionError& error) {
    // Damage that stops the reading altogether (a journal header, mismatched files).
    report.ok = false;
    report.problems.push_back(StoreProblem{"store", 0, error.what(), false});
  }
  return report;
}

}  // namespace libcoach
