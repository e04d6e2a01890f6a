// One plain example per confidentiality rule (docs/confidentiality.md), read through the
// public View API as each party of a small three-way practice.

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "policy_fixture.hpp"

namespace libcoach {
namespace {

using testing::ids_of;
using testing::lists;
using testing::lists_engagement;
using testing::message_of;
using testing::ThreeWay;

/// A belief spec (designated initializers would leave fields unnamed and warn).
BeliefSpec belief_spec(std::string statement, Date on, std::int32_t strength = 5,
                       Scope scope = Scope::coaching, std::string category = "") {
  BeliefSpec spec;
  spec.statement = std::move(statement);
  spec.on = on;
  spec.strength = strength;
  spec.scope = scope;
  spec.category = std::move(category);
  return spec;
}

/// Everything the rule tests read: one record of each interesting kind and scope.
struct Content {
  SessionId session;
  NoteId operational_note;  ///< Written by the admin.
  NoteId session_note;      ///< Coaching scope, by the coach.
  NoteId process_note;      ///< coach_private, by the coach.
  NoteId journal;           ///< client_private, by the client.
  GoalId shared_goal;       ///< Shared with the sponsor by the client.
  GoalId unshared_goal;     ///< Coaching scope.
  MilestoneId shared_milestone;
  MilestoneId unshared_milestone;
  ActionItemId action;
  HabitId habit;
  SkillId skill;
  ValueId value;
  BeliefId belief;
  BeliefId private_belief;  ///< client_private, by the client.
  FearId fear;
  PurposeId purpose;
  ReflectionId reflection;
  InsightId insight;
  WellbeingId wellbeing;
  LinkId link;
  ReferralId referral;
};

Content add_content(ThreeWay& w) {
  Practice& p = w.practice;
  const EngagementId e = w.e;
  Content c;
  c.session = p.schedule_session(w.admin(), e, {Timestamp::at(testing::day(2026, 3, 5), 10)});
  c.operational_note = p.add_note(w.admin(), e, {Scope::operational, "Room 4 booked", {}});
  c.session_note =
      p.add_note(w.coach(), e, {Scope::coaching, "Talked about delegating the budget", {}});
  c.process_note = p.add_note(w.coach(), e, {Scope::coach_private, "My hunch: perfectionism", {}});
  c.journal = p.add_note(w.client(), e, {Scope::client_private, "I felt small today", {}});
  c.shared_goal = p.add_goal(w.client(), e,
                             GoalSpec{.title = "Delegate two decisions a week",
                                      .description = "Hand over routine approvals",
                                      .metric = "decisions delegated",
                                      .unit = "decisions",
                                      .baseline = 0,
                                      .target = 2,
                                      .due = testing::day(2026, 6, 30),
                                      .shared_with_sponsor = true});
  c.unshared_goal = p.add_goal(w.coach(), e,
                               GoalSpec{.title = "Leave work by six",
                                        .description = "Protect family evenings",
                                        .metric = "evenings home",
                                        .unit = "evenings",
                                        .baseline = 1,
                                        .target = 4,
                                        .due = testing::day(2026, 7, 31)});
  p.record_goal_progress(w.client(), c.unshared_goal, testing::day(2026, 3, 10), 2);
  c.shared_milestone = p.add_milestone(
      w.coach(), e, {c.shared_goal, "First approval handed over", testing::day(2026, 4, 1)});
  c.unshared_milestone = p.add_milestone(w.coach(), e, {c.unshared_goal, "One evening home", {}});
  c.action = p.add_action_item(w.client(), e, {c.shared_goal, "List recurring decisions", {}});
  c.habit =
      p.add_habit(w.client(), e, {c.unshared_goal, "Laptop closed at six", Cadence::weekdays});
  c.skill = p.add_skill(w.coach(), e, {"Delegation"});
  c.value = p.add_value(w.client(), e, {"Reliability", 1, "People can count on me"});
  c.belief = p.add_belief(w.client(), e,
                          belief_spec("If I don't check everything it will fail",
                                      testing::day(2026, 3, 5), 8, Scope::coaching, "control"));
  c.private_belief = p.add_belief(w.client(), e,
                                  belief_spec("My worth is my output", testing::day(2026, 3, 5), 9,
                                              Scope::client_private, "self-worth"));
  c.fear = p.add_fear(w.client(), e, {"Being seen as lazy", 7});
  c.purpose =
      p.add_purpose(w.client(), e, {"Build a team that thrives without me", "My first boss"});
  c.reflection = p.add_reflection(
      w.client(), e, {ReflectionPractice::walking, testing::day(2026, 3, 6), "Noticed my jaw"});
  c.insight = p.add_insight(w.client(), e, {testing::day(2026, 3, 7), "Control is fear"});
  c.wellbeing = p.check_in_wellbeing(w.client(), e, {testing::day(2026, 3, 7), 5, 7, 3, 4});
  c.link = p.link_inner_to_goal(w.coach(), c.belief.record(), c.shared_goal);
  c.referral = p.refer_to_therapist(w.coach(), e,
                                    {testing::day(2026, 3, 8), "Sleep problems", "Dr. Ines Varga"});
  return c;
}

class PolicyRules : public ::testing::Test {
 protected:
  void SetUp() override {
    w.start();
    c = add_content(w);
  }
  ThreeWay w;
  Content c;
};

// Sponsor terms must be chosen before the agreement is set.
class PolicyRulesTerms : public ::testing::Test {
 protected:
  void start(SponsorTerms terms) {
    w.terms = terms;
    w.start();
    c = add_content(w);
  }
  ThreeWay w;
  Content c;
};

// ---- Rule 1: inner work --------------------------------------------------------------------

TEST_F(PolicyRules, InnerWorkCannotBeCreatedWithSponsorOrOperationalScope) {
  for (const Scope bad : {Scope::sponsor, Scope::operational, Scope::coach_private}) {
    SCOPED_TRACE(std::string(to_string(bad)));
    EXPECT_THROW(w.practice.add_value(w.client(), w.e, {"Courage", 2, "", bad}), ValidationError);
    EXPECT_THROW(
        w.practice.add_belief(w.client(), w.e,
                              belief_spec("I must be liked", testing::day(2026, 3, 5), 5, bad)),
        ValidationError);
    EXPECT_THROW(w.practice.add_fear(w.coach(), w.e, {"Conflict", 5, bad}), ValidationError);
    EXPECT_THROW(w.practice.add_purpose(w.client(), w.e, {"Serve", "", bad}), ValidationError);
    EXPECT_THROW(w.practice.add_reflection(
                     w.client(), w.e,
                     {ReflectionPractice::meditation, testing::day(2026, 3, 5), "Calm", bad}),
                 ValidationError);
    EXPECT_THROW(w.practice.add_insight(w.client(), w.e, {testing::day(2026, 3, 5), "Aha", bad}),
                 ValidationError);
    EXPECT_THROW(
        w.practice.check_in_wellbeing(w.client(), w.e, {testing::day(2026, 3, 5), 5, 5, 0, 5, bad}),
        ValidationError);
  }
  // Only the client keeps client_private inner work.
  EXPECT_THROW(w.practice.add_value(w.coach(), w.e, {"Courage", 2, "", Scope::client_private}),
               ValidationError);
}

TEST_F(PolicyRules, InnerWorkIsNeverSponsorVisibleWithoutConsent) {
  for (const Actor& sponsor : {w.sponsor_hr(), w.sponsor_manager()}) {
    const View v = w.view(sponsor);
    EXPECT_TRUE(v.values(w.e).empty());
    EXPECT_TRUE(v.beliefs(w.e).empty());
    EXPECT_TRUE(v.fears(w.e).empty());
    EXPECT_TRUE(v.purposes(w.e).empty());
    EXPECT_TRUE(v.reflections(w.e).empty());
    EXPECT_TRUE(v.insights(w.e).empty());
    EXPECT_TRUE(v.wellbeing(w.e).empty());
    EXPECT_TRUE(v.links(w.e).empty());
    EXPECT_THROW(v.belief(c.belief), AccessDenied);
    EXPECT_THROW(v.belief(c.private_belief), AccessDenied);
    EXPECT_THROW(v.value(c.value), AccessDenied);
    EXPECT_THROW(v.reflection(c.reflection), AccessDenied);
  }
  // The coach and the client do see it.
  EXPECT_EQ(w.view(w.coach()).beliefs(w.e).size(), 1u);  // Not the private one.
  EXPECT_EQ(w.view(w.client()).beliefs(w.e).size(), 2u);
}

TEST_F(PolicyRules, SponsorSeesInnerWorkOnlyThroughPerRecordConsent) {
  // A consent naming a whole inner-work kind is refused for a sponsor.
  EXPECT_THROW(w.consent(w.sponsor_hr(), {}, {RecordKind::belief}), ValidationError);
  EXPECT_THROW(w.consent(w.sponsor_hr(), {c.value.record()}, {RecordKind::insight}),
               ValidationError);
  EXPECT_TRUE(w.view(w.sponsor_hr()).beliefs(w.e).empty());

  const BeliefId second = w.practice.add_belief(
      w.client(), w.e, belief_spec("Asking for help is weak", testing::day(2026, 3, 9)));
  w.consent(w.sponsor_hr(), {c.belief.record()}, {}, 10, "three-way review");
  const View hr = w.view(w.sponsor_hr());
  EXPECT_EQ(ids_of(hr.beliefs(w.e)), std::vector<RecordId>{c.belief.record()});
  EXPECT_EQ(hr.belief(c.belief).statement, "If I don't check everything it will fail");
  EXPECT_THROW(hr.belief(second), AccessDenied);
  EXPECT_TRUE(hr.values(w.e).empty());
  // The consent names one grantee: the other listed contact sees nothing.
  EXPECT_TRUE(w.view(w.sponsor_manager()).beliefs(w.e).empty());
  EXPECT_THROW(w.view(w.sponsor_manager()).belief(c.belief), AccessDenied);
  // Time-bounded: after the consent's last day the belief is gone again.
  w.clock.advance_days(11);
  EXPECT_TRUE(hr.beliefs(w.e).empty());
  EXPECT_THROW(hr.belief(c.belief), AccessDenied);
}

TEST(PolicyFunction, RefusesInnerWorkToASponsorEvenUnderAConsentByKind) {
  // Practice::grant_consent refuses such a consent; the policy must hold on its own too (a
  // journal written by an older version, a store restored from elsewhere).
  Engagement e;
  e.id = EngagementId{IdSource(1).next()};
  e.client = ClientId{IdSource(2).next()};
  e.coach = CoachId{IdSource(3).next()};
  e.sponsor = OrganizationId{IdSource(4).next()};
  const SponsorContactId hr{IdSource(5).next()};
  e.sponsor_contacts = {hr};
  RecordRef belief;
  belief.kind = RecordKind::belief;
  belief.meta.id = RecordId{IdSource(6).next()};
  belief.meta.engagement = e.id;
  belief.meta.client = e.client;
  belief.meta.scope = Scope::coaching;
  belief.meta.author = Actor::client(e.client);
  Consent by_kind;
  by_kind.meta.engagement = e.id;
  by_kind.grantee = Actor::sponsor(hr);
  by_kind.kinds = {RecordKind::belief};
  by_kind.from = testing::day(2026, 1, 1);
  by_kind.to = testing::day(2026, 12, 31);
  std::vector<Consent> consents{by_kind};
  const std::vector<const Consent*> in_context{&consents[0]};
  PolicyContext ctx;
  ctx.engagement = &e;
  ctx.consents = in_context;
  ctx.viewer_organization = e.sponsor;
  ctx.now = Timestamp::at(testing::day(2026, 6, 1), 12);
  EXPECT_EQ(can(Actor::sponsor(hr), Action::read, belief, ctx), Decision::deny);
  // The same consent naming the record does let the sponsor read it...
  consents[0].records = {belief.meta.id};
  EXPECT_EQ(can(Actor::sponsor(hr), Action::read, belief, ctx), Decision::allow);
  // ...within its period only.
  ctx.now = Timestamp::at(testing::day(2027, 1, 1), 0);
  EXPECT_EQ(can(Actor::sponsor(hr), Action::read, belief, ctx), Decision::deny);
}

// ---- Rule 2: what a sponsor sees -----------------------------------------------------------

TEST_F(PolicyRules, SponsorSeesOperationalFactsAndSharedGoalsOnly) {
  const View hr = w.view(w.sponsor_hr());
  ASSERT_TRUE(lists_engagement(hr.engagements(), w.e));
  EXPECT_EQ(hr.engagement(w.e).status, EngagementStatus::active);
  EXPECT_EQ(ids_of(hr.sessions(w.e)), std::vector<RecordId>{c.session.record()});
  EXPECT_EQ(hr.session(c.session).start, Timestamp::at(testing::day(2026, 3, 5), 10));
  EXPECT_EQ(hr.allotment(w.e).scheduled, 1);
  // Shared goal and its milestone, in full.
  EXPECT_EQ(ids_of(hr.goals(w.e)), std::vector<RecordId>{c.shared_goal.record()});
  EXPECT_EQ(hr.goal(c.shared_goal).title, "Delegate two decisions a week");
  EXPECT_EQ(ids_of(hr.milestones(w.e)), std::vector<RecordId>{c.shared_milestone.record()});
  // Nothing of the container, and not even the admin's operational notes.
  EXPECT_TRUE(hr.notes(w.e).empty());
  EXPECT_THROW(hr.note(c.operational_note), AccessDenied);
  EXPECT_THROW(hr.note(c.session_note), AccessDenied);
  EXPECT_THROW(hr.goal(c.unshared_goal), AccessDenied);
  EXPECT_TRUE(hr.action_items(w.e).empty());
  EXPECT_TRUE(hr.habits(w.e).empty());
  EXPECT_TRUE(hr.skills(w.e).empty());
  EXPECT_TRUE(hr.referrals(w.e).empty());
  EXPECT_TRUE(hr.consents(w.e).empty());
  EXPECT_TRUE(hr.disclosures(w.e).empty());
}

TEST_F(PolicyRulesTerms, SponsorWithoutAttendanceTermSeesNoSessions) {
  start(SponsorTerms{.attendance = false});
  const View hr = w.view(w.sponsor_hr());
  EXPECT_TRUE(lists_engagement(hr.engagements(), w.e));  // Still knows it exists.
  EXPECT_TRUE(hr.sessions(w.e).empty());
  EXPECT_THROW(hr.session(c.session), AccessDenied);
  EXPECT_EQ(ids_of(hr.goals(w.e)), std::vector<RecordId>{c.shared_goal.record()});
}

TEST_F(PolicyRulesTerms, SponsorWithoutProgressTermSeesNoSharedGoals) {
  start(SponsorTerms{.shared_goal_progress = false});
  const View hr = w.view(w.sponsor_hr());
  EXPECT_TRUE(hr.goals(w.e).empty());
  EXPECT_TRUE(hr.milestones(w.e).empty());
  EXPECT_THROW(hr.goal(c.shared_goal), AccessDenied);
  EXPECT_EQ(hr.sessions(w.e).size(), 1u);
}

TEST_F(PolicyRulesTerms, UnsharedGoalsReachTheSponsorRedactedWhenTheAgreementSaysSo) {
  start(SponsorTerms{.redacted_unshared_goals = true});
  const View hr = w.view(w.sponsor_hr());
  const std::vector<Goal> goals = hr.goals(w.e);
  ASSERT_EQ(ids_of(goals),
            (std::vector<RecordId>{c.shared_goal.record(), c.unshared_goal.record()}));
  EXPECT_FALSE(goals[0].meta.redacted);
  EXPECT_EQ(goals[0].title, "Delegate two decisions a week");
  const Goal& line = goals[1];
  EXPECT_TRUE(line.meta.redacted);
  EXPECT_TRUE(line.title.empty());
  EXPECT_TRUE(line.description.empty());
  EXPECT_TRUE(line.metric.empty());
  EXPECT_TRUE(line.unit.empty());
  EXPECT_TRUE(line.history.empty());
  EXPECT_EQ(line.baseline, 0.0);
  EXPECT_EQ(line.target, 0.0);
  EXPECT_EQ(line.status, GoalStatus::proposed);
  EXPECT_EQ(line.due, testing::day(2026, 7, 31));
  const Goal looked_up = hr.goal(c.unshared_goal);
  EXPECT_TRUE(looked_up.meta.redacted);
  EXPECT_TRUE(looked_up.title.empty());
  // Only goals are redacted: the unshared goal's milestone stays hidden.
  EXPECT_EQ(ids_of(hr.milestones(w.e)), std::vector<RecordId>{c.shared_milestone.record()});
  // The coach still gets the full goal.
  EXPECT_EQ(w.view(w.coach()).goal(c.unshared_goal).title, "Leave work by six");
}

TEST_F(PolicyRules, UnsharedGoalsAreAbsentWhenTheAgreementDoesNotSayRedacted) {
  const View hr = w.view(w.sponsor_hr());
  EXPECT_FALSE(lists(hr.goals(w.e), c.unshared_goal.record()));
  EXPECT_THROW(hr.goal(c.unshared_goal), AccessDenied);
}

TEST_F(PolicyRules, MilestonesFollowTheSharingOfTheirGoal) {
  // Spec: sponsor scope holds the goals the client agreed to share *and their milestones*.
  const View hr = w.view(w.sponsor_hr());
  ASSERT_TRUE(lists(hr.milestones(w.e), c.shared_milestone.record()));
  // The client withdraws the goal: its title and its milestone must both disappear.
  w.practice.set_goal_shared(w.client(), c.shared_goal, false);
  EXPECT_FALSE(lists(hr.goals(w.e), c.shared_goal.record()));
  EXPECT_FALSE(lists(hr.milestones(w.e), c.shared_milestone.record()))
      << "a milestone of a goal the client stopped sharing is still sponsor-visible";
  // And sharing a goal shares the milestones it already has.
  w.practice.set_goal_shared(w.client(), c.unshared_goal, true);
  EXPECT_TRUE(lists(hr.goals(w.e), c.unshared_goal.record()));
  EXPECT_TRUE(lists(hr.milestones(w.e), c.unshared_milestone.record()))
      << "a milestone of a newly shared goal is not sponsor-visible";
}

TEST_F(PolicyRules, OnlyListedContactsOfTheSponsoringOrganizationSeeTheEngagement) {
  const std::string missing =
      message_of<NotFound>([&] { (void)w.view(w.sponsor_colleague()).engagement(EngagementId{}); });
  for (const Actor& other : {w.sponsor_colleague(), w.sponsor_outsider()}) {
    SCOPED_TRACE(other.to_string());
    const View v = w.view(other);
    EXPECT_FALSE(lists_engagement(v.engagements(), w.e));
    EXPECT_EQ(message_of<NotFound>([&] { (void)v.engagement(w.e); }), missing);
    EXPECT_THROW(v.sessions(w.e), NotFound);
    EXPECT_THROW(v.goals(w.e), NotFound);
    EXPECT_EQ(message_of<NotFound>([&] { (void)v.goal(c.shared_goal); }),
              message_of<NotFound>([&] { (void)v.goal(GoalId{}); }));
    EXPECT_EQ(message_of<NotFound>([&] { (void)v.session(c.session); }),
              message_of<NotFound>([&] { (void)v.session(SessionId{}); }));
  }
  // The outsider does see their own organization's engagement.
  EXPECT_TRUE(lists_engagement(w.view(w.sponsor_outsider()).engagements(), w.other_e));
}

// ---- Admins --------------------------------------------------------------------------------

TEST_F(PolicyRules, AdminsSeeOperationalRecordsOnly) {
  const View v = w.view(w.admin());
  EXPECT_TRUE(lists_engagement(v.engagements(), w.e));
  EXPECT_TRUE(lists_engagement(v.engagements(), w.other_e));
  EXPECT_EQ(ids_of(v.sessions(w.e)), std::vector<RecordId>{c.session.record()});
  EXPECT_EQ(ids_of(v.notes(w.e)), std::vector<RecordId>{c.operational_note.record()});
  EXPECT_EQ(v.note(c.operational_note).text, "Room 4 booked");
  EXPECT_TRUE(v.goals(w.e).empty());  // Not even shared goals: those are for the sponsor.
  EXPECT_TRUE(v.milestones(w.e).empty());
  EXPECT_TRUE(v.beliefs(w.e).empty());
  EXPECT_TRUE(v.action_items(w.e).empty());
  EXPECT_TRUE(v.referrals(w.e).empty());
  EXPECT_TRUE(v.consents(w.e).empty());
  EXPECT_THROW(v.note(c.session_note), AccessDenied);
  EXPECT_THROW(v.note(c.process_note), AccessDenied);
  EXPECT_THROW(v.note(c.journal), AccessDenied);
  EXPECT_THROW(v.goal(c.shared_goal), AccessDenied);
  EXPECT_THROW(v.belief(c.belief), AccessDenied);
  // Admins cannot be granted consent at all.
  EXPECT_THROW(w.consent(w.admin(), {c.session_note.record()}), ValidationError);
}

// ---- Rule 3: coaches -----------------------------------------------------------------------

TEST_F(PolicyRules, ACoachSeesOnlyTheirOwnEngagements) {
  const View stranger = w.view(w.stranger());
  const std::vector<Engagement> mine = stranger.engagements();
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].id, w.other_e);
  EXPECT_THROW(stranger.engagement(w.e), NotFound);
  EXPECT_THROW(stranger.notes(w.e), NotFound);
  EXPECT_THROW(stranger.beliefs(w.e), NotFound);
  EXPECT_THROW(stranger.note(c.session_note), NotFound);
  EXPECT_THROW(stranger.belief(c.belief), NotFound);
  const View coach = w.view(w.coach());
  EXPECT_EQ(coach.engagements().size(), 1u);
  EXPECT_THROW(coach.engagement(w.other_e), NotFound);
  EXPECT_THROW(coach.sessions(w.other_e), NotFound);
}

TEST_F(PolicyRules, CoachPrivateNotesAreForTheirAuthorOnly) {
  EXPECT_EQ(w.view(w.coach()).note(c.process_note).text, "My hunch: perfectionism");
  EXPECT_TRUE(lists(w.view(w.coach()).notes(w.e), c.process_note.record()));
  for (const Actor& a : {w.client(), w.sponsor_hr(), w.admin()}) {
    SCOPED_TRACE(a.to_string());
    EXPECT_FALSE(lists(w.view(a).notes(w.e), c.process_note.record()));
    EXPECT_THROW(w.view(a).note(c.process_note), AccessDenied);
  }
  // Never by consent: naming it is refused, and a consent to the kind does not reach it.
  EXPECT_THROW(w.consent(w.supervisor(), {c.process_note.record()}), ValidationError);
  w.consent(w.supervisor(), {}, {RecordKind::note});
  const View sup = w.view(w.supervisor());
  EXPECT_TRUE(lists(sup.notes(w.e), c.session_note.record()));
  EXPECT_FALSE(lists(sup.notes(w.e), c.process_note.record()));
  EXPECT_THROW(sup.note(c.process_note), AccessDenied);
}

TEST_F(PolicyRules, ClientPrivateRecordsAreTheClientsUnlessShared) {
  const View coach = w.view(w.coach());
  EXPECT_FALSE(lists(coach.notes(w.e), c.journal.record()));
  EXPECT_THROW(coach.note(c.journal), AccessDenied);
  EXPECT_THROW(coach.belief(c.private_belief), AccessDenied);
  EXPECT_EQ(w.view(w.client()).note(c.journal).text, "I felt small today");

  // Shared with the coach by record: that record only.
  w.consent(w.coach(), {c.journal.record()}, {}, 30, "coaching");
  EXPECT_EQ(coach.note(c.journal).text, "I felt small today");
  EXPECT_THROW(coach.belief(c.private_belief), AccessDenied);
  // A consent to the whole kind does not open private entries; naming the record does.
  w.consent(w.supervisor(), {}, {RecordKind::belief});
  EXPECT_THROW(w.view(w.supervisor()).belief(c.private_belief), AccessDenied);
  w.consent(w.supervisor(), {c.private_belief.record()});
  EXPECT_EQ(w.view(w.supervisor()).belief(c.private_belief).statement, "My worth is my output");
  // A sponsor with a consent to the note kind still needs per-record consent for private notes.
  w.consent(w.sponsor_hr(), {}, {RecordKind::note});
  EXPECT_FALSE(lists(w.view(w.sponsor_hr()).notes(w.e), c.journal.record()));
  w.consent(w.sponsor_hr(), {c.journal.record()});
  EXPECT_TRUE(lists(w.view(w.sponsor_hr()).notes(w.e), c.journal.record()));
  // Nobody else.
  EXPECT_THROW(w.view(w.admin()).note(c.journal), AccessDenied);
  EXPECT_THROW(w.view(w.sponsor_manager()).note(c.journal), AccessDenied);
}

// ---- Consent -------------------------------------------------------------------------------

TEST_F(PolicyRules, SupervisorSeesNothingWithoutConsent) {
  const View sup = w.view(w.supervisor());
  EXPECT_FALSE(lists_engagement(sup.engagements(), w.e));
  EXPECT_THROW(sup.engagement(w.e), NotFound);
  EXPECT_THROW(sup.sessions(w.e), NotFound);
  EXPECT_THROW(sup.note(c.session_note), NotFound);
}

TEST_F(PolicyRules, SupervisorOfAnotherCoachSeesNothingEvenWithConsent) {
  w.consent(w.other_supervisor(), {}, {RecordKind::note, RecordKind::session});
  const View v = w.view(w.other_supervisor());
  EXPECT_FALSE(lists_engagement(v.engagements(), w.e));
  EXPECT_THROW(v.notes(w.e), NotFound);
  EXPECT_THROW(v.note(c.session_note), NotFound);
}

TEST_F(PolicyRules, ConsentByRecordCoversThatRecordOnly) {
  const NoteId other_note = w.practice.add_note(w.coach(), w.e, {Scope::coaching, "Second", {}});
  w.consent(w.supervisor(), {c.session_note.record()});
  const View sup = w.view(w.supervisor());
  EXPECT_TRUE(lists_engagement(sup.engagements(), w.e));
  EXPECT_EQ(ids_of(sup.notes(w.e)), std::vector<RecordId>{c.session_note.record()});
  EXPECT_THROW(sup.note(other_note), AccessDenied);
  EXPECT_TRUE(sup.sessions(w.e).empty());  // Operational records need consent too.
  EXPECT_TRUE(sup.beliefs(w.e).empty());
}

TEST_F(PolicyRules, ConsentByKindCoversEveryRecordOfTheKind) {
  const NoteId later = w.practice.add_note(w.coach(), w.e, {Scope::coaching, "Second", {}});
  w.consent(w.supervisor(), {}, {RecordKind::note, RecordKind::session});
  const View sup = w.view(w.supervisor());
  // Operational and coaching notes; never coach_private ones, and never the client's
  // private journal, which is shared only record by record.
  EXPECT_EQ(ids_of(sup.notes(w.e)),
            (std::vector<RecordId>{c.operational_note.record(), c.session_note.record(),
                                   later.record()}));
  EXPECT_EQ(sup.sessions(w.e).size(), 1u);
  EXPECT_TRUE(sup.goals(w.e).empty());
  // Notes written after the consent are covered too.
  const NoteId newest = w.practice.add_note(w.coach(), w.e, {Scope::coaching, "Third", {}});
  EXPECT_EQ(sup.note(newest).text, "Third");
}

TEST_F(PolicyRules, ConsentAppliesOnlyWithinItsPeriod) {
  ConsentSpec spec;
  spec.grantee = w.supervisor();
  spec.kinds = {RecordKind::note};
  spec.purpose = "supervision";
  spec.from = w.clock.today().plus_days(2);
  spec.to = w.clock.today().plus_days(4);
  w.practice.grant_consent(w.client(), w.e, spec);
  const View sup = w.view(w.supervisor());
  EXPECT_THROW(sup.notes(w.e), NotFound);  // Not yet.
  w.clock.advance_days(2);
  EXPECT_EQ(sup.note(c.session_note).text, "Talked about delegating the budget");  // First day.
  w.clock.advance_days(2);
  EXPECT_NO_THROW(sup.note(c.session_note));  // Last day, inclusive.
  w.clock.advance_days(1);
  EXPECT_THROW(sup.note(c.session_note), NotFound);  // Over.
  EXPECT_FALSE(lists_engagement(sup.engagements(), w.e));
}

TEST_F(PolicyRules, RevocationStopsFutureAccessAndKeepsThePastOnRecord) {
  const ConsentId consent = w.consent(w.supervisor(), {c.session_note.record()});
  const View sup = w.view(w.supervisor());
  EXPECT_EQ(sup.note(c.session_note).text, "Talked about delegating the budget");
  w.clock.advance_seconds(60);
  w.practice.revoke_consent(w.client(), consent);
  EXPECT_THROW(sup.note(c.session_note), NotFound);
  EXPECT_FALSE(lists_engagement(sup.engagements(), w.e));
  EXPECT_THROW(w.practice.revoke_consent(w.client(), consent), Conflict);
  // The read made while the consent was in force stays in the client's access log.
  const std::vector<AuditEntry> log = w.view(w.client()).access_log(w.client_id);
  bool read_before = false;
  for (const AuditEntry& e : log) {
    read_before |= e.viewer == w.supervisor() && e.action == AuditAction::read &&
                   e.record == c.session_note.record() && e.outcome == AuditOutcome::allowed;
  }
  EXPECT_TRUE(read_before);
  // The consent record itself shows the revocation to the client.
  const std::vector<Consent> consents = w.view(w.client()).consents(w.e);
  ASSERT_EQ(consents.size(), 1u);
  EXPECT_TRUE(consents[0].revoked.has_value());
}

TEST_F(PolicyRules, ConsentsAreListedForTheClientAndTheCoachOnly) {
  w.consent(w.supervisor(), {c.session_note.record()});
  EXPECT_EQ(w.view(w.client()).consents(w.e).size(), 1u);
  EXPECT_EQ(w.view(w.coach()).consents(w.e).size(), 1u);
  EXPECT_TRUE(w.view(w.supervisor()).consents(w.e).empty());
  EXPECT_TRUE(w.view(w.sponsor_hr()).consents(w.e).empty());
  EXPECT_TRUE(w.view(w.admin()).consents(w.e).empty());
  // Consents cannot be shared, nor disclosures or referrals.
  EXPECT_THROW(w.consent(w.supervisor(), {}, {RecordKind::consent}), ValidationError);
  EXPECT_THROW(w.consent(w.supervisor(), {}, {RecordKind::disclosure}), ValidationError);
  EXPECT_THROW(w.consent(w.supervisor(), {}, {RecordKind::referral}), ValidationError);
  // Only the client grants.
  ConsentSpec spec;
  spec.grantee = w.supervisor();
  spec.records = {c.session_note.record()};
  spec.purpose = "supervision";
  spec.from = w.clock.today();
  spec.to = w.clock.today();
  EXPECT_THROW(w.practice.grant_consent(w.coach(), w.e, spec), AccessDenied);
  EXPECT_THROW(w.practice.grant_consent(w.sponsor_hr(), w.e, spec), AccessDenied);
}

// ---- Handover ------------------------------------------------------------------------------

TEST_F(PolicyRules, HandoverMovesTheEngagementButNotTheContainer) {
  w.consent(w.coach(), {c.journal.record()}, {}, 90, "coaching");
  EXPECT_EQ(w.view(w.coach()).note(c.journal).text, "I felt small today");
  w.practice.hand_over(w.admin(), w.e, w.successor_id);
  const NoteId after =
      w.practice.add_note(w.successor(), w.e, {Scope::coaching, "Fresh start", {}});
  const BeliefId later_belief = w.practice.add_belief(
      w.client(), w.e, belief_spec("New boss, new me", testing::day(2026, 4, 1)));

  // The previous coach loses the engagement entirely, their own process notes included.
  const View old = w.view(w.coach());
  EXPECT_TRUE(old.engagements().empty());
  EXPECT_THROW(old.engagement(w.e), NotFound);
  EXPECT_THROW(old.notes(w.e), NotFound);
  EXPECT_THROW(old.note(c.session_note), NotFound);
  EXPECT_THROW(old.note(c.process_note), NotFound);
  EXPECT_THROW(old.belief(c.belief), NotFound);

  // The new coach runs it: operational and shared records, and what was created since.
  const View next = w.view(w.successor());
  EXPECT_TRUE(lists_engagement(next.engagements(), w.e));
  EXPECT_EQ(next.sessions(w.e).size(), 1u);
  EXPECT_TRUE(lists(next.goals(w.e), c.shared_goal.record()));
  EXPECT_FALSE(lists(next.goals(w.e), c.unshared_goal.record()));
  EXPECT_EQ(ids_of(next.beliefs(w.e)), std::vector<RecordId>{later_belief.record()});
  EXPECT_EQ(ids_of(next.notes(w.e)),
            (std::vector<RecordId>{c.operational_note.record(), after.record()}));
  EXPECT_THROW(next.note(c.session_note), AccessDenied);
  EXPECT_THROW(next.belief(c.belief), AccessDenied);
  EXPECT_TRUE(next.referrals(w.e).empty());
  // A consent to the previous coach does not follow the engagement to the new one.
  EXPECT_THROW(next.note(c.journal), AccessDenied);

  // With the client's consent the earlier coaching records follow; coach_private never does.
  w.consent(w.successor(), {}, {RecordKind::note, RecordKind::belief}, 90, "handover");
  EXPECT_EQ(next.note(c.session_note).text, "Talked about delegating the budget");
  EXPECT_EQ(next.belief(c.belief).statement, "If I don't check everything it will fail");
  EXPECT_THROW(next.note(c.process_note), AccessDenied);
  EXPECT_FALSE(lists(next.notes(w.e), c.process_note.record()));
  // Consent by kind does not reach the client's private records of that kind.
  EXPECT_THROW(next.belief(c.private_belief), AccessDenied);
  EXPECT_THROW(w.consent(w.successor(), {c.process_note.record()}), ValidationError);
  EXPECT_THROW(w.consent(w.successor(), {c.referral.record()}), ValidationError);
  EXPECT_TRUE(next.fears(w.e).empty());  // Fears were not part of the consent.
}

TEST_F(PolicyRules, AReturningCoachSeesOnlyWhatTheyWroteOrWhatIsNewOrConsented) {
  w.practice.hand_over(w.admin(), w.e, w.successor_id);
  const NoteId by_successor =
      w.practice.add_note(w.successor(), w.e, {Scope::coach_private, "Successor's hunch", {}});
  w.practice.hand_over(w.successor(), w.e, w.coach_id);
  const View back = w.view(w.coach());
  EXPECT_TRUE(lists_engagement(back.engagements(), w.e));
  EXPECT_EQ(back.note(c.process_note).text, "My hunch: perfectionism");             // Their own.
  EXPECT_EQ(back.note(c.session_note).text, "Talked about delegating the budget");  // Theirs.
  EXPECT_THROW(back.note(by_successor), AccessDenied);
  EXPECT_THROW(back.belief(c.belief), AccessDenied);  // The client's, from the first tenure.
  EXPECT_THROW(w.view(w.successor()).note(by_successor), NotFound);
}

// ---- Rule 4: disclosure --------------------------------------------------------------------

TEST_F(PolicyRules, OnlyTheCurrentCoachMayDiscloseAndEveryAttemptIsAudited) {
  auto disclosure_entries = [&](const Actor& who, AuditOutcome outcome) {
    std::size_t n = 0;
    for (const AuditEntry& e : w.view(w.admin()).audit_trail()) {
      n += e.action == AuditAction::disclose && e.viewer == who && e.outcome == outcome &&
           e.record == c.session_note.record();
    }
    return n;
  };
  const DisclosureSpec spec{c.session_note.record(), DisclosureReason::danger_to_self,
                            "Client described a plan to harm themselves", "Regional crisis team"};
  EXPECT_THROW(w.practice.disclose(w.sponsor_hr(), spec), AccessDenied);
  EXPECT_EQ(disclosure_entries(w.sponsor_hr(), AuditOutcome::denied), 1u);
  EXPECT_THROW(w.practice.disclose(w.admin(), spec), AccessDenied);
  EXPECT_EQ(disclosure_entries(w.admin(), AuditOutcome::denied), 1u);
  EXPECT_THROW(w.practice.disclose(w.client(), spec), AccessDenied);
  EXPECT_EQ(disclosure_entries(w.client(), AuditOutcome::denied), 1u);
  EXPECT_THROW(w.practice.disclose(w.sponsor_outsider(), spec), NotFound);
  EXPECT_EQ(disclosure_entries(w.sponsor_outsider(), AuditOutcome::denied), 1u);
  EXPECT_THROW(w.practice.disclose(w.stranger(), spec), NotFound);
  EXPECT_EQ(disclosure_entries(w.stranger(), AuditOutcome::denied), 1u);
  // A supervisor with consent to read the note still may not break glass.
  w.consent(w.supervisor(), {c.session_note.record()});
  EXPECT_THROW(w.practice.disclose(w.supervisor(), spec), AccessDenied);
  EXPECT_EQ(disclosure_entries(w.supervisor(), AuditOutcome::denied), 1u);
  EXPECT_TRUE(w.view(w.client()).disclosures(w.e).empty());

  const DisclosureId d = w.practice.disclose(w.coach(), spec);
  EXPECT_EQ(disclosure_entries(w.coach(), AuditOutcome::allowed), 1u);
  const std::vector<Disclosure> seen = w.view(w.client()).disclosures(w.e);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].id(), d);
  EXPECT_EQ(seen[0].reason, DisclosureReason::danger_to_self);
  EXPECT_EQ(seen[0].disclosed, c.session_note.record());
  EXPECT_EQ(w.view(w.coach()).disclosures(w.e).size(), 1u);
  EXPECT_TRUE(w.view(w.sponsor_hr()).disclosures(w.e).empty());
  EXPECT_TRUE(w.view(w.admin()).disclosures(w.e).empty());
  EXPECT_TRUE(w.view(w.supervisor()).disclosures(w.e).empty());
}

TEST_F(PolicyRules, DisclosureIsRefusedForTheClientsJournalAndNeedsAJustification) {
  EXPECT_THROW(
      w.practice.disclose(w.coach(), {c.journal.record(), DisclosureReason::legal_requirement,
                                      "Court order 12/26", "District court"}),
      AccessDenied);
  // Even with consent to read the journal: break glass never reaches client_private.
  w.consent(w.coach(), {c.journal.record()});
  EXPECT_THROW(
      w.practice.disclose(w.coach(), {c.journal.record(), DisclosureReason::legal_requirement,
                                      "Court order 12/26", "District court"}),
      AccessDenied);
  EXPECT_THROW(w.practice.disclose(w.coach(), {c.session_note.record(),
                                               DisclosureReason::illegal_activity, "", "Police"}),
               ValidationError);
  // After a handover the previous coach can no longer disclose.
  w.practice.hand_over(w.admin(), w.e, w.successor_id);
  EXPECT_THROW(
      w.practice.disclose(w.coach(), {c.session_note.record(), DisclosureReason::illegal_activity,
                                      "Fraud", "Police"}),
      NotFound);
  EXPECT_TRUE(w.view(w.client()).disclosures(w.e).empty());
}

// ---- Therapy referral ----------------------------------------------------------------------

TEST_F(PolicyRules, TherapyReferralIsCoachOnly) {
  const ReferralSpec spec{testing::day(2026, 3, 9), "Panic attacks", "Dr. Ines Varga"};
  EXPECT_THROW(w.practice.refer_to_therapist(w.client(), w.e, spec), AccessDenied);
  EXPECT_THROW(w.practice.refer_to_therapist(w.admin(), w.e, spec), AccessDenied);
  EXPECT_THROW(w.practice.refer_to_therapist(w.sponsor_hr(), w.e, spec), AccessDenied);
  EXPECT_THROW(w.practice.refer_to_therapist(w.stranger(), w.e, spec), NotFound);

  const std::vector<Referral> mine = w.view(w.coach()).referrals(w.e);
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].referred_to, "Dr. Ines Varga");
  EXPECT_EQ(mine[0].meta.scope, Scope::coach_private);
  w.consent(w.supervisor(), {}, {RecordKind::note});
  for (const Actor& a : {w.client(), w.sponsor_hr(), w.admin(), w.supervisor()}) {
    SCOPED_TRACE(a.to_string());
    EXPECT_TRUE(w.view(a).referrals(w.e).empty());
  }
  EXPECT_THROW(w.consent(w.supervisor(), {c.referral.record()}), ValidationError);
  EXPECT_THROW(w.consent(w.supervisor(), {}, {RecordKind::referral}), ValidationError);
  w.practice.hand_over(w.admin(), w.e, w.successor_id);
  EXPECT_TRUE(w.view(w.successor()).referrals(w.e).empty());
}

}  // namespace
}  // namespace libcoach
