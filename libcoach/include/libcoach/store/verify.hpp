#pragma once
/// \file
/// Offline verification of a store directory: every journal frame, the snapshot, the audit
/// log and its hash chain, without modifying anything and without taking the writer lock.

#include <cstdint>
#include <filesystem>
#include <vector>

#include "libcoach/store/report.hpp"

namespace libcoach {

/// What verify_store found.
struct VerifyReport {
  bool ok = true;                       ///< No problem at all (a torn tail counts as one).
  std::vector<StoreProblem> problems;   ///< In the order found.
  std::uint32_t format_version = 0;     ///< Of the journal header.
  std::uint64_t snapshot_sequence = 0;  ///< 0 when there is no snapshot.
  std::uint64_t journal_frames = 0;     ///< Valid frames in the journal.
  std::uint64_t last_sequence = 0;      ///< Sequence of the latest valid event.
  std::uint64_t audit_entries = 0;      ///< Valid, chained audit entries.
};

/// Checks the store at `dir`: headers and versions, every frame's length and checksum,
/// every event's decoding and replay, every snapshot section, the audit chain.
/// \throws UnsupportedVersion when a file is of a newer format; IoError when unreadable.
VerifyReport verify_store(const std::filesystem::path& dir);

}  // namespace libcoach
