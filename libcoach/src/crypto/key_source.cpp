#include "libcoach/crypto/key_source.hpp"

#include <sodium.h>

#include "crypto/secret.hpp"
#include "libcoach/errors.hpp"

namespace libcoach {

namespace crypto {
void ensure_sodium() {
  static const int status = sodium_init();
  if (status < 0)
    throw CryptoError("libsodium could not be initialised");
}
}  // namespace crypto

KdfCost KdfCost::minimal_for_tests() {
  return KdfCost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KeySource KeySource::passphrase(std::string passphrase, KdfCost cost) {
  if (passphrase.empty() || passphrase.size() > 4096) {
    sodium_memzero(passphrase.data(), passphrase.size());
    throw ValidationError("passphrase: must be 1..4096 bytes");
  }
  KeySource source;
  source.is_passphrase_ = true;
  source.cost_ = cost;
  source.secret_ = std::move(passphrase);
  return source;
}

KeySource KeySource::raw_key(std::span<const std::uint8_t, 32> key) {
  KeySource source;
  source.secret_.assign(reinterpret_cast<const char*>(key.data()), key.size());
  return source;
}

KeySource::~KeySource() {
  sodium_memzero(secret_.data(), secret_.size());
}
KeySource::KeySource(KeySource&& other) noexcept
    : is_passphrase_(other.is_passphrase_), cost_(other.cost_), secret_(std::move(other.secret_)) {
  sodium_memzero(other.secret_.data(), other.secret_.size());
  other.secret_.clear();
}
KeySource& KeySource::operator=(KeySource&& other) noexcept {
  if (this != &other) {
    sodium_memzero(secret_.data(), secret_.size());
    is_passphrase_ = other.is_passphrase_;
    cost_ = other.cost_;
    secret_ = std::move(other.secret_);
    sodium_memzero(other.secret_.data(), other.secret_.size());
    other.secret_.clear();
  }
  return *this;
}

}  // namespace libcoach
