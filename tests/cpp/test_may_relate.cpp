// may_relate is the cheap filter practice-wide listings apply before gathering policy facts:
// it must hold for every engagement a viewer can see (else a listing would silently drop
// records the policy allows), checked for every party of generated practices.

#include <gtest/gtest.h>

#include <vector>

#include "libcoach/libcoach.hpp"
#include "practice_access.hpp"
#include "practice_core.hpp"
#include "roster_viewers.hpp"

namespace libcoach {
namespace {

using testing::every_party;

TEST(MayRelate, HoldsForEveryEngagementAViewerCanSee) {
  for (const std::uint64_t seed : {1u, 7u, 23u}) {
    SyntheticOptions options;
    options.scale = Scale::small;
    options.seed = seed;
    Practice practice(synthetic_practice_options(options));
    const SyntheticRoster roster = populate_practice(practice, options);
    const auto& core = PracticeAccess::core(practice);
    std::size_t visible = 0;
    std::size_t filtered = 0;
    for (const Viewer& viewer : every_party(roster)) {
      for (const Engagement& e : core.state.table<Engagement>().rows()) {
        detail::PolicyFacts facts;
        core.collect_facts(viewer, e, core.now(), facts);
        const bool sees = can_see_engagement(viewer, e, facts.context);
        const bool may = may_relate(viewer, e);
        if (sees) {
          ++visible;
          EXPECT_TRUE(may) << "seed " << seed << ": a visible engagement was filtered out";
        }
        if (!may)
          ++filtered;
      }
    }
    EXPECT_GT(visible, 0u);
    EXPECT_GT(filtered, 0u) << "the filter should pass over other people's engagements";
  }
}

/// Distinct made-up ids of any kind: 00..01, 00..02, ...
template <class IdT>
IdT id(int n) {
  return IdT::parse("00000000-0000-4000-8000-" + std::string(10, '0') + std::to_string(10 + n));
}

// The engagements table's party index names, for each coach, client and sponsor contact,
// exactly the engagements may_relate lets through, in row order — also after handovers (the
// generated practices hand some engagements over) and after a table is rebuilt.
TEST(MayRelate, ThePartyIndexNamesExactlyTheEngagementsMayRelateLetsThrough) {
  std::size_t handed_over = 0;
  for (const std::uint64_t seed : {1u, 7u, 23u, 42u, 99u}) {
    SyntheticOptions options;
    options.scale = Scale::small;
    options.seed = seed;
    Practice practice(synthetic_practice_options(options));
    const SyntheticRoster roster = populate_practice(practice, options);
    const auto& table = PracticeAccess::core(practice).state.table<Engagement>();
    detail::Table<Engagement> rebuilt;
    ASSERT_TRUE(rebuilt.adopt(std::vector<Engagement>(table.rows())));
    for (const Engagement& e : table.rows())
      handed_over += e.past_coaches.size();
    for (const Viewer& viewer : every_party(roster)) {
      if (viewer.role == Role::admin || viewer.role == Role::supervisor)
        continue;
      std::vector<std::uint32_t> expected;
      for (std::size_t i = 0; i < table.size(); ++i) {
        if (may_relate(viewer, table.at(i)))
          expected.push_back(static_cast<std::uint32_t>(i));
      }
      EXPECT_EQ(table.naming(viewer.id), expected) << "seed " << seed;
      EXPECT_EQ(rebuilt.naming(viewer.id), expected) << "seed " << seed;
    }
  }
  EXPECT_GT(handed_over, 0u) << "no generated practice handed an engagement over";
}

TEST(MayRelate, NamesPastCoachesAndNotStrangers) {
  Engagement e;
  e.coach = id<CoachId>(1);
  e.client = id<ClientId>(2);
  const CoachId past = id<CoachId>(3);
  e.past_coaches.push_back({past, 1, 2});
  const SponsorContactId contact = id<SponsorContactId>(4);
  e.sponsor_contacts.push_back(contact);
  EXPECT_TRUE(may_relate(Actor::coach(e.coach), e));
  EXPECT_TRUE(may_relate(Actor::coach(past), e));
  EXPECT_TRUE(may_relate(Actor::client(e.client), e));
  EXPECT_TRUE(may_relate(Actor::sponsor(contact), e));
  EXPECT_FALSE(may_relate(Actor::coach(id<CoachId>(5)), e));
  EXPECT_FALSE(may_relate(Actor::client(id<ClientId>(6)), e));
  EXPECT_FALSE(may_relate(Actor::sponsor(id<SponsorContactId>(7)), e));
  EXPECT_TRUE(may_relate(Actor::admin(id<AdminId>(8)), e));
  EXPECT_TRUE(may_relate(Actor::supervisor(id<SupervisorId>(9)), e));
}

}  // namespace
}  // namespace libcoach
