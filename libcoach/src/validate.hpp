#pragma once
// Input validation shared by every command. Messages name the field and the rule, never the
// offending text: it may be confidential.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace libcoach::detail {

/// A required single-line name or title: 1..max bytes after trimming, valid UTF-8, no
/// control characters.
void check_name(std::string_view text, std::string_view field, std::size_t max_bytes);
/// Optional free text (may contain newlines and tabs): 0..max bytes, valid UTF-8.
void check_text(std::string_view text, std::string_view field, std::size_t max_bytes);
/// Required free text: like check_text, but not empty or blank.
void check_required_text(std::string_view text, std::string_view field, std::size_t max_bytes);
/// An e-mail address: 3..254 bytes, one '@' with text on both sides, no spaces.
void check_email(std::string_view text, std::string_view field);
/// An integer in [lo, hi].
void check_range(std::int64_t value, std::int64_t lo, std::int64_t hi, std::string_view field);
/// A finite floating-point value within ±1e12.
void check_finite(double value, std::string_view field);
/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view text);

}  // namespace libcoach::detail
