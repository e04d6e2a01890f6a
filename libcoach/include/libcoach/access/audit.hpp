#pragma once
/// \file
/// The audit trail (shaped after FHIR AuditEvent): every read of confidential content, every
/// export, every consent change and every disclosure — allowed or denied — appends an entry.
/// Entries never carry content. They are hash-chained with BLAKE2b so that verification
/// detects an altered, removed or reordered entry.

#include <array>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/access/policy.hpp"
#include "libcoach/model.hpp"

namespace libcoach {

/// What was done.
enum class AuditAction : std::uint8_t {
  read = 0,      ///< One record read.
  list = 1,      ///< Records of one kind listed for one engagement.
  export_ = 2,   ///< Data exported.
  disclose = 3,  ///< Break-glass disclosure.
  consent_grant = 4,
  consent_revoke = 5,
  report = 6,  ///< A report was produced.
};
/// Lower-case action name.
std::string_view to_string(AuditAction a);

/// How it ended.
enum class AuditOutcome : std::uint8_t { allowed = 0, denied = 1, redacted = 2 };
/// "allowed", "denied", "redacted".
std::string_view to_string(AuditOutcome o);

/// A BLAKE2b-256 digest.
using Digest = std::array<std::uint8_t, 32>;

/// One audit entry. Never content.
struct AuditEntry {
  std::uint64_t sequence = 0;  ///< 1-based position in the trail.
  Timestamp at;
  Actor viewer;
  AuditAction action = AuditAction::read;
  RecordKind kind = RecordKind::note;
  RecordId record;  ///< Nil for list entries.
  EngagementId engagement;
  ClientId client;      ///< Whose records; lets a client see who accessed them.
  std::string purpose;  ///< The viewer's stated purpose; a short code, not content.
  AuditOutcome outcome = AuditOutcome::allowed;
  std::uint32_t count = 1;  ///< Records concerned (list entries).
  Digest previous{};        ///< Hash of the previous entry (zero for the first).
  Digest hash{};            ///< BLAKE2b over `previous` and this entry's fields.
};

/// The outcome of verifying a chain.
struct AuditVerification {
  bool ok = true;
  std::optional<std::uint64_t> first_bad;  ///< Sequence (position) of the first bad entry.
  std::string problem;                     ///< What is wrong there.
};

/// Computes the hash an entry should carry, given its fields and `previous`.
Digest audit_hash(const AuditEntry& entry);

/// Checks a chain: dense sequence numbers from 1, each `previous` equal to the prior hash,
/// each hash recomputed. Reports the first entry where that fails.
AuditVerification verify_audit_chain(std::span<const AuditEntry> entries);

/// Entries persisted before a trail was opened, left undecoded until the trail is read: a
/// read-only open of a store whose log holds many entries need not decode and re-hash them
/// all to build one report. `decode` returns them all, oldest first, with the chain
/// verified; it throws CorruptionError when the chain or an entry is damaged.
struct DeferredAuditEntries {
  std::size_t count = 0;  ///< How many entries `decode` returns.
  Digest last_hash{};     ///< The last entry's hash, which the next entry chains to.
  std::function<std::vector<AuditEntry>()> decode;
};

/// An append-only, thread-safe, hash-chained audit trail.
class AuditTrail {
 public:
  /// Called with each entry after it is chained (e.g. to persist it). May throw; the entry
  /// is then not kept.
  using Sink = std::function<void(const AuditEntry&)>;

  /// Chains and appends an entry (sequence, previous and hash are filled in).
  void append(AuditEntry entry);
  /// A copy of every entry, oldest first.
  std::vector<AuditEntry> entries() const;
  /// Entries about one client's records, oldest first.
  std::vector<AuditEntry> entries_for(ClientId client) const;
  /// Number of entries.
  std::size_t size() const;
  /// Verifies the whole chain.
  AuditVerification verify() const;
  /// Installs the sink that persists new entries.
  void set_sink(Sink sink);
  /// Replaces the content with previously persisted entries (not re-chained; verify them).
  void restore(std::vector<AuditEntry> entries);
  /// Replaces the content with persisted entries decoded on the trail's first read
  /// (entries, entries_for, verify); appends chain onto them meanwhile. A read then throws
  /// whatever `decode` throws, every time, and the entries appended since stay.
  void restore_deferred(DeferredAuditEntries persisted);

 private:
  /// Decodes deferred entries ahead of those appended since. Called with mutex_ held.
  void load_deferred() const;

  mutable std::mutex mutex_;
  mutable std::vector<AuditEntry> entries_;
  mutable std::optional<DeferredAuditEntries> deferred_;
  Sink sink_;
};

}  // namespace libcoach
