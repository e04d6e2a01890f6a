// import_practice: a practice restored from a backup document, in memory or into a new store
// directory (docs/interchange.md).

#include <mutex>
#include <shared_mutex>

#include "interchange/document.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/interchange.hpp"
#include "practice_access.hpp"

namespace libcoach {

namespace {

// The id source of a restored practice: a seeded one is mixed with last_sequence exactly as a
// reopened store does (store.cpp), so a seeded restore does not repeat ids of the original.
IdSource restored_ids(std::optional<std::uint64_t> seed, std::uint64_t last_sequence) {
  if (!seed)
    return IdSource();
  return IdSource(*seed ^ (last_sequence * 0x9E3779B97F4A7C15ull));
}

}  // namespace

Practice import_practice(std::string_view json, PracticeOptions options) {
  interchange::ImportedPractice imported = interchange::read_practice_document(json);
  const std::optional<std::uint64_t> seed = options.id_seed;
  Practice practice(std::move(options));
  detail::PracticeCore& core = PracticeAccess::core(practice);
  std::unique_lock lock(core.mutex);
  core.ids = restored_ids(seed, imported.state.last_sequence);
  core.state = std::move(imported.state);
  core.audit.restore(std::move(imported.audit));
  return practice;
}

Practice import_practice(std::string_view json, const std::filesystem::path& dir,
                         PracticeOptions options, OpenOptions store) {
  // Validate everything first: a rejected import must not leave a directory behind.
  interchange::ImportedPractice imported = interchange::read_practice_document(json);
  const std::optional<std::uint64_t> seed = options.id_seed;
  Practice practice = Practice::create(dir, std::move(options), store);
  detail::PracticeCore& core = PracticeAccess::core(practice);
  {
    std::unique_lock lock(core.mutex);
    core.ids = restored_ids(seed, imported.state.last_sequence);
    core.state = std::move(imported.state);
  }
  // Appending through the trail persists each entry to the store's audit log; the trail
  // re-chains them, which gives the very same hashes for a chain that verified.
  const Digest last = imported.audit.empty() ? Digest{} : imported.audit.back().hash;
  for (AuditEntry& entry : imported.audit)
    core.audit.append(std::move(entry));
  const std::vector<AuditEntry> trail = core.audit.entries();
  if (!trail.empty() && trail.back().hash != last)
    throw CorruptionError("/audit: the trail did not re-chain to its recorded hashes");
  // The snapshot holds the whole imported state; the new journal starts after it.
  practice.snapshot();
  return practice;
}

}  // namespace libcoach
