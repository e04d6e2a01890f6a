#include "libcoach/ids.hpp"

#include <array>

#include "libcoach/errors.hpp"

namespace libcoach {

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}
}  // namespace

boost::uuids::uuid parse_uuid(std::string_view text, std::string_view what) {
  // Hand-rolled rather than boost::uuids::string_generator, which accepts braces and
  // unhyphenated forms and throws std::runtime_error with no indication of the field.
  if (text.size() != 36) {
    throw ValidationError(std::string(what) + ": expected 36 characters of UUID text");
  }
  boost::uuids::uuid out{};
  std::size_t byte = 0;
  for (std::size_t i = 0; i < 36;) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (text[i] != '-')
        throw ValidationError(std::string(what) + ": malformed UUID text");
      ++i;
      continue;
    }
    const int hi = hex_value(text[i]);
    const int lo = hex_value(text[i + 1]);
    if (hi < 0 || lo < 0)
      throw ValidationError(std::string(what) + ": malformed UUID text");
    out.data[byte++] = static_cast<std::uint8_t>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

std::string format_uuid(const boost::uuids::uuid& value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  // Written in place: ids are formatted for every report key and every id column.
  std::string out(36, '-');
  char* p = out.data();
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10)
      ++p;  // Over the '-' already there.
    *p++ = kDigits[value.data[i] >> 4];
    *p++ = kDigits[value.data[i] & 0x0F];
  }
  return out;
}

IdSource::IdSource()
    : engine_(std::random_device{}() ^ (std::uint64_t{std::random_device{}()} << 32)) {}

IdSource::IdSource(std::uint64_t seed) : engine_(seed) {}

boost::uuids::uuid IdSource::next() {
  boost::uuids::uuid out{};
  const std::uint64_t a = engine_();
  const std::uint64_t b = engine_();
  std::memcpy(out.data, &a, 8);
  std::memcpy(out.data + 8, &b, 8);
  // RFC 4122 version 4 (random) and variant bits, so ids look like what tools expect.
  out.data[6] = static_cast<std::uint8_t>((out.data[6] & 0x0F) | 0x40);
  out.data[8] = static_cast<std::uint8_t>((out.data[8] & 0x3F) | 0x80);
  return out;
}

}  // namespace libcoach
