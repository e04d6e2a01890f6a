#pragma once
// The index from a row's id to its position in a table: open addressing over 4-byte
// positions. The key is not stored — it is read back from the row — so the index costs
// about 8 bytes per row, where a node-based hash map costs an allocation of ~48 bytes per row
// plus its bucket. With a million rows that is the difference between ~8 MB and ~56 MB
// resident, and one allocation fewer per row while a snapshot loads.

#include <boost/uuid/uuid.hpp>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <vector>

#include "libcoach/ids.hpp"

namespace libcoach::detail {

class RowIndex {
 public:
  /// What `find` returns for an id that is not indexed.
  static constexpr std::uint32_t kAbsent = std::numeric_limits<std::uint32_t>::max();

  /// Position of the row with `id`, or kAbsent. `key_at(position)` returns a row's id.
  template <class KeyAt>
  std::uint32_t find(const boost::uuids::uuid& id, const KeyAt& key_at) const {
    if (count_ == 0)
      return kAbsent;
    for (std::size_t slot = home(id);; slot = (slot + 1) & mask_) {
      const std::uint32_t position = slots_[slot];
      if (position == kAbsent || key_at(position) == id)
        return position;
    }
  }

  /// Indexes the row at `position` under `id`, unless `id` is indexed already (the first row
  /// keeps it; returns false).
  template <class KeyAt>
  bool insert(const boost::uuids::uuid& id, std::size_t position, const KeyAt& key_at) {
    if (position >= kAbsent)
      throw std::length_error("table holds too many rows for its index");
    if ((count_ + 1) * 2 > slots_.size())
      grow(key_at);
    if (!place(id, static_cast<std::uint32_t>(position), key_at))
      return false;
    ++count_;
    return true;
  }

  /// Makes room for `rows` rows without growing again (snapshot loading knows the count).
  template <class KeyAt>
  void reserve(std::size_t rows, const KeyAt& key_at) {
    if (rows * 2 > slots_.size())
      rehash(capacity_for(rows), key_at);
  }

  void clear() {
    slots_.clear();
    mask_ = 0;
    count_ = 0;
  }

 private:
  static std::size_t capacity_for(std::size_t rows) {
    std::size_t capacity = 16;
    while (capacity < rows * 2)
      capacity *= 2;
    return capacity;
  }

  /// Fibonacci hashing on top of UuidHash: spreads ids whose low bits agree.
  std::size_t home(const boost::uuids::uuid& id) const {
    return static_cast<std::size_t>((UuidHash{}(id)*0x9E3779B97F4A7C15ull) >> 32) & mask_;
  }

  template <class KeyAt>
  bool place(const boost::uuids::uuid& id, std::uint32_t position, const KeyAt& key_at) {
    for (std::size_t slot = home(id);; slot = (slot + 1) & mask_) {
      const std::uint32_t occupant = slots_[slot];
      if (occupant == kAbsent) {
        slots_[slot] = position;
        return true;
      }
      if (key_at(occupant) == id)
        return false;
    }
  }

  template <class KeyAt>
  void grow(const KeyAt& key_at) {
    rehash(slots_.empty() ? 16 : slots_.size() * 2, key_at);
  }

  template <class KeyAt>
  void rehash(std::size_t capacity, const KeyAt& key_at) {
    std::vector<std::uint32_t> old(capacity, kAbsent);
    old.swap(slots_);
    mask_ = capacity - 1;
    for (const std::uint32_t position : old) {
      if (position != kAbsent)
        place(key_at(position), position, key_at);
    }
  }

  std::vector<std::uint32_t> slots_;  ///< Row positions; kAbsent marks a free slot.
  std::size_t mask_ = 0;              ///< slots_.size() - 1 (a power of two).
  std::size_t count_ = 0;             ///< Indexed rows.
};

}  // namespace libcoach::detail
