#pragma once
// Row positions grouped under a key: a table's rows per engagement, the engagements that name
// a party. Listings look a group up once per engagement and record kind, so the lookup is on
// the hot path of every scan. Groups are numbered in the order they appear and kept in one
// flat vector, each with its key; an open-addressing index (row_index.hpp) finds a key's
// group number. A lookup touches the index's slot and the group itself, where a node-based
// hash map costs one allocation per group and a chase through its bucket list.

#include <boost/uuid/uuid.hpp>
#include <cstdint>
#include <vector>

#include "row_index.hpp"

namespace libcoach::detail {

class GroupIndex {
  struct Group {
    boost::uuids::uuid key;
    std::vector<std::uint32_t> positions;
  };
  /// Reads a group's key back for the index (which stores group numbers only).
  struct KeyAt {
    const std::vector<Group>* groups;
    const boost::uuids::uuid& operator()(std::uint32_t group) const { return (*groups)[group].key; }
  };
  KeyAt key_at() const { return KeyAt{&groups_}; }

 public:
  /// Positions grouped under `key`, in the order they were added; empty when there are none.
  const std::vector<std::uint32_t>& find(const boost::uuids::uuid& key) const {
    const std::uint32_t group = index_.find(key, key_at());
    return group == RowIndex::kAbsent ? none() : groups_[group].positions;
  }

  /// The positions of `key`'s group, created empty on first use.
  std::vector<std::uint32_t>& operator[](const boost::uuids::uuid& key) {
    const std::uint32_t group = index_.find(key, key_at());
    if (group != RowIndex::kAbsent)
      return groups_[group].positions;
    groups_.push_back(Group{key, {}});
    index_.insert(key, groups_.size() - 1, key_at());
    return groups_.back().positions;
  }

  void clear() {
    index_.clear();
    groups_.clear();
  }

 private:
  static const std::vector<std::uint32_t>& none() {
    static const std::vector<std::uint32_t> kNone;
    return kNone;
  }

  RowIndex index_;             ///< Key -> group number.
  std::vector<Group> groups_;  ///< Group number -> key and positions.
};

}  // namespace libcoach::detail
