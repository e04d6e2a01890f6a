#pragma once
// Fixed-width little-endian integers in byte buffers, at any alignment: the store's frame
// headers and section tables, and the aggregate facts columns (aggregate_facts.hpp), which
// a report reads field by field in a loop, hence inline.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace libcoach::store {

/// The integer of type T stored little-endian at `p`.
template <class T>
T load_le(const char* p) {
  using U = std::make_unsigned_t<T>;
  U v = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&v, p, sizeof v);
  } else {
    for (std::size_t i = 0; i < sizeof v; ++i)
      v = static_cast<U>(v | (static_cast<U>(static_cast<unsigned char>(p[i])) << (8 * i)));
  }
  return static_cast<T>(v);
}

/// Stores `value` little-endian at `p` (sizeof(T) bytes).
template <class T>
void store_le(char* p, T value) {
  const auto v = static_cast<std::make_unsigned_t<T>>(value);
  for (std::size_t i = 0; i < sizeof v; ++i)
    p[i] = static_cast<char>((v >> (8 * i)) & 0xFFu);
}

inline std::uint32_t load_le32(const char* p) {
  return load_le<std::uint32_t>(p);
}
inline std::uint64_t load_le64(const char* p) {
  return load_le<std::uint64_t>(p);
}
inline void store_le32(char* p, std::uint32_t v) {
  store_le(p, v);
}
inline void store_le64(char* p, std::uint64_t v) {
  store_le(p, v);
}

}  // namespace libcoach::store
