#include "libcoach/access/audit.hpp"

#include <sodium.h>

#include <boost/container/small_vector.hpp>
#include <cstring>

#include "libcoach/errors.hpp"

namespace libcoach {

namespace {

// Canonical byte layout of an entry for hashing: fixed-width little-endian integers, ids as
// their 16 bytes, the purpose length-prefixed. Any change here is a format change. The bytes
// are gathered first and hashed in one call: an update per field cost as much as the hash.
class Hasher {
 public:
  void bytes(const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    buffer_.insert(buffer_.end(), p, p + n);
  }
  void u64(std::uint64_t v) {
    unsigned char b[8];
    for (int i = 0; i < 8; ++i)
      b[i] = static_cast<unsigned char>(v >> (8 * i));
    bytes(b, 8);
  }
  void u8(std::uint8_t v) { bytes(&v, 1); }
  void uuid(const boost::uuids::uuid& u) { bytes(u.data, 16); }
  Digest finish() {
    Digest out{};
    crypto_generichash(out.data(), out.size(), buffer_.data(), buffer_.size(), nullptr, 0);
    return out;
  }

 private:
  // An entry without its purpose is 132 bytes; purposes are short codes.
  boost::container::small_vector<unsigned char, 256> buffer_;
};

}  // namespace

Digest audit_hash(const AuditEntry& e) {
  if (sodium_init() < 0)
    throw CryptoError("libsodium could not be initialised");
  Hasher h;
  h.bytes(e.previous.data(), e.previous.size());
  h.u64(e.sequence);
  h.u64(static_cast<std::uint64_t>(e.at.unix_seconds()));
  h.u8(static_cast<std::uint8_t>(e.viewer.role));
  h.uuid(e.viewer.id);
  h.u8(static_cast<std::uint8_t>(e.action));
  h.u8(static_cast<std::uint8_t>(e.kind));
  h.uuid(e.record.value);
  h.uuid(e.engagement.value);
  h.uuid(e.client.value);
  h.u64(e.purpose.size());
  h.bytes(e.purpose.data(), e.purpose.size());
  h.u8(static_cast<std::uint8_t>(e.outcome));
  h.u64(e.count);
  return h.finish();
}

AuditVerification verify_audit_chain(std::span<const AuditEntry> entries) {
  Digest previous{};
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const AuditEntry& e = entries[i];
    const std::uint64_t position = i + 1;
    auto bad = [&](std::string problem) {
      return AuditVerification{false, position, std::move(problem)};
    };
    if (e.sequence != position) {
      return bad("entry at position " + std::to_string(position) + " carries sequence " +
                 std::to_string(e.sequence) + " (removed or reordered entries)");
    }
    if (e.previous != previous) {
      return bad("entry " + std::to_string(position) +
                 " does not chain to the entry before it (removed or reordered entries)");
    }
    if (audit_hash(e) != e.hash) {
      return bad("entry " + std::to_string(position) + " was altered (hash mismatch)");
    }
    previous = e.hash;
  }
  return {};
}

void AuditTrail::append(AuditEntry entry) {
  std::lock_guard lock(mutex_);
  // Entries still on disk come first: chain onto the last of them until they are decoded.
  const std::size_t persisted = deferred_ ? deferred_->count : 0;
  entry.sequence = persisted + entries_.size() + 1;
  if (!entries_.empty()) {
    entry.previous = entries_.back().hash;
  } else {
    entry.previous = deferred_ ? deferred_->last_hash : Digest{};
  }
  entry.hash = audit_hash(entry);
  if (sink_)
    sink_(entry);  // Persist first: an entry that cannot be kept is not kept.
  entries_.push_back(std::move(entry));
}

std::vector<AuditEntry> AuditTrail::entries() const {
  std::lock_guard lock(mutex_);
  load_deferred();
  return entries_;
}

std::vector<AuditEntry> AuditTrail::entries_for(ClientId client) const {
  std::lock_guard lock(mutex_);
  load_deferred();
  std::vector<AuditEntry> out;
  for (const auto& e : entries_) {
    if (e.client == client)
      out.push_back(e);
  }
  return out;
}

std::size_t AuditTrail::size() const {
  std::lock_guard lock(mutex_);
  return (deferred_ ? deferred_->count : 0) + entries_.size();
}

AuditVerification AuditTrail::verify() const {
  std::lock_guard lock(mutex_);
  load_deferred();
  return verify_audit_chain(entries_);
}

void AuditTrail::set_sink(Sink sink) {
  std::lock_guard lock(mutex_);
  sink_ = std::move(sink);
}

void AuditTrail::restore(std::vector<AuditEntry> entries) {
  std::lock_guard lock(mutex_);
  entries_ = std::move(entries);
  deferred_.reset();
}

void AuditTrail::restore_deferred(DeferredAuditEntries persisted) {
  std::lock_guard lock(mutex_);
  entries_.clear();
  deferred_ = std::move(persisted);
}

void AuditTrail::load_deferred() const {
  if (!deferred_)
    return;
  std::vector<AuditEntry> all = deferred_->decode();  // Throws: nothing changes.
  if (all.size() != deferred_->count || (!all.empty() && all.back().hash != deferred_->last_hash)) {
    // decode() verified the chain; this catches a decoder that read other bytes than the
    // open did (it counted the frames and decoded the last one).
    throw CorruptionError(
        "audit: the decoded entries do not end where the open found the log's end");
  }
  all.insert(all.end(), std::make_move_iterator(entries_.begin()),
             std::make_move_iterator(entries_.end()));
  entries_ = std::move(all);
  deferred_.reset();
}

}  // namespace libcoach
