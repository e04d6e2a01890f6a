// Existence is confidential on the write side too: a party who may not see an engagement must
// not tell an id of one of its records from an id that names nothing, by the exception type
// or by its message.

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "policy_fixture.hpp"

namespace libcoach {
namespace {

using testing::message_of;
using testing::ThreeWay;

TEST(ConfidentialityExistence, WritesOnRecordsOfAnInvisibleEngagementLookLikeMissingIds) {
  ThreeWay w;
  w.start();
  Practice& p = w.practice;
  const Date d = testing::day(2026, 3, 5);
  BeliefSpec spec;
  spec.statement = "I am only as good as my last quarter";
  spec.on = d;
  const BeliefId belief = p.add_belief(w.client(), w.e, spec);
  GoalSpec g;
  g.title = "Say no to one meeting a week";
  const GoalId goal = p.add_goal(w.client(), w.e, g);
  const SessionId session = p.schedule_session(w.coach(), w.e, {Timestamp::at(d, 10)});
  const ConsentId consent = w.consent(w.coach(), {belief.record()});

  struct Probe {
    std::string name;
    std::function<void(const Actor&, bool existing)> write;
  };
  const std::vector<Probe> probes{
      {"record_belief_strength",
       [&](const Actor& a, bool existing) {
         p.record_belief_strength(a, existing ? belief : BeliefId{}, d, 3);
       }},
      {"reframe_belief",
       [&](const Actor& a, bool existing) {
         p.reframe_belief(a, existing ? belief : BeliefId{}, "A kinder story");
       }},
      {"set_goal_status",
       [&](const Actor& a, bool existing) {
         p.set_goal_status(a, existing ? goal : GoalId{}, GoalStatus::active);
       }},
      {"set_session_status",
       [&](const Actor& a, bool existing) {
         p.set_session_status(a, existing ? session : SessionId{}, SessionStatus::cancelled);
       }},
      {"revoke_consent",
       [&](const Actor& a, bool existing) {
         p.revoke_consent(a, existing ? consent : ConsentId{});
       }},
  };
  for (const Actor& outsider : {w.stranger(), w.sponsor_outsider(), w.sponsor_colleague(),
                                w.other_supervisor(), w.other_client()}) {
    for (const Probe& probe : probes) {
      SCOPED_TRACE(outsider.to_string() + " " + probe.name);
      const std::string existing = message_of<NotFound>([&] { probe.write(outsider, true); });
      const std::string missing = message_of<NotFound>([&] { probe.write(outsider, false); });
      EXPECT_EQ(existing, missing);
    }
  }
}

}  // namespace
}  // namespace libcoach
