// The rules commands enforce beyond field validation: ids must name existing records of the
// same engagement, lifecycles move only along their allowed transitions, only the right
// party may act, and scopes follow the confidentiality rules. Every refused command must
// leave the practice unchanged.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "refusal_check.hpp"

// Command specs are brace-initialised with only the fields a test cares about, as
// commands.hpp intends ("optional fields have defaults"); -Wextra would flag every member
// left out that has no default member initializer.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace libcoach {
namespace {

Date day(int y, unsigned m, unsigned d) {
  return Date::from_ymd(y, m, d);
}

// Three engagements: `e` (sponsored three-way), `second` (same coach, another client) and
// `foreign` (another coach and client), so that cross-engagement ids can be tried both by
// someone who can reach both engagements and by someone who cannot.
struct World {
  Practice practice{PracticeOptions{stepping_clock(Timestamp::at(day(2026, 3, 2), 9)), 2718}};
  Actor admin;
  OrganizationId org, other_org;
  SponsorContactId manager_id, hr_id, outsider_id;
  CoachId coach_id, other_coach_id;
  ClientId client_id, second_client_id, other_client_id;
  SupervisorId supervisor_id;
  EngagementId e, second, foreign;
  SessionId session, second_session;
  GoalId goal, second_goal, foreign_goal;
  NoteId note, process_note;
  BeliefId belief, second_belief;
  MilestoneId milestone;
  ActionItemId action;
  HabitId habit;
  SkillId skill;
  ReferralId referral;

  static Agreement agreement() {
    Agreement a;
    a.start = day(2026, 3, 2);
    a.end = day(2026, 9, 30);
    a.session_allotment = 10;
    a.confidentiality_terms = "Content stays in the room; limits as agreed.";
    a.agreed_on = day(2026, 2, 20);
    return a;
  }

  EngagementId open(CoachId c, ClientId cl, std::optional<OrganizationId> sponsor = std::nullopt,
                    std::vector<SponsorContactId> contacts = {}) {
    const EngagementId id = practice.propose_engagement(admin, {c, cl, sponsor, contacts});
    practice.set_agreement(admin, id, agreement());
    practice.set_engagement_status(admin, id, EngagementStatus::active);
    return id;
  }

  BeliefId add_belief(const Actor& by, EngagementId in) {
    BeliefSpec b;
    b.statement = "If I don't check everything, it will fail.";
    b.category = "control";
    b.strength = 8;
    b.on = day(2026, 3, 9);
    return practice.add_belief(by, in, b);
  }

  World() {
    admin =
        Actor::admin(practice.add_first_admin({"Morgan Ellery", "morgan@practice.example.org"}));
    org = practice.add_organization(admin, "Kelpie Analytics");
    other_org = practice.add_organization(admin, "Marram Foods");
    manager_id = practice.add_sponsor_contact(
        admin, {org, "Tomasz Brennan", "tomasz@kelpie.example.com", ContactRole::manager});
    hr_id = practice.add_sponsor_contact(
        admin, {org, "Leila Moreau", "leila@kelpie.example.com", ContactRole::hr});
    outsider_id = practice.add_sponsor_contact(
        admin, {other_org, "Kofi Ansah", "kofi@marram.example.com", ContactRole::hr});
    coach_id = practice.add_coach(admin, {"Priya Mensah", "priya@coach.example.org"});
    other_coach_id = practice.add_coach(admin, {"Henrik Larsen", "henrik@coach.example.org"});
    supervisor_id = practice.add_supervisor(
        admin, {"Astrid Holm", "astrid@supervision.example.net", {coach_id}});
    client_id = practice.add_client(admin, {"Ada Okafor", "ada@kelpie.example.com", org});
    second_client_id = practice.add_client(admin, {"Mateo Castillo", "mateo@example.net"});
    other_client_id = practice.add_client(admin, {"Grace Rossi", "grace@example.net"});

    e = open(coach_id, client_id, org, {manager_id, hr_id});
    second = open(coach_id, second_client_id);
    foreign = open(other_coach_id, other_client_id);

    session = practice.schedule_session(admin, e, {Timestamp::at(day(2026, 3, 9), 10)});
    practice.set_session_status(coach(), session, SessionStatus::held);
    second_session =
        practice.schedule_session(admin, second, {Timestamp::at(day(2026, 3, 10), 10)});
    goal = practice.add_goal(coach(), e, {"Delegate two decisions a week"});
    second_goal = practice.add_goal(coach(), second, {"Leave work by 18:00 four days a week"});
    foreign_goal = practice.add_goal(other_coach(), foreign, {"Speak up in every meeting"});
    note = practice.add_note(coach(), e, {Scope::coaching, "Explored delegation.", session});
    process_note = practice.add_note(coach(), e, {Scope::coach_private, "Control under pressure."});
    belief = add_belief(coach(), e);
    second_belief = add_belief(coach(), second);
    milestone = practice.add_milestone(coach(), e, {goal, "Team lead owns supplier decisions"});
    action = practice.add_action_item(client(), e, {goal, "List the decisions only I can make"});
    habit = practice.add_habit(client(), e, {goal, "Ask what they propose"});
    skill = practice.add_skill(coach(), e, {"delegation"});
    referral = practice.refer_to_therapist(coach(), e,
                                           {day(2026, 4, 1), "Low mood for months.", "Dr. Veld"});
  }

  Actor coach() const { return Actor::coach(coach_id); }
  Actor other_coach() const { return Actor::coach(other_coach_id); }
  Actor client() const { return Actor::client(client_id); }
  Actor second_client() const { return Actor::client(second_client_id); }
  Actor manager() const { return Actor::sponsor(manager_id); }
  Actor outsider() const { return Actor::sponsor(outsider_id); }
  Actor supervisor() const { return Actor::supervisor(supervisor_id); }
};

ConsentSpec access_consent(Actor grantee, std::vector<RecordKind> kinds,
                           std::vector<RecordId> records = {}) {
  ConsentSpec c;
  c.grantee = grantee;
  c.kinds = std::move(kinds);
  c.records = std::move(records);
  c.purpose = "supervision";
  c.from = day(2026, 3, 1);
  c.to = day(2026, 12, 31);
  return c;
}

// ---- Unknown ids ----------------------------------------------------------------------------

TEST(UnknownIds, AreNotFound) {
  World w;
  IdSource fresh(99);
  const auto nobody_e = fresh.next_id<EngagementId>();
  const auto coach = w.coach();
  const auto client = w.client();
  const Date on = day(2026, 4, 1);

  EXPECT_REFUSED(w, NotFound, w.practice.set_agreement(w.admin, nobody_e, World::agreement()));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.set_engagement_status(w.admin, nobody_e, EngagementStatus::paused));
  EXPECT_REFUSED(w, NotFound, w.practice.hand_over(w.admin, nobody_e, w.other_coach_id));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.schedule_session(w.admin, nobody_e, {Timestamp::at(on, 10)}));
  EXPECT_REFUSED(w, NotFound, w.practice.add_note(coach, nobody_e, {Scope::coaching, "Text."}));
  EXPECT_REFUSED(w, NotFound, w.practice.add_goal(coach, nobody_e, {"A goal"}));
  EXPECT_REFUSED(w, NotFound, w.practice.add_value(coach, nobody_e, {"family"}));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.grant_consent(client, nobody_e,
                                          access_consent(w.supervisor(), {RecordKind::note})));

  EXPECT_REFUSED(
      w, NotFound,
      w.practice.set_session_status(coach, fresh.next_id<SessionId>(), SessionStatus::held));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.record_goal_progress(coach, fresh.next_id<GoalId>(), on, 1.0));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.set_goal_status(coach, fresh.next_id<GoalId>(), GoalStatus::active));
  EXPECT_REFUSED(w, NotFound, w.practice.set_goal_shared(client, fresh.next_id<GoalId>(), true));
  EXPECT_REFUSED(w, NotFound, w.practice.add_milestone(coach, w.e, {fresh.next_id<GoalId>(), "M"}));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.add_action_item(coach, w.e, {fresh.next_id<GoalId>(), "Do it"}));
  EXPECT_REFUSED(w, NotFound, w.practice.add_habit(coach, w.e, {fresh.next_id<GoalId>(), "Walk"}));
  EXPECT_REFUSED(w, NotFound, w.practice.reach_milestone(coach, fresh.next_id<MilestoneId>(), on));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.complete_action_item(coach, fresh.next_id<ActionItemId>(), on));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.check_in_habit(client, fresh.next_id<HabitId>(), on, true));
  EXPECT_REFUSED(w, NotFound, w.practice.rate_skill(coach, fresh.next_id<SkillId>(), on, 5));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.record_belief_strength(coach, fresh.next_id<BeliefId>(), on, 5));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.reframe_belief(client, fresh.next_id<BeliefId>(), "A reframe."));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.link_inner_to_goal(coach, fresh.next_id<BeliefId>().record(), w.goal));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.link_inner_to_goal(coach, w.belief.record(), fresh.next_id<GoalId>()));
  EXPECT_REFUSED(w, NotFound, w.practice.revoke_consent(client, fresh.next_id<ConsentId>()));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.disclose(
                     coach, {fresh.next_id<NoteId>().record(), DisclosureReason::danger_to_self,
                             "Imminent risk.", "Emergency services"}));
  EXPECT_REFUSED(
      w, NotFound,
      w.practice.add_note(coach, w.e,
                          {Scope::coaching, "About a session.", fresh.next_id<SessionId>()}));
}

TEST(UnknownIds, PartiesMustExist) {
  World w;
  IdSource fresh(98);
  const auto ghost_coach = fresh.next_id<CoachId>();
  const auto ghost_client = fresh.next_id<ClientId>();
  const auto ghost_org = fresh.next_id<OrganizationId>();
  EXPECT_REFUSED(w, NotFound, w.practice.propose_engagement(w.admin, {ghost_coach, w.client_id}));
  EXPECT_REFUSED(w, NotFound, w.practice.propose_engagement(w.admin, {w.coach_id, ghost_client}));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.propose_engagement(w.admin, {w.coach_id, w.client_id, ghost_org}));
  EXPECT_REFUSED(
      w, NotFound,
      w.practice.propose_engagement(
          w.admin, {w.coach_id, w.client_id, w.org, {fresh.next_id<SponsorContactId>()}}));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.add_client(w.admin, {"Jun Sato", "jun@example.net", ghost_org}));
  EXPECT_REFUSED(
      w, NotFound,
      w.practice.add_sponsor_contact(w.admin, {ghost_org, "Jun Sato", "jun@example.net"}));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.add_supervisor(
                     w.admin, {"Jun Sato", "jun@example.net", {w.coach_id, ghost_coach}}));
  EXPECT_REFUSED(w, NotFound, w.practice.hand_over(w.admin, w.e, ghost_coach));
  // A consent to someone who is not a party of the practice.
  EXPECT_REFUSED(
      w, NotFound,
      w.practice.grant_consent(w.client(), w.e,
                               access_consent(Actor::coach(ghost_coach), {RecordKind::note})));
  // A view of an id that does not exist reveals nothing either.
  EXPECT_THROW((void)w.practice.view(w.admin).engagement(fresh.next_id<EngagementId>()), NotFound);
  EXPECT_THROW((void)w.practice.view(w.coach()).goal(fresh.next_id<GoalId>()), NotFound);
}

// ---- Ids of another engagement ----------------------------------------------------------------

TEST(CrossEngagement, OuterWorkMustReferToGoalsOfTheSameEngagement) {
  World w;
  for (const GoalId other : {w.second_goal, w.foreign_goal}) {
    EXPECT_REFUSED(w, Conflict, w.practice.add_milestone(w.coach(), w.e, {other, "Milestone"}));
    EXPECT_REFUSED(w, Conflict, w.practice.add_action_item(w.coach(), w.e, {other, "Action"}));
    EXPECT_REFUSED(w, Conflict, w.practice.add_habit(w.coach(), w.e, {other, "Habit"}));
  }
  EXPECT_TRUE(w.practice.view(w.coach()).milestones(w.second).empty());
}

TEST(CrossEngagement, NoteAboutASessionOfAnotherEngagement) {
  World w;
  EXPECT_REFUSED(
      w, Conflict,
      w.practice.add_note(w.coach(), w.e, {Scope::coaching, "Session notes.", w.second_session}));
  EXPECT_EQ(w.practice.view(w.coach()).notes(w.e).size(), 2u);
}

TEST(CrossEngagement, LinkAcrossEngagements) {
  World w;
  // The coach can reach both engagements, so this is a conflict rather than an unknown id.
  EXPECT_REFUSED(w, Conflict,
                 w.practice.link_inner_to_goal(w.coach(), w.second_belief.record(), w.goal));
  EXPECT_REFUSED(w, Conflict,
                 w.practice.link_inner_to_goal(w.coach(), w.belief.record(), w.second_goal));
  EXPECT_TRUE(w.practice.view(w.coach()).links(w.e).empty());
  EXPECT_NO_THROW(w.practice.link_inner_to_goal(w.coach(), w.belief.record(), w.goal));
}

TEST(CrossEngagement, LinksNeedAnInnerItem) {
  World w;
  // A goal, a note or a well-being check-in does not "underlie" a goal.
  EXPECT_REFUSED(w, NotFound, w.practice.link_inner_to_goal(w.coach(), w.goal.record(), w.goal));
  EXPECT_REFUSED(w, NotFound, w.practice.link_inner_to_goal(w.coach(), w.note.record(), w.goal));
  const WellbeingId wb =
      w.practice.check_in_wellbeing(w.client(), w.e, {day(2026, 4, 1), 6, 5, 2, 6});
  EXPECT_REFUSED(w, NotFound, w.practice.link_inner_to_goal(w.coach(), wb.record(), w.goal));
}

TEST(CrossEngagement, ConsentCoversOnlyItsOwnEngagementsRecords) {
  World w;
  EXPECT_REFUSED(
      w, NotFound,
      w.practice.grant_consent(w.client(), w.e,
                               access_consent(w.supervisor(), {}, {w.second_goal.record()})));
}

TEST(CrossEngagement, SponsorContactsBelongToTheSponsor) {
  World w;
  EXPECT_REFUSED(
      w, Conflict,
      w.practice.propose_engagement(w.admin, {w.coach_id, w.client_id, w.org, {w.outsider_id}}));
  EXPECT_REFUSED(
      w, ValidationError,
      w.practice.propose_engagement(w.admin, {w.coach_id, w.client_id, std::nullopt, {w.hr_id}}));
}

TEST(Duplicates, SecondCompletionsAndLinksConflict) {
  World w;
  const Date on = day(2026, 4, 1);
  w.practice.reach_milestone(w.client(), w.milestone, on);
  EXPECT_REFUSED(w, Conflict, w.practice.reach_milestone(w.client(), w.milestone, on.plus_days(1)));
  EXPECT_EQ(w.practice.view(w.coach()).milestones(w.e).front().reached, on);

  w.practice.complete_action_item(w.client(), w.action, on);
  EXPECT_REFUSED(w, Conflict, w.practice.complete_action_item(w.coach(), w.action, on));

  w.practice.link_inner_to_goal(w.coach(), w.belief.record(), w.goal);
  EXPECT_REFUSED(w, Conflict, w.practice.link_inner_to_goal(w.client(), w.belief.record(), w.goal));

  const ConsentId c =
      w.practice.grant_consent(w.client(), w.e, access_consent(w.supervisor(), {RecordKind::note}));
  w.practice.revoke_consent(w.client(), c);
  EXPECT_REFUSED(w, Conflict, w.practice.revoke_consent(w.client(), c));

  EXPECT_REFUSED(w, Conflict, w.practice.add_first_admin({"Jun Sato", "jun@example.org"}));
}

// ---- Lifecycles ---------------------------------------------------------------------------

TEST(EngagementLifecycle, TransitionTable) {
  using S = EngagementStatus;
  const std::array all{S::proposed, S::active, S::paused, S::completed, S::ended_early};
  const std::map<S, std::vector<S>> allowed{
      {S::proposed, {S::active, S::ended_early}},
      {S::active, {S::paused, S::completed, S::ended_early}},
      {S::paused, {S::active, S::ended_early}},
      {S::completed, {}},
      {S::ended_early, {}},
  };
  for (const S from : all) {
    for (const S to : all) {
      const auto& ok = allowed.at(from);
      EXPECT_EQ(is_allowed_transition(from, to), std::find(ok.begin(), ok.end(), to) != ok.end())
          << to_string(from) << " -> " << to_string(to);
    }
  }
}

TEST(EngagementLifecycle, ProposedCannotSkipAhead) {
  World w;
  const EngagementId p = w.practice.propose_engagement(w.admin, {w.coach_id, w.second_client_id});
  w.practice.set_agreement(w.admin, p, World::agreement());
  for (const auto to :
       {EngagementStatus::completed, EngagementStatus::paused, EngagementStatus::proposed}) {
    EXPECT_REFUSED(w, ValidationError, w.practice.set_engagement_status(w.coach(), p, to));
  }
  EXPECT_EQ(w.practice.view(w.admin).engagement(p).status, EngagementStatus::proposed);
}

TEST(EngagementLifecycle, ActivationRequiresAnAgreement) {
  World w;
  const EngagementId p = w.practice.propose_engagement(w.admin, {w.coach_id, w.second_client_id});
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_engagement_status(w.admin, p, EngagementStatus::active));
  EXPECT_EQ(w.practice.view(w.admin).engagement(p).status, EngagementStatus::proposed);
  w.practice.set_agreement(w.admin, p, World::agreement());
  EXPECT_NO_THROW(w.practice.set_engagement_status(w.admin, p, EngagementStatus::active));
  EXPECT_EQ(w.practice.view(w.admin).engagement(p).status, EngagementStatus::active);
}

TEST(EngagementLifecycle, PausedResumesAndProposedMayEndEarly) {
  World w;
  w.practice.set_engagement_status(w.coach(), w.e, EngagementStatus::paused);
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_engagement_status(w.coach(), w.e, EngagementStatus::completed));
  w.practice.set_engagement_status(w.coach(), w.e, EngagementStatus::active);
  EXPECT_EQ(w.practice.view(w.coach()).engagement(w.e).status, EngagementStatus::active);

  const EngagementId p = w.practice.propose_engagement(w.admin, {w.coach_id, w.second_client_id});
  EXPECT_NO_THROW(w.practice.set_engagement_status(w.admin, p, EngagementStatus::ended_early));
}

TEST(EngagementLifecycle, TerminalStatesAreFinal) {
  for (const auto end : {EngagementStatus::completed, EngagementStatus::ended_early}) {
    SCOPED_TRACE(to_string(end));
    World w;
    w.practice.set_engagement_status(w.coach(), w.e, end);
    for (const auto to :
         {EngagementStatus::proposed, EngagementStatus::active, EngagementStatus::paused,
          EngagementStatus::completed, EngagementStatus::ended_early}) {
      EXPECT_REFUSED(w, ValidationError, w.practice.set_engagement_status(w.admin, w.e, to));
    }
    EXPECT_REFUSED(w, ValidationError, w.practice.set_agreement(w.admin, w.e, World::agreement()));
    EXPECT_REFUSED(w, ValidationError,
                   w.practice.schedule_session(w.admin, w.e, {Timestamp::at(day(2026, 5, 4), 9)}));
    EXPECT_REFUSED(w, ValidationError, w.practice.hand_over(w.admin, w.e, w.other_coach_id));
    EXPECT_EQ(w.practice.view(w.admin).engagement(w.e).status, end);
  }
}

TEST(GoalLifecycle, OnlyAllowedTransitions) {
  World w;
  const auto status = [&](GoalId g) { return w.practice.view(w.coach()).goal(g).status; };
  // proposed: may become active or abandoned, nothing else.
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_goal_status(w.coach(), w.goal, GoalStatus::achieved));
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_goal_status(w.coach(), w.goal, GoalStatus::proposed));
  EXPECT_EQ(status(w.goal), GoalStatus::proposed);
  w.practice.set_goal_status(w.client(), w.goal, GoalStatus::active);
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_goal_status(w.coach(), w.goal, GoalStatus::proposed));
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_goal_status(w.coach(), w.goal, GoalStatus::active));
  w.practice.set_goal_status(w.coach(), w.goal, GoalStatus::achieved);
  for (const auto to :
       {GoalStatus::proposed, GoalStatus::active, GoalStatus::achieved, GoalStatus::abandoned}) {
    EXPECT_REFUSED(w, ValidationError, w.practice.set_goal_status(w.coach(), w.goal, to));
  }
  EXPECT_EQ(status(w.goal), GoalStatus::achieved);

  const GoalId dropped = w.practice.add_goal(w.client(), w.e, {"Run a marathon"});
  w.practice.set_goal_status(w.client(), dropped, GoalStatus::abandoned);
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_goal_status(w.client(), dropped, GoalStatus::active));
  EXPECT_EQ(status(dropped), GoalStatus::abandoned);
}

TEST(SessionLifecycle, OnlyScheduledSessionsChangeStatus) {
  World w;  // w.session is held.
  for (const auto to : {SessionStatus::scheduled, SessionStatus::held, SessionStatus::cancelled,
                        SessionStatus::no_show}) {
    EXPECT_REFUSED(w, ValidationError, w.practice.set_session_status(w.coach(), w.session, to));
  }
  const SessionId s =
      w.practice.schedule_session(w.admin, w.e, {Timestamp::at(day(2026, 3, 16), 9)});
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_session_status(w.coach(), s, SessionStatus::scheduled));
  w.practice.set_session_status(w.admin, s, SessionStatus::cancelled);
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_session_status(w.coach(), s, SessionStatus::held));
  EXPECT_EQ(w.practice.view(w.coach()).session(s).status, SessionStatus::cancelled);
}

TEST(SessionLifecycle, SessionsAreHeldOnlyInActiveEngagements) {
  World w;
  const Timestamp at = Timestamp::at(day(2026, 3, 23), 9);
  const SessionId s = w.practice.schedule_session(w.admin, w.e, {at});
  w.practice.set_engagement_status(w.coach(), w.e, EngagementStatus::paused);
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_session_status(w.coach(), s, SessionStatus::held));
  EXPECT_NO_THROW(w.practice.set_session_status(w.coach(), s, SessionStatus::cancelled));

  // Scheduling ahead of activation is fine; holding the session is not.
  const EngagementId p = w.practice.propose_engagement(w.admin, {w.coach_id, w.second_client_id});
  const SessionId first = w.practice.schedule_session(w.admin, p, {at});
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.set_session_status(w.coach(), first, SessionStatus::held));
  EXPECT_EQ(w.practice.view(w.admin).session(first).status, SessionStatus::scheduled);
}

TEST(Handover, ToTheCurrentCoachIsRefused) {
  World w;
  EXPECT_REFUSED(w, ValidationError, w.practice.hand_over(w.admin, w.e, w.coach_id));
}

// ---- Who may act --------------------------------------------------------------------------

TEST(Authorization, OnlyAdminsRegisterParties) {
  World w;
  for (const Actor& by : {w.coach(), w.client(), w.manager(), w.supervisor()}) {
    SCOPED_TRACE(to_string(by.role));
    EXPECT_REFUSED(w, AccessDenied, w.practice.add_coach(by, {"Jun Sato", "jun@example.org"}));
    EXPECT_REFUSED(w, AccessDenied, w.practice.add_admin(by, {"Jun Sato", "jun@example.org"}));
    EXPECT_REFUSED(w, AccessDenied, w.practice.add_client(by, {"Jun Sato", "jun@example.org"}));
    EXPECT_REFUSED(w, AccessDenied, w.practice.add_organization(by, "Shoreline Labs"));
    EXPECT_REFUSED(w, AccessDenied,
                   w.practice.add_sponsor_contact(by, {w.org, "Jun Sato", "jun@example.org"}));
    EXPECT_REFUSED(w, AccessDenied, w.practice.add_supervisor(by, {"Jun Sato", "jun@example.org"}));
  }
  EXPECT_EQ(w.practice.view(w.admin).coaches().size(), 2u);
}

TEST(Authorization, UnregisteredActorsAreRefused) {
  World w;
  IdSource fresh(97);
  const Actor ghost_admin = Actor::admin(fresh.next_id<AdminId>());
  const Actor ghost_coach = Actor::coach(fresh.next_id<CoachId>());
  // A registered id under the wrong role is not that party either.
  const Actor client_as_coach{Role::coach, w.client_id.value};
  EXPECT_REFUSED(w, AccessDenied,
                 w.practice.add_coach(ghost_admin, {"Jun Sato", "jun@example.org"}));
  EXPECT_REFUSED(w, AccessDenied,
                 w.practice.add_note(ghost_coach, w.e, {Scope::coaching, "Written by nobody."}));
  EXPECT_REFUSED(w, AccessDenied,
                 w.practice.add_note(client_as_coach, w.e, {Scope::coaching, "Not a coach."}));
  EXPECT_THROW((void)w.practice.view(ghost_admin), AccessDenied);
  EXPECT_THROW((void)w.practice.view(client_as_coach), AccessDenied);
}

TEST(Authorization, OtherCoachesCannotEvenSeeTheEngagement) {
  World w;
  const Actor stranger = w.other_coach();
  EXPECT_REFUSED(w, NotFound, w.practice.add_note(stranger, w.e, {Scope::coaching, "Intrusion."}));
  EXPECT_REFUSED(w, NotFound, w.practice.add_goal(stranger, w.e, {"A goal"}));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.record_goal_progress(stranger, w.goal, day(2026, 4, 1), 1));
  EXPECT_REFUSED(w, NotFound,
                 w.practice.schedule_session(stranger, w.e, {Timestamp::at(day(2026, 4, 1), 9)}));
  EXPECT_REFUSED(w, AccessDenied,
                 w.practice.propose_engagement(stranger, {w.coach_id, w.second_client_id}));
}

TEST(Authorization, SponsorsDoNotWrite) {
  World w;
  EXPECT_REFUSED(w, AccessDenied,
                 w.practice.add_note(w.manager(), w.e, {Scope::sponsor, "Feedback."}));
  EXPECT_REFUSED(w, AccessDenied, w.practice.add_goal(w.manager(), w.e, {"Hit the numbers"}));
  EXPECT_REFUSED(w, AccessDenied,
                 w.practice.set_engagement_status(w.manager(), w.e, EngagementStatus::paused));
  // A contact of another organization does not learn the engagement exists.
  EXPECT_REFUSED(w, NotFound, w.practice.add_note(w.outsider(), w.e, {Scope::sponsor, "Hello."}));
}

TEST(Authorization, AdminsRunOperationsNotContent) {
  World w;
  EXPECT_REFUSED(w, AccessDenied, w.practice.add_goal(w.admin, w.e, {"A goal"}));
  EXPECT_REFUSED(w, AccessDenied, w.add_belief(w.admin, w.e));
  EXPECT_REFUSED(w, AccessDenied,
                 w.practice.record_goal_progress(w.admin, w.goal, day(2026, 4, 1), 1));
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.add_note(w.admin, w.e, {Scope::coaching, "Content."}));
  EXPECT_REFUSED(
      w, AccessDenied,
      w.practice.refer_to_therapist(w.admin, w.e, {day(2026, 4, 1), "Reason.", "Dr. Veld"}));
  EXPECT_NO_THROW(w.practice.add_note(w.admin, w.e, {Scope::operational, "Invoice sent."}));
}

TEST(Authorization, ClientsDoNotSchedule) {
  World w;
  EXPECT_REFUSED(w, AccessDenied,
                 w.practice.schedule_session(w.client(), w.e, {Timestamp::at(day(2026, 4, 1), 9)}));
  EXPECT_REFUSED(w, AccessDenied, w.practice.set_agreement(w.client(), w.e, World::agreement()));
  EXPECT_REFUSED(w, AccessDenied, w.practice.hand_over(w.client(), w.e, w.other_coach_id));
  EXPECT_REFUSED(w, AccessDenied,
                 w.practice.set_session_status(w.client(), w.session, SessionStatus::no_show));
  EXPECT_REFUSED(
      w, AccessDenied,
      w.practice.refer_to_therapist(w.client(), w.e, {day(2026, 4, 1), "Reason.", "Dr. Veld"}));
}

TEST(Authorization, OnlyTheClientSharesAGoalWithTheSponsor) {
  World w;
  EXPECT_REFUSED(w, AccessDenied, w.practice.set_goal_shared(w.coach(), w.goal, true));
  GoalSpec shared{"Give specific feedback in every one-to-one"};
  shared.shared_with_sponsor = true;
  EXPECT_REFUSED(w, AccessDenied, w.practice.add_goal(w.coach(), w.e, shared));
  EXPECT_TRUE(w.practice.view(w.manager()).goals(w.e).empty());

  w.practice.set_goal_shared(w.client(), w.goal, true);
  const GoalId g = w.practice.add_goal(w.client(), w.e, shared);
  const auto seen = w.practice.view(w.manager()).goals(w.e);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].meta.scope, Scope::sponsor);
  EXPECT_EQ(seen[1].id(), g);
  // Taking it back moves the goal into the container again.
  w.practice.set_goal_shared(w.client(), w.goal, false);
  EXPECT_EQ(w.practice.view(w.coach()).goal(w.goal).meta.scope, Scope::coaching);
  EXPECT_EQ(w.practice.view(w.manager()).goals(w.e).size(), 1u);
}

TEST(Authorization, OnlyTheClientConsents) {
  World w;
  const ConsentSpec c = access_consent(w.supervisor(), {RecordKind::note});
  EXPECT_REFUSED(w, AccessDenied, w.practice.grant_consent(w.coach(), w.e, c));
  EXPECT_REFUSED(w, AccessDenied, w.practice.grant_consent(w.admin, w.e, c));
  EXPECT_REFUSED(w, AccessDenied, w.practice.grant_consent(w.manager(), w.e, c));
  const ConsentId id = w.practice.grant_consent(w.client(), w.e, c);
  EXPECT_REFUSED(w, AccessDenied, w.practice.revoke_consent(w.coach(), id));
}

TEST(Authorization, BreakGlassIsNeverForAdminsOrSponsors) {
  World w;
  const DisclosureSpec spec{w.note.record(), DisclosureReason::danger_to_others,
                            "Threat reported in session.", "Police"};
  for (const Actor& by : {w.admin, w.manager(), w.client()}) {
    SCOPED_TRACE(to_string(by.role));
    const auto before = refusal::fingerprint(w.practice);
    EXPECT_THROW(w.practice.disclose(by, spec), AccessDenied);
    const auto after = refusal::fingerprint(w.practice);
    // Nothing disclosed, but the attempt is on the record.
    EXPECT_EQ(after.records, before.records);
    EXPECT_EQ(after.last_sequence, before.last_sequence);
    EXPECT_EQ(after.audit_entries, before.audit_entries + 1);
  }
  // Another coach does not learn the record exists.
  EXPECT_THROW(w.practice.disclose(w.other_coach(), spec), NotFound);
}

// ---- Scopes ---------------------------------------------------------------------------------

TEST(Scopes, InnerWorkIsNeverSponsorScoped) {
  World w;
  for (const Scope scope : {Scope::sponsor, Scope::operational, Scope::coach_private}) {
    for (const Actor& by : {w.coach(), w.client()}) {
      SCOPED_TRACE(std::string(to_string(scope)) + " by " + std::string(to_string(by.role)));
      ValueSpec v{"family"};
      v.scope = scope;
      EXPECT_REFUSED(w, ValidationError, w.practice.add_value(by, w.e, v));
      BeliefSpec b{"My worth is what I produce."};
      b.scope = scope;
      EXPECT_REFUSED(w, ValidationError, w.practice.add_belief(by, w.e, b));
      EXPECT_REFUSED(w, ValidationError,
                     w.practice.add_fear(by, w.e, {"Failing in public.", 5, scope}));
      EXPECT_REFUSED(w, ValidationError,
                     w.practice.add_purpose(by, w.e, {"To build teams.", "", scope}));
      ReflectionSpec r;
      r.text = "Walked home and thought.";
      r.scope = scope;
      EXPECT_REFUSED(w, ValidationError, w.practice.add_reflection(by, w.e, r));
      InsightSpec i;
      i.text = "The rush is mine.";
      i.scope = scope;
      EXPECT_REFUSED(w, ValidationError, w.practice.add_insight(by, w.e, i));
      WellbeingSpec s;
      s.scope = scope;
      EXPECT_REFUSED(w, ValidationError, w.practice.check_in_wellbeing(by, w.e, s));
    }
  }
}

TEST(Scopes, OnlyTheClientKeepsClientPrivateRecords) {
  World w;
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.add_note(w.coach(), w.e, {Scope::client_private, "Journal."}));
  ValueSpec v{"family"};
  v.scope = Scope::client_private;
  EXPECT_REFUSED(w, ValidationError, w.practice.add_value(w.coach(), w.e, v));
  ReflectionSpec r;
  r.text = "Sat with the disappointment.";
  r.scope = Scope::client_private;
  EXPECT_REFUSED(w, ValidationError, w.practice.add_reflection(w.coach(), w.e, r));
  EXPECT_NO_THROW(w.practice.add_value(w.client(), w.e, v));
  EXPECT_NO_THROW(w.practice.add_reflection(w.client(), w.e, r));
  EXPECT_NO_THROW(w.practice.add_note(w.client(), w.e, {Scope::client_private, "Journal."}));
  // The coach does not see the client's private entries.
  EXPECT_TRUE(w.practice.view(w.coach()).reflections(w.e).empty());
  EXPECT_EQ(w.practice.view(w.client()).reflections(w.e).size(), 1u);
}

TEST(Scopes, NoteScopesFollowTheAuthor) {
  World w;
  for (const Scope s : {Scope::coach_private, Scope::sponsor, Scope::operational}) {
    EXPECT_REFUSED(w, ValidationError, w.practice.add_note(w.client(), w.e, {s, "Note."}));
  }
  for (const Scope s :
       {Scope::sponsor, Scope::coaching, Scope::coach_private, Scope::client_private}) {
    EXPECT_REFUSED(w, ValidationError, w.practice.add_note(w.admin, w.e, {s, "Note."}));
  }
  for (const Scope s :
       {Scope::operational, Scope::sponsor, Scope::coaching, Scope::coach_private}) {
    EXPECT_NO_THROW(w.practice.add_note(w.coach(), w.e, {s, "Note."}));
  }
}

TEST(Scopes, RecordsTakeTheScopeTheRulesGiveThem) {
  World w;
  const View coach = w.practice.view(w.coach());
  EXPECT_EQ(coach.session(w.session).meta.scope, Scope::operational);
  EXPECT_EQ(coach.goal(w.goal).meta.scope, Scope::coaching);
  EXPECT_EQ(coach.referrals(w.e).front().meta.scope, Scope::coach_private);
  // A milestone follows its goal; a link is as private as its inner end.
  GoalSpec shared{"Present the team's results to the board"};
  shared.shared_with_sponsor = true;
  const GoalId g = w.practice.add_goal(w.client(), w.e, shared);
  w.practice.add_milestone(w.client(), w.e, {g, "Board presentation delivered"});
  EXPECT_EQ(coach.milestones(w.e).back().meta.scope, Scope::sponsor);
  ValueSpec v{"courage"};
  v.scope = Scope::client_private;
  const ValueId value = w.practice.add_value(w.client(), w.e, v);
  w.practice.link_inner_to_goal(w.client(), value.record(), g);
  EXPECT_EQ(w.practice.view(w.client()).links(w.e).back().meta.scope, Scope::client_private);
  EXPECT_TRUE(coach.links(w.e).empty());
}

TEST(ConsentRules, RefuseWhatCannotBeShared) {
  World w;
  // Inner work reaches a sponsor record by record, never by kind.
  EXPECT_REFUSED(
      w, ValidationError,
      w.practice.grant_consent(w.client(), w.e, access_consent(w.manager(), {RecordKind::belief})));
  EXPECT_NO_THROW(w.practice.grant_consent(w.client(), w.e,
                                           access_consent(w.manager(), {}, {w.belief.record()})));
  // Grantees are sponsor contacts, supervisors or coaches.
  EXPECT_REFUSED(
      w, ValidationError,
      w.practice.grant_consent(w.client(), w.e, access_consent(w.admin, {RecordKind::note})));
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.grant_consent(w.client(), w.e,
                                          access_consent(w.second_client(), {RecordKind::note})));
  // An access consent names a grantee and what it covers.
  ConsentSpec no_grantee = access_consent(w.supervisor(), {RecordKind::note});
  no_grantee.grantee.reset();
  EXPECT_REFUSED(w, ValidationError, w.practice.grant_consent(w.client(), w.e, no_grantee));
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.grant_consent(w.client(), w.e, access_consent(w.supervisor(), {})));
  // Confidentiality records themselves are never shared.
  for (const RecordKind k : {RecordKind::consent, RecordKind::disclosure, RecordKind::referral}) {
    EXPECT_REFUSED(w, ValidationError,
                   w.practice.grant_consent(w.client(), w.e, access_consent(w.supervisor(), {k})));
  }
  EXPECT_REFUSED(
      w, ValidationError,
      w.practice.grant_consent(w.client(), w.e,
                               access_consent(w.supervisor(), {}, {w.process_note.record()})));
  EXPECT_REFUSED(w, ValidationError,
                 w.practice.grant_consent(
                     w.client(), w.e, access_consent(w.supervisor(), {}, {w.referral.record()})));
  // Aggregate-use consent names nobody and nothing.
  ConsentSpec aggregate = access_consent(w.supervisor(), {});
  aggregate.kind = ConsentKind::aggregate_themes;
  EXPECT_REFUSED(w, ValidationError, w.practice.grant_consent(w.client(), w.e, aggregate));
  aggregate.grantee.reset();
  aggregate.records = {w.belief.record()};
  EXPECT_REFUSED(w, ValidationError, w.practice.grant_consent(w.client(), w.e, aggregate));
  aggregate.records.clear();
  EXPECT_NO_THROW(w.practice.grant_consent(w.client(), w.e, aggregate));
}

}  // namespace
}  // namespace libcoach
