#pragma once
/// \file
/// How a store-backed practice is opened (see docs/store.md for the recovery policy).

#include <cstdint>
#include <filesystem>
#include <memory>

#include "libcoach/crypto/key_source.hpp"

namespace libcoach {

namespace store {
class FileOps;  // Internal seam for fault-injection tests (libcoach/src/store/file_ops.hpp).
}

/// What a read-only practice does with the audit entries its reads produce. A read-only
/// opener may not append to the store's audit log (the writer owns it).
enum class ReadOnlyAudit : std::uint8_t {
  /// Reads that must be audited (confidential content, exports, disclosures) fail with
  /// ReadOnlyError: nothing confidential is read without a durable audit entry.
  refuse = 0,
  /// Audit entries are kept in memory only and lost when the practice is closed.
  memory = 1,
};

/// Options of Practice::create and Practice::open.
struct OpenOptions {
  /// Open without the writer lock; every command fails with ReadOnlyError. Allowed while
  /// another process holds the store for writing; the files are never modified.
  bool read_only = false;
  /// Recover from mid-log or audit-log corruption: keep the longest valid prefix, set the
  /// damaged file aside (renamed `<file>.damaged-<offset>`, never deleted) and go on.
  /// Without it such damage is a CorruptionError naming the file and the offset.
  bool repair = false;
  /// Take a snapshot automatically once the journal grows past this many bytes
  /// (0: never automatically).
  std::uint64_t snapshot_threshold_bytes = 64ull << 20;
  /// What read-only practices do with audit entries.
  ReadOnlyAudit read_only_audit = ReadOnlyAudit::refuse;
  /// Read-only opens only: map the snapshot and decode each record kind's table on its first
  /// use, so that a reader pays only for the kinds it reads; a damaged section is then
  /// reported (CorruptionError) by the first read of its table. False: decode and check every
  /// table during the open. Writable opens always decode everything up front.
  bool defer_snapshot = true;
  /// Encryption at rest. Given to create, the store seals every content field with
  /// per-client data keys kept in a key file wrapped by this key-encryption key. Required to
  /// open an encrypted store: without it, or with a wrong one, open throws CryptoError and
  /// changes nothing. Giving a key to open an unencrypted store is a ValidationError.
  std::shared_ptr<const KeySource> key;
  /// Where the key file lives (default: `keys` inside the store directory). Keep it out of
  /// the store's backups: a backup taken with its key file can be read after a shred.
  std::filesystem::path key_file;
  /// Testing seam: the file operations to use (null: the operating system).
  std::shared_ptr<store::FileOps> file_ops;
};

}  // namespace libcoach
