#pragma once
// CRC-32C (Castagnoli), the checksum of every frame and file header. SSE4.2 has an
// instruction for exactly this polynomial; the fast path runs three interleaved chains of it
// over long inputs (about 8 bytes per cycle); other machines use a slicing-by-8 table.

#include <cstddef>
#include <cstdint>
#include <span>

namespace libcoach::store {

/// CRC-32C of `data`, continuing from `crc` (0 to start).
std::uint32_t crc32c(const void* data, std::size_t size, std::uint32_t crc = 0);
inline std::uint32_t crc32c(std::span<const std::byte> data, std::uint32_t crc = 0) {
  return crc32c(data.data(), data.size(), crc);
}

/// The portable table implementation (exposed so tests can compare both paths).
std::uint32_t crc32c_portable(const void* data, std::size_t size, std::uint32_t crc = 0);
/// The SSE4.2 implementation; only call when crc32c_hardware_available().
std::uint32_t crc32c_hardware(const void* data, std::size_t size, std::uint32_t crc = 0);
/// True when this CPU has the SSE4.2 CRC32 instruction.
bool crc32c_hardware_available();

}  // namespace libcoach::store
