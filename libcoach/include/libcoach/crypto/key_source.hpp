#pragma once
/// \file
/// Where a vault's key-encryption key (KEK) comes from: a passphrase stretched with Argon2id,
/// or a raw 32-byte key the application keeps elsewhere (an HSM, an OS keyring).

#include <array>
#include <cstdint>
#include <span>
#include <string>

namespace libcoach {

/// Cost of the Argon2id derivation. Stored in the key file with its salt, so a vault opens
/// with the parameters it was created with.
struct KdfCost {
  std::uint64_t opslimit = 0;  ///< 0 = libsodium's "moderate" default.
  std::size_t memlimit = 0;    ///< Bytes; 0 = libsodium's "moderate" default.
  /// The cheapest parameters libsodium accepts: for tests only, never for real data.
  static KdfCost minimal_for_tests();
};

/// A source of the key-encryption key. Holds the secret until destroyed, then wipes it.
class KeySource {
 public:
  /// A passphrase (1..4096 bytes), stretched with Argon2id at `cost`.
  static KeySource passphrase(std::string passphrase, KdfCost cost = {});
  /// A raw 32-byte key supplied by the application.
  static KeySource raw_key(std::span<const std::uint8_t, 32> key);

  ~KeySource();
  KeySource(KeySource&&) noexcept;
  KeySource& operator=(KeySource&&) noexcept;
  KeySource(const KeySource&) = delete;
  KeySource& operator=(const KeySource&) = delete;

  /// True for passphrase sources.
  bool is_passphrase() const { return is_passphrase_; }
  /// The requested Argon2id cost (passphrase sources).
  const KdfCost& cost() const { return cost_; }

 private:
  friend class Vault;
  KeySource() = default;
  bool is_passphrase_ = false;
  KdfCost cost_;
  std::string secret_;  // Passphrase bytes or the 32 raw key bytes; wiped on destruction.
};

}  // namespace libcoach
