#include "store/crc32c.hpp"

#include <array>
#include <bit>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <nmmintrin.h>
#define LIBCOACH_CRC32C_X86 1
#endif

namespace libcoach::store {

namespace {

constexpr std::uint32_t kPolynomial = 0x82F63B78u;  // Reflected Castagnoli polynomial.

using Tables = std::array<std::array<std::uint32_t, 256>, 8>;

constexpr Tables make_tables() {
  Tables t{};
  for (std::uint32_t i = 0; i < 256; ++i) {
    std::uint32_t c = i;
    for (int k = 0; k < 8; ++k)
      c = (c & 1u) ? (c >> 1) ^ kPolynomial : c >> 1;
    t[0][i] = c;
  }
  for (std::size_t i = 0; i < 256; ++i) {
    for (std::size_t s = 1; s < 8; ++s) {
      t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFFu];
    }
  }
  return t;
}

constexpr Tables kTables = make_tables();

}  // namespace

std::uint32_t crc32c_portable(const void* data, std::size_t size, std::uint32_t crc) {
  const auto* p = static_cast<const unsigned char*>(data);
  std::uint32_t c = ~crc;
  while (size >= 8) {
    std::uint32_t lo = 0, hi = 0;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + 4, 4);
    // The tables assume little-endian byte order of the words.
    if constexpr (std::endian::native == std::endian::big) {
      lo = __builtin_bswap32(lo);
      hi = __builtin_bswap32(hi);
    }
    lo ^= c;
    c = kTables[7][lo & 0xFFu] ^ kTables[6][(lo >> 8) & 0xFFu] ^ kTables[5][(lo >> 16) & 0xFFu] ^
        kTables[4][lo >> 24] ^ kTables[3][hi & 0xFFu] ^ kTables[2][(hi >> 8) & 0xFFu] ^
        kTables[1][(hi >> 16) & 0xFFu] ^ kTables[0][hi >> 24];
    p += 8;
    size -= 8;
  }
  while (size-- > 0)
    c = (c >> 8) ^ kTables[0][(c ^ *p++) & 0xFFu];
  return ~c;
}

#ifdef LIBCOACH_CRC32C_X86
namespace {

// The CRC32 instruction takes three cycles to give its result but can start one every cycle:
// one chain over the data waits on itself. Long inputs are therefore checksummed as three
// interleaved stripes whose registers are combined: the register after stripes A, B, C is
// shift(shift(A) ^ B) ^ C, where A continues from the running register, B and C start from
// zero, and shift(r) is the register after kStripe zero bytes starting from r — a linear map
// over GF(2), applied as four 256-entry tables (zlib's crc32_combine, specialised to one
// length and computed at compile time).
constexpr std::size_t kStripe = 256;

using Matrix = std::array<std::uint32_t, 32>;

constexpr std::uint32_t times(const Matrix& m, std::uint32_t v) {
  std::uint32_t sum = 0;
  for (std::size_t i = 0; v != 0; ++i, v >>= 1) {
    if ((v & 1u) != 0)
      sum ^= m[i];
  }
  return sum;
}

constexpr Matrix square(const Matrix& m) {
  Matrix out{};
  for (std::size_t i = 0; i < 32; ++i)
    out[i] = times(m, m[i]);
  return out;
}

using ShiftTables = std::array<std::array<std::uint32_t, 256>, 4>;

constexpr ShiftTables make_shift_tables() {
  Matrix zero_bit{};  // The register after one zero bit.
  zero_bit[0] = kPolynomial;
  for (std::size_t i = 1; i < 32; ++i)
    zero_bit[i] = 1u << (i - 1);
  Matrix m = square(square(square(zero_bit)));  // One zero byte.
  for (std::size_t bytes = 1; bytes < kStripe; bytes *= 2)
    m = square(m);
  ShiftTables t{};
  for (std::size_t b = 0; b < 4; ++b) {
    for (std::uint32_t v = 0; v < 256; ++v)
      t[b][v] = times(m, v << (8 * b));
  }
  return t;
}

static_assert(std::has_single_bit(kStripe), "the shift is built by squaring");
constexpr ShiftTables kShift = make_shift_tables();

std::uint64_t shift_stripe(std::uint64_t r) {
  return kShift[0][r & 0xFFu] ^ kShift[1][(r >> 8) & 0xFFu] ^ kShift[2][(r >> 16) & 0xFFu] ^
         kShift[3][(r >> 24) & 0xFFu];
}

__attribute__((target("sse4.2"))) inline std::uint64_t crc_word(std::uint64_t c,
                                                                const unsigned char* p) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, 8);
  return _mm_crc32_u64(c, word);
}

}  // namespace

__attribute__((target("sse4.2"))) std::uint32_t crc32c_hardware(const void* data, std::size_t size,
                                                                std::uint32_t crc) {
  const auto* p = static_cast<const unsigned char*>(data);
  std::uint64_t c = ~crc;
  while (size >= 3 * kStripe) {
    std::uint64_t b = 0;
    std::uint64_t d = 0;
    for (std::size_t i = 0; i < kStripe; i += 8) {
      c = crc_word(c, p + i);
      b = crc_word(b, p + kStripe + i);
      d = crc_word(d, p + 2 * kStripe + i);
    }
    c = shift_stripe(shift_stripe(c) ^ b) ^ d;
    p += 3 * kStripe;
    size -= 3 * kStripe;
  }
  while (size >= 8) {
    c = crc_word(c, p);
    p += 8;
    size -= 8;
  }
  auto c32 = static_cast<std::uint32_t>(c);
  while (size-- > 0)
    c32 = _mm_crc32_u8(c32, *p++);
  return ~c32;
}

bool crc32c_hardware_available() {
  static const bool available = __builtin_cpu_supports("sse4.2");
  return available;
}
#else
std::uint32_t crc32c_hardware(const void* data, std::size_t size, std::uint32_t crc) {
  return crc32c_portable(data, size, crc);
}
bool crc32c_hardware_available() {
  return false;
}
#endif

std::uint32_t crc32c(const void* data, std::size_t size, std::uint32_t crc) {
  return crc32c_hardware_available() ? crc32c_hardware(data, size, crc)
                                     : crc32c_portable(data, size, crc);
}

}  // namespace libcoach::store
