#include "validate.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>

#include "libcoach/errors.hpp"

namespace libcoach::detail {

namespace {
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
constexpr std::uint64_t kOnes = 0x0101010101010101ull;

/// Eight bytes of text as one word (unaligned, any byte order: only per-byte tests follow).
std::uint64_t load_word(const unsigned char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

/// True when some byte of `w` is below 0x20 or is 0x7F (may also be true for bytes of 0x80
/// and above, which the byte-wise check then looks at again).
bool has_control_byte(std::uint64_t w) {
  const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighBits;
  const std::uint64_t x = w ^ (kOnes * 0x7F);  // 0x7F bytes become zero
  const std::uint64_t del = (x - kOnes) & ~x & kHighBits;
  return (below_space | del | (w & kHighBits)) != 0;
}

[[noreturn]] void fail(std::string_view field, std::string_view rule) {
  throw ValidationError(std::string(field) + ": " + std::string(rule));
}

bool is_blank(std::string_view text) {
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
      return false;
  }
  return true;
}

void check_size_and_encoding(std::string_view text, std::string_view field, std::size_t max) {
  if (text.size() > max) {
    fail(field, "longer than the limit of " + std::to_string(max) + " bytes");
  }
  if (!is_valid_utf8(text))
    fail(field, "not valid UTF-8");
}
}  // namespace

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  while (i < n) {
    // Most text is ASCII: skip eight plain bytes at a time.
    if (i + 8 <= n && (load_word(s + i) & kHighBits) == 0) {
      i += 8;
      continue;
    }
    const unsigned char c = s[i];
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n)
      return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80)
        return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

void check_name(std::string_view text, std::string_view field, std::size_t max_bytes) {
  check_size_and_encoding(text, field, max_bytes);
  if (is_blank(text))
    fail(field, "must not be empty");
  for (const char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      fail(field, "must be a single line without control characters");
    }
  }
}

void check_text(std::string_view text, std::string_view field, std::size_t max_bytes) {
  check_size_and_encoding(text, field, max_bytes);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  // Eight bytes at a time while none is a control character (below 0x20, or 0x7F).
  for (; i + 8 <= text.size(); i += 8) {
    if (has_control_byte(load_word(s + i)))
      break;
  }
  for (const char c : text.substr(i)) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\n' && c != '\t' && c != '\r') || u == 0x7F) {
      fail(field, "contains control characters");
    }
  }
}

void check_required_text(std::string_view text, std::string_view field, std::size_t max_bytes) {
  check_text(text, field, max_bytes);
  if (is_blank(text))
    fail(field, "must not be empty");
}

void check_email(std::string_view text, std::string_view field) {
  check_name(text, field, 254);
  const auto at = text.find('@');
  if (text.size() < 3 || at == std::string_view::npos || at == 0 || at + 1 == text.size() ||
      text.find('@', at + 1) != std::string_view::npos ||
      text.find(' ') != std::string_view::npos) {
    fail(field, "not an e-mail address");
  }
}

void check_range(std::int64_t value, std::int64_t lo, std::int64_t hi, std::string_view field) {
  if (value < lo || value > hi) {
    fail(field, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  }
}

void check_finite(double value, std::string_view field) {
  if (!std::isfinite(value) || std::abs(value) > 1e12)
    fail(field, "must be a finite number");
}

}  // namespace libcoach::detail
