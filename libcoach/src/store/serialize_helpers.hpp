#pragma once
// Building blocks for the store's Boost.Serialization functions: the value types Boost 1.74
// does not handle (std::optional, std::variant) or handles unsafely for untrusted input
// (std::string and std::vector reserve whatever count the bytes claim). Every length read
// here is checked against the bytes left in the frame being decoded *before* anything is
// allocated, and every enum and bool is range-checked, so a crafted frame whose checksum is
// valid still cannot make the decoder allocate gigabytes or load an invalid value.
//
// Leaf values (ids, dates, timestamps, actors, enums) are written without Boost class
// information: their shape is fixed. Structs go through Boost with a class version.

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/serialization/version.hpp>
#include <boost/uuid/uuid.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "libcoach/errors.hpp"
#include "libcoach/ids.hpp"
#include "libcoach/model/actor.hpp"
#include "libcoach/time.hpp"

namespace libcoach::store {

/// Reads a fixed span of memory and never beyond it.
class SpanSource : public std::streambuf {
 public:
  explicit SpanSource(std::string_view bytes) {
    char* p = const_cast<char*>(bytes.data());
    setg(p, p, p + bytes.size());
  }
  std::size_t remaining() const { return static_cast<std::size_t>(egptr() - gptr()); }

  /// The next `n` bytes in place, moving past them; nullptr (nothing consumed) when fewer
  /// are left.
  const char* take(std::size_t n) {
    if (n > remaining())
      return nullptr;
    const char* bytes = gptr();
    advance(n);
    return bytes;
  }

 protected:
  // The archive's own reads (class versions): one copy, not std::streambuf's general loop.
  std::streamsize xsgetn(char* s, std::streamsize n) override {
    const std::size_t count = std::min(static_cast<std::size_t>(n), remaining());
    if (count != 0)
      std::memcpy(s, gptr(), count);
    advance(count);
    return static_cast<std::streamsize>(count);
  }

 private:
  void advance(std::size_t n) { setg(eback(), gptr() + n, egptr()); }
};

}  // namespace libcoach::store

namespace libcoach::store::ser {

/// Bytes left in the buffer currently being decoded on this thread (set by DecodeScope);
/// unlimited while encoding.
std::size_t remaining_bytes();

/// Throws CorruptionError: what the bytes say is impossible.
[[noreturn]] void corrupt(const char* what);

/// The buffer being decoded on this thread (set by DecodeScope), or nullptr.
inline thread_local SpanSource* tls_decoding = nullptr;

/// The next `n` bytes of the buffer being decoded on this thread, in place, and moves past
/// them; nullptr outside a DecodeScope. Lets fields be copied straight out of the frame
/// instead of through the archive's stream, which costs a virtual call chain per field
/// (inline: it runs for every field of every record while a snapshot loads).
/// \throws CorruptionError when fewer than `n` bytes are left.
inline const char* take_bytes(std::size_t n) {
  SpanSource* source = tls_decoding;
  if (source == nullptr)
    return nullptr;
  const char* bytes = source->take(n);
  if (bytes == nullptr)
    corrupt("field extends beyond the end of the frame");
  return bytes;
}

/// The string being encoded into on this thread (set by EncodeScope), or nullptr.
inline thread_local std::string* tls_encoding = nullptr;

/// Marks the string an archive on this thread writes into, so that fields are appended to it
/// directly rather than through the archive's stream (a virtual call chain per field). The
/// archive's own writes (class versions) still go through its stream into the same string,
/// in order: the stream keeps no buffer of its own.
class EncodeScope {
 public:
  explicit EncodeScope(std::string* out) : previous_(tls_encoding) { tls_encoding = out; }
  ~EncodeScope() { tls_encoding = previous_; }
  EncodeScope(const EncodeScope&) = delete;
  EncodeScope& operator=(const EncodeScope&) = delete;

 private:
  std::string* previous_;
};

/// Marks the bounded buffer being decoded on this thread.
class DecodeScope {
 public:
  explicit DecodeScope(SpanSource* buf);
  ~DecodeScope();
  DecodeScope(const DecodeScope&) = delete;
  DecodeScope& operator=(const DecodeScope&) = delete;

 private:
  SpanSource* previous_;
};

/// Throws UnsupportedVersion when a stored class version is newer than this build knows.
/// Boost 1.74 passes the stored version on without complaint, so every serialize checks.
template <class T>
void check_version(unsigned stored, const char* type_name) {
  if (stored > static_cast<unsigned>(boost::serialization::version<T>::value)) {
    throw UnsupportedVersion(std::string("stored ") + type_name + " has class version " +
                             std::to_string(stored) + ", newer than this build's " +
                             std::to_string(boost::serialization::version<T>::value));
  }
}

template <class Ar>
constexpr bool saving() {
  return Ar::is_saving::value;
}

template <class Ar>
void raw(Ar& ar, void* data, std::size_t size) {
  if constexpr (saving<Ar>()) {
    if constexpr (requires { typename Ar::writes_in_place; })
      ar.save_binary(data, size);  // No stream to bypass (and no thread-local to read).
    else if (std::string* out = tls_encoding)
      out->append(static_cast<const char*>(data), size);
    else
      ar.save_binary(data, size);
  } else if (const char* bytes = take_bytes(size)) {
    std::memcpy(data, bytes, size);
  } else {
    ar.load_binary(data, size);  // outside a DecodeScope: the archive checks the length
  }
}

/// A fixed-width integer, written in the machine's byte order (the file header records it).
template <class Ar, class Int>
requires std::is_integral_v<Int> &&(!std::is_same_v<Int, bool>)void integer(Ar& ar, Int& value) {
  raw(ar, &value, sizeof(Int));
}

template <class Ar>
void real(Ar& ar, double& value) {
  raw(ar, &value, sizeof(double));
}

template <class Ar>
void boolean(Ar& ar, bool& value) {
  std::uint8_t b = value ? 1 : 0;
  raw(ar, &b, 1);
  if constexpr (!saving<Ar>()) {
    if (b > 1)
      corrupt("boolean out of range");
    value = b == 1;
  }
}

/// An enum stored as one byte; `last` is its greatest enumerator.
template <class Ar, class E>
requires std::is_enum_v<E>
void enumeration(Ar& ar, E& value, E last) {
  static_assert(sizeof(E) == 1, "enums are stored as one byte");
  auto b = static_cast<std::uint8_t>(value);
  raw(ar, &b, 1);
  if constexpr (!saving<Ar>()) {
    if (b > static_cast<std::uint8_t>(last))
      corrupt("enumeration out of range");
    value = static_cast<E>(b);
  }
}

/// A length or count, checked against what the rest of the frame could possibly hold.
template <class Ar>
std::size_t count(Ar& ar, std::size_t n, std::size_t min_element_bytes) {
  std::uint64_t c = n;
  integer(ar, c);
  if constexpr (!saving<Ar>()) {
    const std::size_t per = min_element_bytes == 0 ? 1 : min_element_bytes;
    if (c > remaining_bytes() / per)
      corrupt("count exceeds the bytes left in the frame");
  }
  return static_cast<std::size_t>(c);
}

template <class Ar>
void text(Ar& ar, std::string& s) {
  const std::size_t n = count(ar, s.size(), 1);
  if constexpr (!saving<Ar>()) {
    if (const char* bytes = take_bytes(n)) {
      s.assign(bytes, n);  // one copy, no zero-fill first
      return;
    }
    s.resize(n);
  }
  if (n != 0)
    raw(ar, s.data(), n);
}

template <class Ar>
void uuid(Ar& ar, boost::uuids::uuid& u) {
  raw(ar, u.data, 16);
}

template <class Ar, class Tag>
void id(Ar& ar, Id<Tag>& x) {
  uuid(ar, x.value);
}
template <class Ar>
void id(Ar& ar, RecordId& x) {
  uuid(ar, x.value);
}

template <class Ar>
void date(Ar& ar, Date& d) {
  std::int32_t days = d.days();
  integer(ar, days);
  if constexpr (!saving<Ar>())
    d = Date::from_days(days);
}

template <class Ar>
void timestamp(Ar& ar, Timestamp& t) {
  std::int64_t s = t.unix_seconds();
  integer(ar, s);
  if constexpr (!saving<Ar>())
    t = Timestamp::from_unix(s);
}

template <class Ar>
void actor(Ar& ar, Actor& a) {
  enumeration(ar, a.role, Role::supervisor);
  uuid(ar, a.id);
}

/// std::optional: a presence byte, then the value through `each`.
template <class Ar, class T, class F>
void optional(Ar& ar, std::optional<T>& o, F&& each) {
  bool present = o.has_value();
  boolean(ar, present);
  if constexpr (!saving<Ar>()) {
    if (!present) {
      o.reset();
      return;
    }
    o.emplace();
  }
  if (present)
    each(*o);
}

/// std::vector: a checked count, then each element through `each`.
template <class Ar, class T, class F>
void vector(Ar& ar, std::vector<T>& v, std::size_t min_element_bytes, F&& each) {
  const std::size_t n = count(ar, v.size(), min_element_bytes);
  if constexpr (!saving<Ar>()) {
    v.clear();
    v.resize(n);
  }
  for (auto& e : v)
    each(e);
}

/// A struct, through Boost (class information and version).
template <class Ar, class T>
void object(Ar& ar, T& value) {
  ar& value;
}

/// std::variant: the alternative's index (u32), then the alternative through Boost.
template <class Ar, class... Ts>
void variant(Ar& ar, std::variant<Ts...>& v) {
  std::uint32_t index = static_cast<std::uint32_t>(v.index());
  integer(ar, index);
  if constexpr (saving<Ar>()) {
    std::visit([&](auto& alternative) { ar& alternative; }, v);
  } else {
    if (index >= sizeof...(Ts))
      corrupt("variant index out of range");
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      ((index == I ? (ar & v.template emplace<I>(), true) : false) || ...);
    }
    (std::index_sequence_for<Ts...>{});
  }
}

}  // namespace libcoach::store::ser
