#pragma once
// The writing side of the interchange format: a visitor over the field descriptions in
// fields.hpp that turns a model value into JSON. Keys keep the order of the descriptions
// (ordered_json), so the same state always gives the same bytes.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "interchange/fields.hpp"
#include "libcoach/ids.hpp"

namespace libcoach::interchange {

using OrderedJson = nlohmann::ordered_json;

template <class T>
inline constexpr bool kIsOptional = false;
template <class T>
inline constexpr bool kIsOptional<std::optional<T>> = true;
template <class T>
inline constexpr bool kIsVector = false;
template <class T>
inline constexpr bool kIsVector<std::vector<T>> = true;

/// Lower-case hex of a digest.
std::string to_hex(const Digest& digest);

/// The text of a document (compact for indent -1), ending in a newline.
/// \throws CorruptionError when a string is not valid UTF-8 (the commands make sure it is).
std::string dump_document(const OrderedJson& doc, int indent);

template <class T>
OrderedJson encode(const T& x);

/// Writes the fields it visits into one JSON object.
class JsonWriter {
 public:
  explicit JsonWriter(OrderedJson& object) : object_(object) {}

  template <class T>
  void operator()(std::string_view name, const T& value) {
    object_[std::string(name)] = encode(value);
  }
  template <class T, class Rule>
  void operator()(std::string_view name, const T& value, Rule /*checked on import only*/) {
    (*this)(name, value);
  }
  void constant(std::string_view name, RecordKind kind) {
    object_[std::string(name)] = std::string(to_string(kind));
  }

 private:
  OrderedJson& object_;
};

/// One value as JSON: ids as canonical UUID text, dates and timestamps as ISO 8601, enums by
/// their lower-case names, absent optionals as null, structs as objects of their fields.
template <class T>
OrderedJson encode(const T& x) {
  if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, bool>) {
    return x;
  } else if constexpr (std::is_enum_v<T>) {
    return std::string(to_string(x));
  } else if constexpr (std::is_integral_v<T> || std::is_floating_point_v<T>) {
    return x;
  } else if constexpr (std::is_same_v<T, Date> || std::is_same_v<T, Timestamp>) {
    return x.to_string();
  } else if constexpr (std::is_same_v<T, boost::uuids::uuid>) {
    return format_uuid(x);
  } else if constexpr (std::is_same_v<T, RecordId> || requires { x.record(); }) {
    return x.to_string();
  } else if constexpr (std::is_same_v<T, Digest>) {
    return to_hex(x);
  } else if constexpr (kIsOptional<T>) {
    return x ? encode(*x) : OrderedJson(nullptr);
  } else if constexpr (kIsVector<T>) {
    OrderedJson array = OrderedJson::array();
    for (const auto& item : x)
      array.push_back(encode(item));
    return array;
  } else {
    OrderedJson object = OrderedJson::object();
    JsonWriter writer(object);
    describe(writer, x);
    return object;
  }
}

}  // namespace libcoach::interchange
