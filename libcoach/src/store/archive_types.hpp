#pragma once
// The struct types one archive has met, with their class versions. Boost's binary archives
// write a type's class information (tracking byte, class version) only at its first
// occurrence in an archive; the direct archives (direct_oarchive.hpp, direct_iarchive.hpp)
// keep this list to do the same. A value holds a handful of struct types, so a short linear
// list beats any set.

#include <boost/serialization/level.hpp>
#include <boost/serialization/tracking.hpp>

#include <cstddef>
#include <optional>
#include <type_traits>

#include "libcoach/errors.hpp"

namespace libcoach::store {

/// What the direct archives read and write: structs with class information, saved by value
/// and never tracked (the store serializes no pointers, so no object ids), which is what
/// Boost's binary archives write for the store's types. Leaf values go through ser:: helpers.
template <class T>
concept ByValueStruct = std::is_class_v<T> &&
                        (boost::serialization::implementation_level<T>::value ==
                         boost::serialization::object_class_info) &&
                        (boost::serialization::tracking_level<T>::value !=
                         boost::serialization::track_always);

class ArchiveTypes {
 public:
  /// The tag that stands for type T (only its address is used).
  template <class T>
  static const void* tag() {
    return &type_tag<T>;
  }
  /// The class version recorded for `tag`; nullopt the first time the type occurs.
  std::optional<unsigned> version(const void* tag) const {
    for (std::size_t i = 0; i < count_; ++i) {
      if (tags_[i] == tag)
        return versions_[i];
    }
    return std::nullopt;
  }
  /// Records the first occurrence of `tag`. \throws CorruptionError beyond kMax types.
  void add(const void* tag, unsigned version) {
    if (count_ == kMax)
      throw CorruptionError("archive: more struct types in one value than supported");
    tags_[count_] = tag;
    versions_[count_++] = version;
  }

 private:
  // One object per type, not const, so never merged with another.
  template <class T>
  static inline char type_tag = 0;
  static constexpr std::size_t kMax = 32;

  const void* tags_[kMax] = {};
  unsigned versions_[kMax] = {};
  std::size_t count_ = 0;
};

}  // namespace libcoach::store
