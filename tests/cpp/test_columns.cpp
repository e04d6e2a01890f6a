// Columnar listings (access/columns.hpp): the rows are those of the per-record listings, and
// the columns, reserved once for the listing's upper bound, give back what the policy's
// refusals left unused (frames keep the columns for as long as they live).

#include <gtest/gtest.h>

#include "libcoach/access/columns.hpp"
#include "libcoach/libcoach.hpp"

namespace libcoach {
namespace {

struct SmallPractice {
  SyntheticOptions options = [] {
    SyntheticOptions o;
    o.seed = 5;
    o.scale = Scale::small;
    return o;
  }();
  Practice practice{synthetic_practice_options(options)};
  SyntheticRoster roster = populate_practice(practice, options);
};

template <class V>
void expect_fitted(const V& column) {
  EXPECT_LE(column.capacity(), 2 * column.size() + 16) << "over-reserved column kept";
}

TEST(Columns, AListingHasTheRowsOfThePerRecordListings) {
  SmallPractice p;
  const View coach = p.practice.view(Actor::coach(p.roster.coaches.front()));
  std::size_t sessions = 0;
  std::size_t goals = 0;
  for (const Engagement& e : coach.engagements()) {
    sessions += coach.records<Session>(e.id).size();
    goals += coach.records<Goal>(e.id).size();
  }
  ASSERT_GT(sessions, 0u);
  EXPECT_EQ(session_columns(coach).size(), sessions);
  EXPECT_EQ(goal_columns(coach).size(), goals);
}

TEST(Columns, ColumnsGiveBackWhatTheRefusedRowsWereReservedFor) {
  SmallPractice p;
  // An admin may relate to every engagement, so the goal listing reserves the whole table,
  // and then sees none of its coaching-scope rows.
  const View admin = p.practice.view(Actor::admin(p.roster.admin));
  const GoalColumns goals = goal_columns(admin);
  ASSERT_GT(p.practice.view(Actor::coach(p.roster.coaches.front())).engagements().size(), 0u);
  EXPECT_EQ(goals.size(), 0u);
  expect_fitted(goals.id);
  expect_fitted(goals.title);
  expect_fitted(goals.progress);
  const SessionColumns sessions = session_columns(admin);
  EXPECT_GT(sessions.size(), 0u);
  expect_fitted(sessions.id);
  expect_fitted(sessions.start);
}

}  // namespace
}  // namespace libcoach
