// The tables' id index (row_index.hpp) against std::unordered_map as the oracle: the same
// answers for present and absent ids through growth, duplicates and adoption of whole
// sections.

#include <gtest/gtest.h>

#include <random>
#include <unordered_map>
#include <vector>

#include "libcoach/model.hpp"
#include "row_index.hpp"
#include "state.hpp"

namespace libcoach {
namespace {

boost::uuids::uuid random_uuid(std::mt19937_64& rng) {
  boost::uuids::uuid u{};
  for (auto& byte : u.data)
    byte = static_cast<std::uint8_t>(rng());
  return u;
}

TEST(RowIndex, AgreesWithAHashMapThroughGrowth) {
  std::mt19937_64 rng(7);
  std::vector<boost::uuids::uuid> keys;
  std::unordered_map<boost::uuids::uuid, std::uint32_t, UuidHash> oracle;
  detail::RowIndex index;
  const auto key_at = [&](std::uint32_t position) -> const boost::uuids::uuid& {
    return keys[position];
  };
  for (std::uint32_t i = 0; i < 5000; ++i) {
    keys.push_back(random_uuid(rng));
    EXPECT_TRUE(index.insert(keys.back(), i, key_at));
    oracle.emplace(keys.back(), i);
  }
  for (const auto& [key, position] : oracle)
    EXPECT_EQ(index.find(key, key_at), position);
  for (int i = 0; i < 5000; ++i)
    EXPECT_EQ(index.find(random_uuid(rng), key_at), detail::RowIndex::kAbsent);
}

TEST(RowIndex, KeepsTheFirstRowOfADuplicateId) {
  std::vector<boost::uuids::uuid> keys(2, boost::uuids::uuid{{1, 2, 3}});
  const auto key_at = [&](std::uint32_t position) -> const boost::uuids::uuid& {
    return keys[position];
  };
  detail::RowIndex index;
  EXPECT_TRUE(index.insert(keys[0], 0, key_at));
  EXPECT_FALSE(index.insert(keys[1], 1, key_at));
  EXPECT_EQ(index.find(keys[0], key_at), 0u);
}

TEST(RowIndex, EmptyIndexFindsNothing) {
  const detail::RowIndex index;
  const auto key_at = [](std::uint32_t) -> const boost::uuids::uuid& {
    ADD_FAILURE() << "an empty index must not read rows";
    static const boost::uuids::uuid none{};
    return none;
  };
  EXPECT_EQ(index.find(boost::uuids::uuid{}, key_at), detail::RowIndex::kAbsent);
}

Coach coach_with(std::mt19937_64& rng) {
  Coach c;
  c.id = CoachId{random_uuid(rng)};
  c.name = "Coach";
  return c;
}

TEST(TableAdopt, IndexesEveryRowAndRefusesDuplicates) {
  std::mt19937_64 rng(11);
  std::vector<Coach> rows;
  for (int i = 0; i < 300; ++i)
    rows.push_back(coach_with(rng));
  const std::vector<Coach> copy = rows;
  detail::Table<Coach> table;
  ASSERT_TRUE(table.adopt(std::move(rows)));
  ASSERT_EQ(table.size(), copy.size());
  for (const Coach& c : copy) {
    const Coach* found = table.find(c.id.value);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->id, c.id);
  }

  std::vector<Coach> duplicated = copy;
  duplicated.push_back(copy[17]);
  detail::Table<Coach> refused;
  EXPECT_FALSE(refused.adopt(std::move(duplicated)));
  EXPECT_EQ(refused.size(), 0u);
  EXPECT_EQ(refused.find(copy[0].id.value), nullptr);
}

TEST(TableErase, KeepsOrderAndIndexes) {
  std::mt19937_64 rng(13);
  detail::Table<Coach> table;
  std::vector<Coach> rows;
  for (int i = 0; i < 50; ++i) {
    rows.push_back(coach_with(rng));
    table.insert(rows.back());
  }
  table.erase(rows[10].id.value);
  EXPECT_EQ(table.size(), 49u);
  EXPECT_EQ(table.find(rows[10].id.value), nullptr);
  EXPECT_EQ(table.rows()[10].id, rows[11].id);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i != 10) {
      EXPECT_NE(table.find(rows[i].id.value), nullptr) << i;
    }
  }
}

}  // namespace
}  // namespace libcoach
