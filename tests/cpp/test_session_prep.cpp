// The session preparation sheet: for the engagement's current coach only, built through the
// View (scopes, redaction and consents apply; the client's private notes never appear), one
// audit entry, and the selection rules (next session, last held session, "since" windows).
// Every person and organization here is invented.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "policy_fixture.hpp"
#include "report_checks.hpp"
#include "roster_viewers.hpp"

namespace libcoach {
namespace {

using testing::all_renderings;
using testing::AuditCapture;
using testing::check_golden;
using testing::day;
using testing::expect_hidden_absent;
using testing::expect_only;
using testing::GoldenPractice;
using testing::report_entries;
using testing::SecretWorld;
using testing::TextOracle;
using testing::ThreeWay;
using testing::with_prefix;

// ---- A hand-built engagement with dated sessions, goals, notes and check-ins ------------------

struct PrepWorld : ThreeWay {
  SessionId first_held;   // 2026-03-02
  SessionId last_held;    // 2026-03-09
  SessionId cancelled;    // 2026-03-12
  SessionId next;         // 2026-03-16
  SessionId after_next;   // 2026-03-23
  GoalId active_goal;     // 0 → 10, measured 2 (03-05), 4 (03-09), 6 (03-12)
  GoalId abandoned_goal;  // never on the sheet
  ActionItemId overdue_action;
  ActionItemId due_today_action;
  ActionItemId done_action;
  BeliefId linked_belief;     // linked to the active goal
  BeliefId rated_belief;      // rated again on 03-11
  BeliefId untouched_belief;  // neither
  ValueId linked_value;
  ValueId old_value;
  ValueId new_value;  // created on 03-10
  NoteId last_note;
  NoteId process_note;
  NoteId journal_on_last;
  NoteId earlier_note;
  HabitId daily_habit;   // checked in 03-12: next 03-13
  HabitId weekly_habit;  // checked in Wednesday 03-11: next Monday 03-16
  HabitId later_weekly;  // checked in Wednesday 03-18: next Monday 03-23

  Timestamp at(unsigned month, unsigned d) const { return Timestamp::at(day(2026, month, d), 10); }

  SessionId session(unsigned d, SessionStatus status) {
    const SessionId s = practice.schedule_session(coach(), e, {at(3, d), 60});
    if (status != SessionStatus::scheduled)
      practice.set_session_status(coach(), s, status);
    return s;
  }

  PrepWorld() {
    start();  // the clock stands at 2026-03-02
    first_held = session(2, SessionStatus::held);
    last_held = session(9, SessionStatus::held);
    cancelled = session(12, SessionStatus::cancelled);
    after_next = session(23, SessionStatus::scheduled);
    next = session(16, SessionStatus::scheduled);

    active_goal = practice.add_goal(coach(), e, {"Delegate decisions", "", "decisions", "", 0, 10});
    practice.set_goal_status(coach(), active_goal, GoalStatus::active);
    practice.record_goal_progress(coach(), active_goal, day(2026, 3, 5), 2);
    practice.record_goal_progress(coach(), active_goal, day(2026, 3, 9), 4);
    practice.record_goal_progress(coach(), active_goal, day(2026, 3, 12), 6);
    abandoned_goal = practice.add_goal(coach(), e, {"Old goal", "", "", "", 0, 1});
    practice.set_goal_status(coach(), abandoned_goal, GoalStatus::abandoned);

    overdue_action = practice.add_action_item(client(), e, {active_goal, "Ask", day(2026, 3, 12)});
    due_today_action = practice.add_action_item(client(), e, {{}, "Plan", day(2026, 3, 13)});
    done_action = practice.add_action_item(client(), e, {{}, "Done", day(2026, 3, 4)});
    practice.complete_action_item(client(), done_action, day(2026, 3, 4));

    linked_belief = practice.add_belief(client(), e, {"Linked", {}, "", 7, day(2026, 3, 2)});
    practice.link_inner_to_goal(coach(), linked_belief.record(), active_goal);
    rated_belief = practice.add_belief(client(), e, {"Rated", {}, "", 8, day(2026, 3, 2)});
    practice.record_belief_strength(coach(), rated_belief, day(2026, 3, 11), 6);
    untouched_belief = practice.add_belief(client(), e, {"Untouched", {}, "", 5, day(2026, 3, 2)});
    linked_value = practice.add_value(client(), e, {"Courage", 2});
    practice.link_inner_to_goal(coach(), linked_value.record(), active_goal);
    old_value = practice.add_value(client(), e, {"Order", 3});

    earlier_note = practice.add_note(coach(), e, {Scope::coaching, "Earlier", first_held});
    last_note = practice.add_note(coach(), e, {Scope::coaching, "Last", last_held});
    process_note = practice.add_note(coach(), e, {Scope::coach_private, "Process", last_held});
    journal_on_last = practice.add_note(client(), e, {Scope::client_private, "Journal", last_held});
    consent(coach(), {journal_on_last.record()});

    daily_habit = practice.add_habit(client(), e, {{}, "Walk", Cadence::daily});
    practice.check_in_habit(client(), daily_habit, day(2026, 3, 12), true);
    weekly_habit = practice.add_habit(client(), e, {{}, "Review", Cadence::weekly});
    practice.check_in_habit(client(), weekly_habit, day(2026, 3, 11), true);
    later_weekly = practice.add_habit(client(), e, {{}, "Call", Cadence::weekly});
    practice.check_in_habit(client(), later_weekly, day(2026, 3, 18), true);

    practice.check_in_wellbeing(client(), e, {day(2026, 3, 5), 3, 9, 4, 3});
    practice.check_in_wellbeing(client(), e, {day(2026, 3, 9), 5, 7, 3, 5});
    practice.check_in_wellbeing(client(), e, {day(2026, 3, 12), 7, 5, 2, 7});

    clock.set(Timestamp::at(day(2026, 3, 10), 9));
    new_value = practice.add_value(client(), e, {"Play", 1});
  }

  SessionPrep prep(Date as_of) const { return session_prep(view(coach()), e, as_of); }
};

template <class Line, class IdT>
bool has(const std::vector<Line>& lines, IdT id) {
  return std::any_of(lines.begin(), lines.end(), [&](const Line& l) { return l.id == id; });
}

TEST(SessionPrep, NextSessionIsTheFirstScheduledOnOrAfterTheDay) {
  PrepWorld w;
  const auto before = w.prep(day(2026, 3, 10));
  ASSERT_TRUE(before.next_session.has_value());
  EXPECT_EQ(before.next_session->id, w.next);
  ASSERT_TRUE(before.last_session.has_value());
  EXPECT_EQ(before.last_session->id, w.last_held);

  // On the session's own day it is still the one to prepare.
  EXPECT_EQ(w.prep(day(2026, 3, 16)).next_session->id, w.next);
  // The day after, the next one; 03-16 was never marked held, so 03-09 stays the last.
  const auto after = w.prep(day(2026, 3, 17));
  EXPECT_EQ(after.next_session->id, w.after_next);
  EXPECT_EQ(after.last_session->id, w.last_held);
  // Nothing scheduled any more: no next session, the sheet still builds.
  const auto none = w.prep(day(2026, 3, 24));
  EXPECT_FALSE(none.next_session.has_value());
  EXPECT_EQ(none.last_session->id, w.last_held);
  // Before any session was held.
  const auto first = w.prep(day(2026, 3, 1));
  EXPECT_EQ(first.next_session->id, w.next);  // the held ones are not scheduled any more
  EXPECT_FALSE(first.last_session.has_value());
}

TEST(SessionPrep, ActionsGoalsAndInnerWorkSinceTheLastSession) {
  PrepWorld w;
  const auto r = w.prep(day(2026, 3, 13));
  EXPECT_EQ(r.header.kind, ReportKind::prep);
  EXPECT_EQ(r.header.as_of, day(2026, 3, 13));

  ASSERT_EQ(r.actions.size(), 2u);  // the done one is not open
  EXPECT_EQ(r.actions[0].id, w.overdue_action);
  EXPECT_TRUE(r.actions[0].overdue);
  EXPECT_EQ(r.actions[1].id, w.due_today_action);
  EXPECT_FALSE(r.actions[1].overdue);  // due today is not overdue yet

  ASSERT_EQ(r.goals.size(), 1u);  // the abandoned goal is left out
  EXPECT_EQ(r.goals[0].goal.id, w.active_goal);
  EXPECT_EQ(r.goals[0].then, 4.0);  // measured on the last session's day
  EXPECT_EQ(r.goals[0].goal.current, 6.0);
  EXPECT_EQ(r.goals[0].goal.trend, GoalTrend::improving);

  EXPECT_TRUE(has(r.beliefs, w.linked_belief));
  EXPECT_TRUE(has(r.beliefs, w.rated_belief));
  EXPECT_FALSE(has(r.beliefs, w.untouched_belief));
  const auto rated = std::find_if(r.beliefs.begin(), r.beliefs.end(),
                                  [&](const BeliefLine& b) { return b.id == w.rated_belief; });
  ASSERT_NE(rated, r.beliefs.end());
  EXPECT_EQ(rated->strength.back().value, 6);  // the latest strength

  ASSERT_EQ(r.values.size(), 2u);
  EXPECT_EQ(r.values[0].id, w.new_value);  // rank 1, created after the last session
  EXPECT_EQ(r.values[1].id, w.linked_value);

  EXPECT_EQ(r.wellbeing.check_ins, 2);  // 03-09 and 03-12
  EXPECT_EQ(r.wellbeing.thriving.first, 5);
  EXPECT_EQ(r.wellbeing.thriving.last, 7);
  EXPECT_EQ(r.wellbeing.first_on, day(2026, 3, 9));
}

TEST(SessionPrep, BeforeAnySessionGoalsStartFromTheBaselineAndAllInnerWorkIsInPlay) {
  PrepWorld w;
  const auto r = w.prep(day(2026, 3, 1));
  ASSERT_EQ(r.goals.size(), 1u);
  EXPECT_EQ(r.goals[0].then, 0.0);
  EXPECT_EQ(r.beliefs.size(), 3u);
  EXPECT_EQ(r.values.size(), 3u);
  EXPECT_TRUE(r.notes.empty());
  EXPECT_EQ(r.wellbeing.check_ins, 3);
}

TEST(SessionPrep, NotesOfTheLastSessionNeverTheClientsPrivateOnes) {
  PrepWorld w;
  // The consent lets the coach read the journal entry through the View ...
  const auto notes = w.view(w.coach()).notes(w.e);
  EXPECT_TRUE(std::any_of(notes.begin(), notes.end(),
                          [&](const Note& n) { return n.id() == w.journal_on_last; }));
  // ... but the sheet leaves it out.
  const auto r = w.prep(day(2026, 3, 13));
  ASSERT_EQ(r.notes.size(), 2u);
  EXPECT_EQ(r.notes[0].id, w.last_note);
  EXPECT_EQ(r.notes[0].text, "Last");
  EXPECT_EQ(r.notes[1].id, w.process_note);
  EXPECT_EQ(r.notes[1].scope, Scope::coach_private);
  EXPECT_EQ(all_renderings(r).find("Journal"), std::string::npos);
  EXPECT_EQ(all_renderings(r).find("Earlier"), std::string::npos);
}

TEST(SessionPrep, HabitCheckInsDueByTheNextSession) {
  PrepWorld w;
  const auto r = w.prep(day(2026, 3, 13));  // next session 03-16
  ASSERT_EQ(r.habits.size(), 2u);
  EXPECT_EQ(r.habits[0].habit.id, w.daily_habit);
  EXPECT_EQ(r.habits[0].due, day(2026, 3, 13));
  EXPECT_EQ(r.habits[1].habit.id, w.weekly_habit);
  EXPECT_EQ(r.habits[1].due, day(2026, 3, 16));  // the Monday of the next week
  // Without a next session the sheet's own day is the limit.
  const auto late = w.prep(day(2026, 3, 24));
  EXPECT_EQ(late.habits.size(), 3u);
}

TEST(SessionPrep, OnlyTheCurrentCoach) {
  PrepWorld w;
  EXPECT_THROW(session_prep(w.view(w.client()), w.e), AccessDenied);
  EXPECT_THROW(session_prep(w.view(w.admin()), w.e), AccessDenied);
  EXPECT_THROW(session_prep(w.view(w.sponsor_hr()), w.e), AccessDenied);
  EXPECT_THROW(session_prep(w.view(w.stranger()), w.e), NotFound);
  EXPECT_THROW(session_prep(w.view(w.supervisor()), w.e), NotFound);  // no consent
  EXPECT_THROW(session_prep(w.view(w.coach()), EngagementId{}), NotFound);

  w.practice.hand_over(w.admin(), w.e, w.successor_id);
  EXPECT_THROW(session_prep(w.view(w.coach()), w.e), NotFound);  // no longer theirs
  const auto r = session_prep(w.view(w.successor()), w.e, day(2026, 3, 13));
  // The previous coach's notes were written before the handover: not the successor's to see.
  EXPECT_TRUE(r.notes.empty());
  EXPECT_TRUE(r.actions.empty());
}

TEST(SessionPrep, OneReportAuditEntryAndTheRefusalAudited) {
  PrepWorld w;
  AuditCapture audit(w.practice);
  std::size_t mark = audit.size();
  (void)w.prep(day(2026, 3, 13));
  auto entries = audit.since(mark);
  EXPECT_EQ(report_entries(entries, AuditOutcome::allowed), 1u);
  const auto it = std::find_if(entries.begin(), entries.end(),
                               [](const auto& e) { return e.action == AuditAction::report; });
  ASSERT_NE(it, entries.end());
  EXPECT_EQ(it->engagement, w.e);
  EXPECT_EQ(it->viewer, w.coach());

  mark = audit.size();
  EXPECT_THROW(session_prep(w.view(w.client()), w.e), AccessDenied);
  EXPECT_EQ(report_entries(audit.since(mark), AuditOutcome::denied), 1u);
}

TEST(SessionPrep, SecretsTheCoachMaySeeAndNoOthers) {
  SecretWorld w;
  const Date today = w.clock.today();
  // A note on the last held session (the group session a week in), and the client's journal
  // entry on it that a consent opens to the coach.
  const auto sessions = w.view(w.coach()).sessions(w.e);
  const SessionId last = sessions[1].id();
  w.practice.add_note(w.coach(), w.e, {Scope::coaching, SecretWorld::secret("note-last"), last});
  const NoteId journal = w.practice.add_note(
      w.client(), w.e, {Scope::client_private, SecretWorld::secret("journal-last"), last});
  w.consent(w.coach(), {journal.record()});

  const auto r = session_prep(w.view(w.coach()), w.e, today.plus_days(8));
  ASSERT_TRUE(r.last_session.has_value());
  EXPECT_EQ(r.last_session->id, last);
  // Open actions, goals (no descriptions), the belief rated since, the due habit, the note.
  expect_only(all_renderings(r), w.secrets(),
              with_prefix({"goal-shared-title", "goal-shared-metric", "goal-shared-unit",
                           "goal-private-title", "goal-private-metric", "goal-unlinked-title",
                           "action-title", "action-later", "habit-title", "belief-statement",
                           "belief-category", "belief-reframe", "note-last"}),
              "coach prep");
}

// ---- Every role on a generated practice --------------------------------------------------------

TEST(SessionPrep, EveryRoleOnAGeneratedPractice) {
  SyntheticOptions options;
  options.scale = Scale::small;
  Practice practice(synthetic_practice_options(options));
  const SyntheticRoster roster = populate_practice(practice, options);
  const TextOracle oracle(practice);
  std::vector<std::string> journal;  // the clients' private notes: never on a sheet
  for (const Note& n : PracticeAccess::core(practice).state.table<Note>().rows()) {
    if (n.meta.scope == Scope::client_private && n.text.size() >= 12)
      journal.push_back(n.text);
  }

  const std::vector<Viewer> viewers = testing::every_party(roster);

  std::size_t built = 0;
  for (const Viewer& viewer : viewers) {
    const View view = practice.view(viewer);
    const std::string who(to_string(viewer.role));
    for (const EngagementId e : roster.engagements) {
      try {
        const auto r = session_prep(view, e);
        EXPECT_EQ(viewer.role, Role::coach);
        EXPECT_EQ(viewer.id, r.coach.value);
        // What the sheet may show beyond the oracle's listings: the notes the View returns.
        std::vector<std::string> hidden = oracle.hidden_from(view);
        const auto notes = view.notes(e);
        std::erase_if(hidden, [&](const std::string& t) {
          return std::any_of(notes.begin(), notes.end(), [&](const Note& n) {
            return n.meta.scope != Scope::client_private && n.text.find(t) != std::string::npos;
          });
        });
        const std::string text = all_renderings(r);
        expect_hidden_absent(text, hidden, who + " prep");
        expect_hidden_absent(text, journal, who + " prep journal");
        ++built;
      } catch (const AccessDenied&) {
        EXPECT_NE(viewer.role, Role::coach);
      } catch (const NotFound&) {
        // Engagements the viewer may not see at all.
      }
    }
  }
  EXPECT_EQ(built, roster.engagements.size());  // each engagement once, for its coach
}

// ---- Golden files ----------------------------------------------------------------------------

TEST(SessionPrep, GoldenFiles) {
  const GoldenPractice g;
  const View coach = g.practice.view(Actor::coach(g.engagement.coach));
  const auto r = session_prep(coach, g.engagement.id, g.as_of);
  check_golden("prep.json", render_json(r));
  check_golden("prep.csv", render_csv(r));
  check_golden("prep.md", render_markdown(r));
  check_golden("prep.html", render_html(r));
}

}  // namespace
}  // namespace libcoach
