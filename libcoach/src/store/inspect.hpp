#pragma once
// Reading a store directory: headers, snapshot, journal replay and audit log, with every
// problem recorded (file, offset, torn or corrupt) instead of acted upon. Open applies the
// recovery policy to what this finds; verify_store reports it; a failed batch rebuilds its
// state from it.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "libcoach/access/audit.hpp"
#include "libcoach/store/report.hpp"
#include "state.hpp"
#include "store/content_seal.hpp"
#include "store/file_ops.hpp"
#include "store/format.hpp"

namespace libcoach::store {

/// File names inside a store directory.
struct StoreFiles {
  static constexpr const char* journal = "journal";
  static constexpr const char* snapshot = "snapshot";
  static constexpr const char* audit = "audit";
  static constexpr const char* lock = "LOCK";
  static constexpr const char* journal_tmp = "journal.tmp";
  static constexpr const char* snapshot_tmp = "snapshot.tmp";
  static constexpr const char* audit_tmp = "audit.tmp";
};

struct InspectOptions {
  bool ignore_snapshot = false;  ///< Rebuild from the journal alone (repairing a snapshot).
  /// Map the snapshot and decode each table on first use (read-only opens): a damaged
  /// section is then reported when its table is first used, not here.
  bool defer_snapshot = false;
  /// With defer_snapshot: opens the sealed content of deferred sections (null: plain store).
  std::shared_ptr<ser::ContentCipher> section_cipher;
  /// Check the audit log's frames but decode its entries (and verify their chain) when the
  /// trail is first read (Inspection::deferred_audit), instead of now.
  bool defer_audit = false;
  /// With defer_audit: the file operations that read a clean log again when the trail is
  /// first read, through a descriptor kept open (null: the open keeps the log's bytes).
  std::shared_ptr<FileOps> audit_reader;
};

/// Everything read from a store directory.
struct Inspection {
  FileHeader journal_header;
  bool has_snapshot = false;
  std::uint64_t snapshot_sequence = 0;
  std::optional<StoreProblem> snapshot_problem;  ///< The snapshot could not be loaded.
  detail::PracticeState state;                   ///< Snapshot + valid journal prefix.
  std::uint64_t replayed = 0;                    ///< Events applied from the journal.
  std::uint64_t journal_frames = 0;              ///< Valid frames.
  std::uint64_t journal_size = 0;
  std::uint64_t journal_valid_end = 0;  ///< Cut here to keep the valid prefix.
  std::optional<StoreProblem> journal_problem;
  std::vector<AuditEntry> audit;  ///< Valid, chained prefix.
  /// With InspectOptions::defer_audit: the log's entries, to be decoded on first read (then
  /// `audit` stays empty).
  std::optional<DeferredAuditEntries> deferred_audit;
  bool audit_missing = false;
  std::uint64_t audit_size = 0;
  std::uint64_t audit_valid_end = 0;
  std::optional<StoreProblem> audit_problem;
};

/// Reads the store at `dir`. Throws IoError (unreadable, no journal), CorruptionError (a
/// damaged journal header, files of different stores, missing events between snapshot
/// and journal) or UnsupportedVersion; everything else is recorded in the result.
Inspection inspect_store(FileOps& ops, const std::filesystem::path& dir,
                         const InspectOptions& options = {});

/// Reads and checks just the header of one store file (e.g. to learn whether the store is
/// encrypted before anything is decoded).
FileHeader read_file_header(FileOps& ops, const std::filesystem::path& path, FileKind kind,
                            const std::string& file_name);

/// "<file> at offset <n>: <what>", the message of a CorruptionError for a problem.
std::string describe(const StoreProblem& problem);

}  // namespace libcoach::store
