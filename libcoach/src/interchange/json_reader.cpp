#include "interchange/json_reader.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "libcoach/errors.hpp"
#include "validate.hpp"

namespace libcoach::interchange {

namespace {

// Field names in messages come from our own descriptions or from the document; a name from
// the document is shown only when it looks like an identifier, since a key could be
// anything, even content pasted into the wrong place.
bool is_identifier(std::string_view key) {
  if (key.empty() || key.size() > 64)
    return false;
  for (const char c : key) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  }
  return true;
}

}  // namespace

void fail(const std::string& path, std::string_view rule) {
  throw ValidationError(shown(path) + ": " + std::string(rule));
}

std::string shown(const std::string& path) {
  return path.empty() ? std::string("/") : path;
}

std::string child_path(const std::string& path, std::string_view key) {
  std::string out = path;
  out += '/';
  for (const char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string child_path(const std::string& path, std::size_t index) {
  return path + "/" + std::to_string(index);
}

const Json& expect_object(const Json& j, const std::string& path) {
  if (!j.is_object())
    fail(path, "expected an object");
  return j;
}

const Json& expect_array(const Json& j, const std::string& path) {
  if (!j.is_array())
    fail(path, "expected an array");
  return j;
}

const std::string& expect_string(const Json& j, const std::string& path) {
  if (!j.is_string())
    fail(path, "expected a string");
  return j.get_ref<const std::string&>();
}

void decode_text(const Json& j, const std::string& path, std::string& out,
                 std::optional<TextRule> rule) {
  const std::string& text = expect_string(j, path);
  // The command validators name the field they are given: here that is the JSON Pointer.
  const std::string field = shown(path);
  switch (rule.value_or(TextRule::short_text)) {
    case TextRule::name:
      detail::check_name(text, field, kMaxNameBytes);
      break;
    case TextRule::email:
      detail::check_email(text, field);
      break;
    case TextRule::optional_name:
    case TextRule::code:
      detail::check_text(text, field, kMaxNameBytes);
      break;
    case TextRule::short_text:
      detail::check_text(text, field, kMaxShortTextBytes);
      break;
    case TextRule::required_short:
      detail::check_required_text(text, field, kMaxShortTextBytes);
      break;
    case TextRule::required_long:
      detail::check_required_text(text, field, kMaxLongTextBytes);
      break;
  }
  out = text;
}

std::int64_t decode_signed(const Json& j, const std::string& path, std::int64_t lo,
                           std::int64_t hi) {
  if (!j.is_number_integer())
    fail(path, "expected an integer");
  if (j.is_number_unsigned()) {
    const auto u = j.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(hi))
      fail(path, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
    return static_cast<std::int64_t>(u);
  }
  const auto v = j.get<std::int64_t>();
  detail::check_range(v, lo, hi, shown(path));
  return v;
}

std::uint64_t decode_unsigned(const Json& j, const std::string& path, std::uint64_t hi) {
  if (!j.is_number_integer())
    fail(path, "expected an integer");
  if (!j.is_number_unsigned())
    fail(path, "must not be negative");
  const auto u = j.get<std::uint64_t>();
  if (u > hi)
    fail(path, "must be at most " + std::to_string(hi));
  return u;
}

double decode_real(const Json& j, const std::string& path) {
  if (!j.is_number())
    fail(path, "expected a number");
  const double v = j.get<double>();
  detail::check_finite(v, shown(path));
  return v;
}

bool decode_bool(const Json& j, const std::string& path) {
  if (!j.is_boolean())
    fail(path, "expected true or false");
  return j.get<bool>();
}

Date decode_date(const Json& j, const std::string& path) {
  const std::string& text = expect_string(j, path);
  Date d;
  try {
    d = Date::parse(text);
  } catch (const ValidationError&) {
    fail(path, "expected a date YYYY-MM-DD");
  }
  // Canonical spelling only, so that an import re-exports to the same bytes.
  if (d.to_string() != text)
    fail(path, "expected a date YYYY-MM-DD");
  return d;
}

Timestamp decode_timestamp(const Json& j, const std::string& path) {
  const std::string& text = expect_string(j, path);
  Timestamp t;
  try {
    t = Timestamp::parse(text);
  } catch (const ValidationError&) {
    fail(path, "expected a UTC timestamp YYYY-MM-DDTHH:MM:SSZ");
  }
  if (t.to_string() != text)
    fail(path, "expected a UTC timestamp YYYY-MM-DDTHH:MM:SSZ");
  return t;
}

boost::uuids::uuid decode_uuid(const Json& j, const std::string& path) {
  const std::string& text = expect_string(j, path);
  boost::uuids::uuid u{};
  try {
    u = parse_uuid(text, "id");
  } catch (const ValidationError&) {
    fail(path, "expected a lower-case canonical UUID");
  }
  if (format_uuid(u) != text)
    fail(path, "expected a lower-case canonical UUID");
  return u;
}

Digest decode_digest(const Json& j, const std::string& path) {
  const std::string& text = expect_string(j, path);
  Digest d{};
  if (text.size() != 2 * d.size())
    fail(path, "expected 64 lower-case hex digits");
  auto nibble = [&](char c) -> std::uint8_t {
    if (c >= '0' && c <= '9')
      return static_cast<std::uint8_t>(c - '0');
    if (c >= 'a' && c <= 'f')
      return static_cast<std::uint8_t>(c - 'a' + 10);
    fail(path, "expected 64 lower-case hex digits");
  };
  for (std::size_t i = 0; i < d.size(); ++i)
    d[i] = static_cast<std::uint8_t>(nibble(text[2 * i]) << 4 | nibble(text[2 * i + 1]));
  return d;
}

void JsonReader::constant(std::string_view name, RecordKind kind) {
  const std::string path = child_path(path_, name);
  if (decode_enum<RecordKind>(member(name), path) != kind)
    fail(path, "expected " + std::string(to_string(kind)));
}

const Json& JsonReader::member(std::string_view name) {
  const auto it = object_.find(name);
  if (it == object_.end())
    fail(child_path(path_, name), "missing");
  visited_.push_back(name);
  return *it;
}

void JsonReader::finish() const {
  // Every visited name was found once, so a size mismatch means keys no description names.
  if (visited_.size() == object_.size())
    return;
  for (auto it = object_.begin(); it != object_.end(); ++it) {
    const std::string& key = it.key();
    if (std::find(visited_.begin(), visited_.end(), key) == visited_.end()) {
      fail(is_identifier(key) ? child_path(path_, key) : path_, "unknown field");
    }
  }
}

}  // namespace libcoach::interchange
