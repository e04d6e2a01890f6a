#pragma once
// The reading side of the interchange format: a visitor over the field descriptions in
// fields.hpp that fills a model value from JSON and validates it on the way, with the same
// rules as the commands. Every error is a ValidationError naming the JSON Pointer of the
// offending value and the rule it broke — never the value: it may be confidential.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "interchange/fields.hpp"
#include "interchange/json_writer.hpp"
#include "libcoach/ids.hpp"

namespace libcoach::interchange {

using Json = nlohmann::json;

/// Throws ValidationError("<path>: <rule>").
[[noreturn]] void fail(const std::string& path, std::string_view rule);
/// `path` extended by one object key or array index (JSON Pointer escaping applied).
std::string child_path(const std::string& path, std::string_view key);
std::string child_path(const std::string& path, std::size_t index);
/// How a path is shown: the root is "/" rather than the empty pointer.
std::string shown(const std::string& path);

/// \name Leaf decoders; each checks type, form and canonical spelling.
///@{
void decode_text(const Json& j, const std::string& path, std::string& out,
                 std::optional<TextRule> rule);
std::int64_t decode_signed(const Json& j, const std::string& path, std::int64_t lo,
                           std::int64_t hi);
std::uint64_t decode_unsigned(const Json& j, const std::string& path, std::uint64_t hi);
double decode_real(const Json& j, const std::string& path);
bool decode_bool(const Json& j, const std::string& path);
Date decode_date(const Json& j, const std::string& path);
Timestamp decode_timestamp(const Json& j, const std::string& path);
boost::uuids::uuid decode_uuid(const Json& j, const std::string& path);
Digest decode_digest(const Json& j, const std::string& path);
/// The string of a JSON string value, or a ValidationError.
const std::string& expect_string(const Json& j, const std::string& path);
///@}

/// Every lower-case name of an enum, in declaration order (from its to_string).
template <class E>
std::vector<std::string_view> enum_names() {
  std::vector<std::string_view> names;
  for (unsigned i = 0; i <= std::numeric_limits<std::uint8_t>::max(); ++i) {
    const std::string_view name = to_string(static_cast<E>(i));
    if (name == "unknown")
      break;
    names.push_back(name);
  }
  return names;
}

/// An enum by its lower-case name; the message lists the names allowed.
template <class E>
E decode_enum(const Json& j, const std::string& path) {
  const std::string& text = expect_string(j, path);
  const auto names = enum_names<E>();
  std::string allowed;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == text)
      return static_cast<E>(i);
    allowed += (i == 0 ? "" : ", ") + std::string(names[i]);
  }
  fail(path, "expected one of " + allowed);
}

template <class T>
void decode(const Json& j, const std::string& path, T& out);

/// Reads the fields it visits from one JSON object; `finish` refuses fields it did not visit.
class JsonReader {
 public:
  /// `object` must be a JSON object (see expect_object). For an `erased` row (a tombstoned
  /// record, a shredded client) empty text passes every rule: erasure empties content.
  JsonReader(const Json& object, std::string path, bool erased = false)
      : object_(object), path_(std::move(path)), erased_(erased) {}

  template <class T>
  void operator()(std::string_view name, T& field) {
    decode(member(name), child_path(path_, name), field);
  }
  void operator()(std::string_view name, std::string& field, TextRule rule) {
    const Json& j = member(name);
    if (erased_ && j.is_string() && j.get_ref<const std::string&>().empty()) {
      field.clear();
      return;
    }
    decode_text(j, child_path(path_, name), field, rule);
  }
  template <class T>
  requires std::is_integral_v<T>
  void operator()(std::string_view name, T& field, IntRange range) {
    const std::string path = child_path(path_, name);
    field = static_cast<T>(decode_signed(member(name), path, range.lo, range.hi));
  }
  /// A fixed field (a content record's "kind"): present and equal to `kind`.
  void constant(std::string_view name, RecordKind kind);
  /// Refuses any field no description named.
  void finish() const;

 private:
  const Json& member(std::string_view name);

  const Json& object_;
  std::string path_;
  bool erased_ = false;
  std::vector<std::string_view> visited_;  // Names from fields.hpp: string literals.
};

/// `j` as an object, or a ValidationError naming `path`.
const Json& expect_object(const Json& j, const std::string& path);
/// `j` as an array, or a ValidationError naming `path`.
const Json& expect_array(const Json& j, const std::string& path);

template <class T>
void decode(const Json& j, const std::string& path, T& out) {
  if constexpr (std::is_same_v<T, std::string>) {
    decode_text(j, path, out, std::nullopt);
  } else if constexpr (std::is_same_v<T, bool>) {
    out = decode_bool(j, path);
  } else if constexpr (std::is_enum_v<T>) {
    out = decode_enum<T>(j, path);
  } else if constexpr (std::is_integral_v<T> && std::is_unsigned_v<T>) {
    out = static_cast<T>(decode_unsigned(j, path, std::numeric_limits<T>::max()));
  } else if constexpr (std::is_integral_v<T>) {
    out = static_cast<T>(
        decode_signed(j, path, std::numeric_limits<T>::min(), std::numeric_limits<T>::max()));
  } else if constexpr (std::is_floating_point_v<T>) {
    out = decode_real(j, path);
  } else if constexpr (std::is_same_v<T, Date>) {
    out = decode_date(j, path);
  } else if constexpr (std::is_same_v<T, Timestamp>) {
    out = decode_timestamp(j, path);
  } else if constexpr (std::is_same_v<T, boost::uuids::uuid>) {
    out = decode_uuid(j, path);
  } else if constexpr (std::is_same_v<T, RecordId> || requires { out.record(); }) {
    out.value = decode_uuid(j, path);
  } else if constexpr (std::is_same_v<T, Digest>) {
    out = decode_digest(j, path);
  } else if constexpr (kIsOptional<T>) {
    if (j.is_null()) {
      out.reset();
    } else {
      out.emplace();
      decode(j, path, *out);
    }
  } else if constexpr (kIsVector<T>) {
    const Json& array = expect_array(j, path);
    out.clear();
    out.resize(array.size());
    for (std::size_t i = 0; i < array.size(); ++i)
      decode(array[i], child_path(path, i), out[i]);
  } else {
    JsonReader reader(expect_object(j, path), path);
    describe(reader, out);
    reader.finish();
  }
}

}  // namespace libcoach::interchange
