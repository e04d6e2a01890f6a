#pragma once
// An output archive that writes exactly the bytes boost::archive::binary_oarchive writes with
// kArchiveFlags (no header, no codecvt) for the store's by-value types, without constructing
// one. A binary_oarchive builds a std::locale, a class registry and per-type serializer
// lookups every time; for one event that was about 40 % of encoding it (callgrind), and the
// journal encodes one archive per event.
//
// What Boost writes for a struct of implementation level object_class_info, saved by value
// and not tracked (the store never serializes pointers): the first time a type occurs in an
// archive, a tracking byte (0) and its class version (u32, native order), then its fields;
// later occurrences of the same type in the same archive, only the fields. The class id is
// not written by binary archives. The golden-bytes test (tests/cpp/store/test_golden.cpp)
// and the comparison with binary_oarchive in test_codec.cpp hold this to Boost's output.

#include <boost/serialization/serialization.hpp>
#include <boost/serialization/version.hpp>

#include <cstdint>
#include <string>
#include <type_traits>

#include "store/archive_types.hpp"

namespace libcoach::store {

/// Appends the serialization of by-value structs to a string, byte for byte as
/// binary_oarchive(kArchiveFlags) would. Supports what the store's serialize functions use:
/// `ar & value` / `ar << value` for structs, `save_binary` for leaf bytes, `is_saving`.
class DirectOArchive {
 public:
  using is_saving = std::true_type;
  using is_loading = std::false_type;
  /// ser::raw() appends leaf bytes through save_binary: there is no stream to bypass.
  using writes_in_place = std::true_type;

  explicit DirectOArchive(std::string& out) : out_(out) {}
  DirectOArchive(const DirectOArchive&) = delete;
  DirectOArchive& operator=(const DirectOArchive&) = delete;

  template <class T>
  DirectOArchive& operator<<(const T& value) {
    save_object(value);
    return *this;
  }
  template <class T>
  DirectOArchive& operator&(const T& value) {
    return *this << value;
  }

  void save_binary(const void* data, std::size_t size) {
    out_.append(static_cast<const char*>(data), size);
  }

 private:
  template <class T>
  void save_object(const T& value) {
    namespace bs = boost::serialization;
    static_assert(ByValueStruct<T>,
                  "only by-value structs are written as Boost's binary archives do");
    constexpr unsigned version = bs::version<T>::value;
    if (!types_.version(ArchiveTypes::tag<T>())) {
      types_.add(ArchiveTypes::tag<T>(), version);
      const char tracking = 0;  // tracking_type: not tracked (saved by value only)
      const std::uint32_t v = version;
      out_.push_back(tracking);
      save_binary(&v, sizeof v);
    }
    bs::serialize_adl(*this, const_cast<T&>(value), version);
  }

  std::string& out_;
  ArchiveTypes types_;
};

}  // namespace libcoach::store
