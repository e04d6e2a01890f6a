#pragma once
// An input archive that reads what boost::archive::binary_iarchive reads with kArchiveFlags
// (no header, no codecvt) for the store's by-value types, without constructing one: the
// reading counterpart of direct_oarchive.hpp. A binary_iarchive builds a std::locale and a
// class registry per archive and looks every struct up in it (basic_iarchive::load_object);
// the journal and the audit log decode one archive per frame and a snapshot section one per
// table, whose rows are mostly such lookups. Reading a struct: the first time its type occurs
// in the archive, a tracking byte and its class version (u32, native order), which later
// occurrences of the type reuse; then its fields. The serialize functions reject versions
// newer than their own (check_version) as they do under Boost.

#include <boost/serialization/serialization.hpp>
#include <boost/serialization/version.hpp>

#include <cstdint>
#include <cstring>
#include <optional>
#include <type_traits>

#include "store/archive_types.hpp"
#include "store/serialize_helpers.hpp"

namespace libcoach::store {

/// Reads by-value structs from a SpanSource, byte for byte as binary_iarchive(kArchiveFlags)
/// would. Supports what the store's serialize functions use: `ar & value` / `ar >> value`
/// for structs, `load_binary` for leaf bytes, `is_loading`.
class DirectIArchive {
 public:
  using is_saving = std::false_type;
  using is_loading = std::true_type;

  explicit DirectIArchive(SpanSource& source) : source_(source) {}
  DirectIArchive(const DirectIArchive&) = delete;
  DirectIArchive& operator=(const DirectIArchive&) = delete;

  template <class T>
  DirectIArchive& operator>>(T& value) {
    load_object(value);
    return *this;
  }
  template <class T>
  DirectIArchive& operator&(T& value) {
    return *this >> value;
  }

  /// Leaf bytes (fields read outside a DecodeScope; inside one they are taken directly).
  void load_binary(void* data, std::size_t size) {
    const char* bytes = source_.take(size);
    if (bytes == nullptr)
      ser::corrupt("field extends beyond the end of the frame");
    std::memcpy(data, bytes, size);
  }

 private:
  template <class T>
  void load_object(T& value) {
    namespace bs = boost::serialization;
    static_assert(ByValueStruct<T>, "only by-value structs are read as Boost's binary archives do");
    bs::serialize_adl(*this, value, version_of(ArchiveTypes::tag<T>()));
  }

  /// The stored class version of the type `tag` stands for: read (after its tracking byte,
  /// which changes nothing for objects loaded by value) at its first occurrence.
  unsigned version_of(const void* tag) {
    if (const std::optional<unsigned> known = types_.version(tag))
      return *known;
    std::uint8_t tracking = 0;
    load_binary(&tracking, 1);
    std::uint32_t version = 0;
    load_binary(&version, sizeof version);
    types_.add(tag, version);
    return version;
  }

  SpanSource& source_;
  ArchiveTypes types_;
};

}  // namespace libcoach::store
