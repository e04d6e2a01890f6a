// Existence through the parties paths of a View: knowing that someone is a client (is being
// coached) is itself confidential, so clients(), client(id), coaches() and allotment() reveal
// no more than the engagements a viewer may see.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "policy_fixture.hpp"

namespace libcoach {
namespace {

using testing::message_of;
using testing::ThreeWay;

template <class P, class IdT>
bool knows(const std::vector<P>& parties, IdT id) {
  return std::any_of(parties.begin(), parties.end(), [&](const P& p) { return p.id == id; });
}

class ViewParties : public ::testing::Test {
 protected:
  void SetUp() override { w.start(); }
  ThreeWay w;
};

TEST_F(ViewParties, ViewersWhoCannotSeeTheEngagementDoNotLearnWhoIsCoached) {
  for (const Actor& a : {w.stranger(), w.sponsor_colleague(), w.sponsor_outsider(), w.supervisor(),
                         w.other_supervisor(), w.other_client()}) {
    SCOPED_TRACE(a.to_string());
    const View v = w.view(a);
    EXPECT_FALSE(knows(v.clients(), w.client_id));
    EXPECT_EQ(message_of<NotFound>([&] { (void)v.client(w.client_id); }),
              message_of<NotFound>([&] { (void)v.client(ClientId{}); }));
  }
  // Those who may see the engagement know its client.
  for (const Actor& a : {w.coach(), w.client(), w.sponsor_hr(), w.admin()}) {
    SCOPED_TRACE(a.to_string());
    EXPECT_TRUE(knows(w.view(a).clients(), w.client_id));
    EXPECT_EQ(w.view(a).client(w.client_id).id, w.client_id);
  }
}

TEST_F(ViewParties, APastCoachForgetsTheClientAndASupervisorLearnsOnlyWithConsent) {
  w.practice.hand_over(w.admin(), w.e, w.successor_id);
  EXPECT_FALSE(knows(w.view(w.coach()).clients(), w.client_id));
  EXPECT_THROW((void)w.view(w.coach()).client(w.client_id), NotFound);
  EXPECT_TRUE(knows(w.view(w.successor()).clients(), w.client_id));

  const NoteId note = w.practice.add_note(w.successor(), w.e, {Scope::coaching, "First", {}});
  EXPECT_FALSE(knows(w.view(w.supervisor()).clients(), w.client_id));
  w.consent(w.supervisor(), {note.record()}, {}, 5);
  EXPECT_TRUE(knows(w.view(w.supervisor()).clients(), w.client_id));
  w.clock.advance_days(6);
  EXPECT_FALSE(knows(w.view(w.supervisor()).clients(), w.client_id));
}

TEST_F(ViewParties, AnUnrelatedCoachDoesNotLearnWhoCoachesTheClient) {
  const View v = w.view(w.stranger());
  EXPECT_FALSE(knows(v.coaches(), w.coach_id));
  EXPECT_TRUE(knows(v.coaches(), w.stranger_id));
  EXPECT_THROW((void)v.coach(w.coach_id), NotFound);
  EXPECT_FALSE(knows(v.organizations(), w.org));
  EXPECT_FALSE(knows(v.sponsor_contacts(), w.hr));
}

TEST_F(ViewParties, AllotmentFollowsTheSponsorsAttendanceTerm) {
  w.practice.schedule_session(w.coach(), w.e, {Timestamp::at(testing::day(2026, 3, 9), 10)});
  const SessionId held =
      w.practice.schedule_session(w.coach(), w.e, {Timestamp::at(testing::day(2026, 3, 2), 10)});
  w.practice.set_session_status(w.coach(), held, SessionStatus::held);
  const Allotment mine = w.view(w.coach()).allotment(w.e);
  EXPECT_EQ(mine.allotted, 12);
  EXPECT_EQ(mine.held, 1);
  EXPECT_EQ(mine.scheduled, 1);
  EXPECT_EQ(mine.remaining(), 10);
  const Allotment hr = w.view(w.sponsor_hr()).allotment(w.e);
  EXPECT_EQ(hr.held, 1);
  EXPECT_EQ(hr.scheduled, 1);
  EXPECT_THROW((void)w.view(w.sponsor_outsider()).allotment(w.e), NotFound);
  EXPECT_THROW((void)w.view(w.stranger()).allotment(w.e), NotFound);
}

TEST(ViewPartiesTerms, ASponsorWithoutTheAttendanceTermCountsNoSessions) {
  ThreeWay w;
  w.terms.attendance = false;
  w.start();
  w.practice.schedule_session(w.coach(), w.e, {Timestamp::at(testing::day(2026, 3, 9), 10)});
  const Allotment hr = w.view(w.sponsor_hr()).allotment(w.e);
  EXPECT_EQ(hr.scheduled, 0);
  EXPECT_EQ(hr.held, 0);
  EXPECT_EQ(w.view(w.coach()).allotment(w.e).scheduled, 1);
}

}  // namespace
}  // namespace libcoach
