#pragma once
/// \file
/// What opening a store found and did: a torn tail truncated, damage repaired, files set
/// aside. Content-free: files, offsets, counts and sequence numbers only.

#include <cstdint>
#include <string>
#include <vector>

namespace libcoach {

/// One thing found wrong in a store file.
struct StoreProblem {
  std::string file;          ///< File name inside the store directory ("journal", ...).
  std::uint64_t offset = 0;  ///< Byte offset where the problem starts.
  std::string what;          ///< Content-free description.
  bool torn = false;         ///< A torn tail (an unfinished last write), not corruption.
};

/// What Practice::open (or create) found and did.
struct StoreReport {
  std::uint64_t snapshot_sequence = 0;  ///< Sequence the loaded snapshot captured (0: none).
  std::uint64_t replayed_events = 0;    ///< Journal events applied after the snapshot.
  std::uint64_t last_sequence = 0;      ///< Sequence of the latest event after opening.
  std::uint64_t audit_entries = 0;      ///< Audit entries restored.
  /// Torn tails that were truncated (or, read-only, ignored); their bytes are kept in a
  /// `<file>.torn-<offset>` file.
  std::vector<StoreProblem> torn_tails;
  /// Damage that `repair` recovered from.
  std::vector<StoreProblem> repaired;
  /// Files set aside (names inside the store directory).
  std::vector<std::string> set_aside;
  bool read_only = false;
};

}  // namespace libcoach
