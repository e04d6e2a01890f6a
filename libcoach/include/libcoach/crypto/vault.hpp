#pragma once
/// \file
/// The vault: per-client data keys, wrapped by a key-encryption key, kept in a key file that
/// is rewritten atomically and never enters the journal or the snapshot. Confidential fields
/// are sealed with XChaCha20-Poly1305 under the client's data key, with additional data that
/// binds store, client, record, field and key version, so ciphertext moved anywhere else
/// fails to open. Destroying a client's key (shredding) makes every copy of their content —
/// backups included — unreadable.

#include <boost/uuid/uuid.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "libcoach/crypto/key_source.hpp"
#include "libcoach/ids.hpp"

namespace libcoach {

/// What a sealed field is bound to. Opening with any other binding fails.
struct FieldBinding {
  ClientId client;
  RecordId record;
  std::string_view field;  ///< Field name, e.g. "text", "statement".
};

/// Where a client's data key stands.
enum class KeyState : std::uint8_t {
  live,      ///< The vault holds a key.
  shredded,  ///< The key was destroyed.
  unknown,   ///< The key file has never held a key for this client.
};

/// The key vault of one store.
///
/// Thread-safe: sealing and opening may run concurrently; key-file changes are serialized.
class Vault {
 public:
  /// Creates a new key file at `key_file` (refuses to overwrite: Conflict). `store_id` is the
  /// id of the store the vault serves (random when nil); it is bound into every seal.
  static Vault create(const std::filesystem::path& key_file, const KeySource& kek,
                      const boost::uuids::uuid& store_id = {});
  /// Opens an existing key file. A wrong passphrase or key throws CryptoError and changes
  /// nothing; a damaged file throws CorruptionError; a newer format UnsupportedVersion.
  static Vault open(const std::filesystem::path& key_file, const KeySource& kek);

  ~Vault();
  Vault(Vault&&) noexcept;
  Vault& operator=(Vault&&) noexcept;
  Vault(const Vault&) = delete;
  Vault& operator=(const Vault&) = delete;

  /// The random id of the store this vault belongs to (part of every seal's additional data).
  const boost::uuids::uuid& store_id() const;

  /// Gives `client` a fresh random data key (no-op when they have one). Rewrites the key file.
  /// \throws Conflict when the client was shredded: their id never gets a key again.
  void add_client(ClientId client);
  /// Gives `client` a fresh random data key in memory only (no-op when they have one); it
  /// becomes durable with the next flush(). The store stages keys while it writes and flushes
  /// before it makes anything durable, so a batch of new clients costs one key-file write.
  /// \throws Conflict when the client was shredded.
  void stage_client(ClientId client);
  /// Writes the key file if keys were staged since the last write. Idempotent.
  void flush();
  /// Where the client's key stands (one lookup).
  KeyState key_state(ClientId client) const;
  /// True when the client has a live data key.
  bool has_client(ClientId client) const;
  /// True when the client's key was destroyed.
  bool is_shredded(ClientId client) const;
  /// Number of clients with a live key.
  std::size_t client_count() const;

  /// Seals `plaintext` under the client's key (adding a key on first use).
  std::string seal(const FieldBinding& binding, std::string_view plaintext);
  /// Opens a sealed field. \throws CryptoError when the key is gone (shredded), the binding
  /// differs or the ciphertext was altered.
  std::string open(const FieldBinding& binding, std::string_view sealed) const;

  /// Opens a sealed field where it lies, replacing it by its plaintext (no allocation; for
  /// loading whole stores). Returns false, leaving `field` as it was, when the client was
  /// shredded. \throws CryptoError as open() does.
  bool open_in_place(const FieldBinding& binding, std::string& field) const;

  /// Destroys the client's data key: the key file is rewritten and synced without it, and
  /// the in-memory copy is wiped. Irreversible.
  void shred_client(ClientId client);

  /// Re-wraps every data key under a new key-encryption key. Only the key file changes.
  void rotate_kek(const KeySource& next);

  /// The key file this vault reads and writes.
  const std::filesystem::path& key_file() const;

 private:
  struct Impl;
  explicit Vault(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace libcoach
