#pragma once
// A 32-byte key that wipes itself. Keys live only in these; copies are explicit.

#include <sodium.h>

#include <array>
#include <cstdint>

namespace libcoach::crypto {

struct SecretKey {
  std::array<std::uint8_t, 32> bytes{};

  SecretKey() = default;
  SecretKey(const SecretKey&) = default;
  SecretKey& operator=(const SecretKey&) = default;
  ~SecretKey() { sodium_memzero(bytes.data(), bytes.size()); }

  static SecretKey random() {
    SecretKey key;
    randombytes_buf(key.bytes.data(), key.bytes.size());
    return key;
  }
  const unsigned char* data() const { return bytes.data(); }
  unsigned char* data() { return bytes.data(); }
};

/// Initialises libsodium once; throws CryptoError if it cannot.
void ensure_sodium();

}  // namespace libcoach::crypto
