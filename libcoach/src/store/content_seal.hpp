#pragma once
// Content fields on disk: sealed with the client's data key when the store is encrypted,
// plain otherwise. The serializers mark every content field with ser::content(); whether
// and how it is sealed is decided by the ContentCipher active on this thread (set by the
// store around encoding and decoding with a SealScope), so that one set of serializers
// writes both kinds of store and the golden bytes of unencrypted stores never change.

#include <string>
#include <string_view>

#include "libcoach/crypto/vault.hpp"
#include "libcoach/model/record.hpp"
#include "store/serialize_helpers.hpp"

namespace libcoach::store::ser {

/// Seals and opens content fields for one encrypted store.
class ContentCipher {
 public:
  virtual ~ContentCipher() = default;
  /// True when the client's key was destroyed: their content is written and read as empty.
  virtual bool is_shredded(ClientId client) const = 0;
  /// Seals one field (stages a data key for a client seen for the first time).
  virtual std::string seal(const FieldBinding& binding, std::string_view plaintext) = 0;
  /// Opens one field. \throws CryptoError (tampered, moved, wrong key) or
  /// MissingKeyError (the key file has no key for the client).
  virtual std::string open(const FieldBinding& binding, std::string_view sealed) const = 0;
  /// True while loading a whole store: fields keep their sealed bytes and are opened
  /// afterwards, all at once and in parallel (decrypt_state), instead of one by one.
  virtual bool deferred() const { return false; }
  /// \throws MissingKeyError when the key file has no key for `client` (checked at decode
  /// time even when opening is deferred: it decides where a journal's valid prefix ends).
  virtual void require_key(ClientId client) const = 0;
};

/// A sealed field names a client the key file does not know: the frame was written after the
/// key file was last flushed, so it was never acknowledged as durable (see docs/store.md).
class MissingKeyError : public CorruptionError {
 public:
  using CorruptionError::CorruptionError;
};

/// The cipher of this thread's current encode/decode (null: content is plain).
ContentCipher* active_cipher();

/// Makes `cipher` (may be null) the active one for this thread while in scope.
class SealScope {
 public:
  explicit SealScope(ContentCipher* cipher);
  ~SealScope();
  SealScope(const SealScope&) = delete;
  SealScope& operator=(const SealScope&) = delete;

 private:
  ContentCipher* previous_;
};

/// One content field of a record owned by `client`: sealed under their key with additional
/// data binding (store, client, record, field, key version).
template <class Ar>
void content(Ar& ar, std::string& value, ClientId client, RecordId record, std::string_view field) {
  ContentCipher* cipher = active_cipher();
  if (cipher == nullptr) {
    text(ar, value);
    return;
  }
  // A shredded client's content is gone: written as empty, and whatever an older file holds
  // for them is skipped unread (their key no longer exists anyway).
  const bool shredded = cipher->is_shredded(client);
  if constexpr (saving<Ar>()) {
    std::string sealed = shredded ? std::string() : cipher->seal({client, record, field}, value);
    text(ar, sealed);
  } else {
    std::string sealed;
    text(ar, sealed);
    if (shredded) {
      value.clear();
    } else if (cipher->deferred()) {
      cipher->require_key(client);
      value = std::move(sealed);
    } else {
      value = cipher->open({client, record, field}, sealed);
    }
  }
}

/// A content field of a scoped record (bound to the record's client and id).
template <class Ar>
void content(Ar& ar, std::string& value, const RecordMeta& meta, std::string_view field) {
  content(ar, value, meta.client, meta.id, field);
}

}  // namespace libcoach::store::ser
