// Nudges: the reminders within a horizon for what the viewer may reach — due and overdue
// action items, habit check-ins, inner-work check-ins, Inner Work Days and agreements ending —
// built through the View, with titles only where the viewer may read them, and one audit entry.
// Every person and organization here is invented.

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
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
using testing::GoldenPractice;
using testing::report_entries;
using testing::TextOracle;
using testing::ThreeWay;

const Date kToday = day(2026, 3, 10);  // a Tuesday

struct NudgeWorld : ThreeWay {
  NudgeWorld() {
    start();
    clock.set(Timestamp::at(kToday, 9));
  }
  NudgeOptions options(std::int32_t horizon = 7) const {
    NudgeOptions o;
    o.as_of = kToday;
    o.horizon_days = horizon;
    return o;
  }
  Nudges of(const Actor& who, const NudgeOptions& o) const { return nudges(view(who), o); }
};

std::vector<Nudge> of_kind(const Nudges& n, NudgeKind kind) {
  std::vector<Nudge> out;
  std::copy_if(n.nudges.begin(), n.nudges.end(), std::back_inserter(out),
               [kind](const Nudge& x) { return x.kind == kind; });
  return out;
}

bool nudged(const Nudges& n, NudgeKind kind, const RecordId& record) {
  return std::any_of(n.nudges.begin(), n.nudges.end(),
                     [&](const Nudge& x) { return x.kind == kind && x.record == record; });
}

TEST(Nudges, ActionDueAndOverdueBoundaries) {
  NudgeWorld w;
  const auto add = [&](const char* title, Date due) {
    return w.practice.add_action_item(w.client(), w.e, {{}, title, due});
  };
  const ActionItemId yesterday = add("Yesterday", kToday.plus_days(-1));
  const ActionItemId today = add("Today", kToday);
  const ActionItemId edge = add("Edge", kToday.plus_days(7));
  const ActionItemId beyond = add("Beyond", kToday.plus_days(8));
  const ActionItemId done = add("Done", kToday.plus_days(-3));
  w.practice.complete_action_item(w.client(), done, kToday.plus_days(-3));
  w.practice.add_action_item(w.client(), w.e, {{}, "Undated", {}});

  const auto n = w.of(w.coach(), w.options());
  EXPECT_TRUE(nudged(n, NudgeKind::action_overdue, yesterday.record()));
  EXPECT_TRUE(nudged(n, NudgeKind::action_due, today.record()));
  EXPECT_FALSE(nudged(n, NudgeKind::action_overdue, today.record()));
  EXPECT_TRUE(nudged(n, NudgeKind::action_due, edge.record()));
  EXPECT_FALSE(nudged(n, NudgeKind::action_due, beyond.record()));
  EXPECT_FALSE(nudged(n, NudgeKind::action_overdue, done.record()));
  EXPECT_EQ(of_kind(n, NudgeKind::action_due).size() + of_kind(n, NudgeKind::action_overdue).size(),
            3u);
  const auto overdue = of_kind(n, NudgeKind::action_overdue);
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0].title, "Yesterday");
  EXPECT_EQ(overdue[0].due, kToday.plus_days(-1));
  EXPECT_EQ(overdue[0].engagement, w.e);
  EXPECT_EQ(overdue[0].record_kind, RecordKind::action_item);
  EXPECT_EQ(overdue[0].recipient, w.coach());
  // A horizon of 0 keeps today's only.
  EXPECT_FALSE(nudged(w.of(w.coach(), w.options(0)), NudgeKind::action_due, edge.record()));
  EXPECT_TRUE(nudged(w.of(w.coach(), w.options(0)), NudgeKind::action_due, today.record()));
  // Sorted by due date.
  EXPECT_TRUE(std::is_sorted(n.nudges.begin(), n.nudges.end(),
                             [](const Nudge& a, const Nudge& b) { return a.due < b.due; }));
}

TEST(Nudges, HabitCheckInCadence) {
  NudgeWorld w;
  const HabitId daily = w.practice.add_habit(w.client(), w.e, {{}, "Walk", Cadence::daily});
  w.practice.check_in_habit(w.client(), daily, kToday.plus_days(-1), true);
  const HabitId weekly = w.practice.add_habit(w.client(), w.e, {{}, "Review", Cadence::weekly});
  w.practice.check_in_habit(w.client(), weekly, kToday, true);  // next: Monday 03-16
  const HabitId weekdays = w.practice.add_habit(w.client(), w.e, {{}, "Write", Cadence::weekdays});
  w.practice.check_in_habit(w.client(), weekdays, day(2026, 3, 13), true);  // a Friday

  const auto n = w.of(w.client(), w.options(6));
  const auto habits = of_kind(n, NudgeKind::habit_checkin);
  ASSERT_EQ(habits.size(), 3u);
  EXPECT_EQ(habits[0].record, daily.record());
  EXPECT_EQ(habits[0].due, kToday);
  EXPECT_EQ(habits[1].record, weekly.record());
  EXPECT_EQ(habits[1].due, day(2026, 3, 16));
  EXPECT_EQ(habits[2].record, weekdays.record());
  EXPECT_EQ(habits[2].due, day(2026, 3, 16));  // the next weekday after Friday
  EXPECT_EQ(habits[0].recipient, w.client());
  // A horizon ending before Monday leaves the weekly habit out.
  EXPECT_FALSE(nudged(w.of(w.client(), w.options(5)), NudgeKind::habit_checkin, weekly.record()));
}

TEST(Nudges, InnerWorkCheckInAfterTheConfiguredPeriod) {
  NudgeWorld w;
  auto o = w.options(7);
  o.inner_work_checkin_days = 30;
  // Nothing yet: due today.
  auto checkins = of_kind(w.of(w.coach(), o), NudgeKind::inner_work_checkin);
  ASSERT_EQ(checkins.size(), 1u);
  EXPECT_EQ(checkins[0].due, kToday);
  EXPECT_FALSE(checkins[0].record.has_value());

  // A well-being check-in 20 days ago: due in 10 days, outside a 7-day horizon.
  w.practice.check_in_wellbeing(w.client(), w.e, {kToday.plus_days(-20)});
  EXPECT_TRUE(of_kind(w.of(w.coach(), o), NudgeKind::inner_work_checkin).empty());
  o.horizon_days = 10;
  checkins = of_kind(w.of(w.coach(), o), NudgeKind::inner_work_checkin);
  ASSERT_EQ(checkins.size(), 1u);
  EXPECT_EQ(checkins[0].due, kToday.plus_days(10));
  o.inner_work_checkin_days = 15;  // overdue for five days: still nudged
  o.horizon_days = 7;
  checkins = of_kind(w.of(w.coach(), o), NudgeKind::inner_work_checkin);
  ASSERT_EQ(checkins.size(), 1u);
  EXPECT_EQ(checkins[0].due, kToday.plus_days(-5));

  // A private reflection yesterday counts for the client, who sees it, not for the coach.
  w.practice.add_reflection(w.client(), w.e,
                            {ReflectionPractice::journaling, kToday.plus_days(-1), "Quiet morning",
                             Scope::client_private});
  EXPECT_TRUE(of_kind(w.of(w.client(), o), NudgeKind::inner_work_checkin).empty());
  EXPECT_EQ(of_kind(w.of(w.coach(), o), NudgeKind::inner_work_checkin).size(), 1u);
}

TEST(Nudges, InnerWorkDaysAreTheFirstWeekdayOfEachPeriod) {
  // 2026: Jan 1 is a Thursday, Feb 1 and Mar 1 Sundays, Aug 1 a Saturday, Nov 1 a Sunday.
  EXPECT_EQ(inner_work_days_of_year(2026, 1), std::vector<Date>{day(2026, 1, 1)});
  EXPECT_EQ(inner_work_days_of_year(2026, 2),
            (std::vector<Date>{day(2026, 1, 1), day(2026, 7, 1)}));
  EXPECT_EQ(
      inner_work_days_of_year(2026, 4),
      (std::vector<Date>{day(2026, 1, 1), day(2026, 4, 1), day(2026, 7, 1), day(2026, 10, 1)}));
  const auto monthly = inner_work_days_of_year(2026, 12);
  ASSERT_EQ(monthly.size(), 12u);
  EXPECT_EQ(monthly[1], day(2026, 2, 2));  // Sunday start → Monday
  EXPECT_EQ(monthly[2], day(2026, 3, 2));  // Sunday start → Monday
  EXPECT_EQ(monthly[7], day(2026, 8, 3));  // Saturday start → Monday
  EXPECT_EQ(monthly[10], day(2026, 11, 2));
  EXPECT_EQ(inner_work_days_of_year(2027, 3),
            (std::vector<Date>{day(2027, 1, 1), day(2027, 5, 3), day(2027, 9, 1)}));
  EXPECT_THROW(inner_work_days_of_year(2026, 5), ValidationError);
  EXPECT_THROW(inner_work_days_of_year(2026, 0), ValidationError);
}

TEST(Nudges, InnerWorkDaysForTheSponsoredClientsAndTheirCoaches) {
  NudgeWorld w;
  NudgeOptions o;
  o.as_of = day(2026, 3, 28);  // a Saturday; the quarter's day is Wednesday 04-01
  o.horizon_days = 4;
  o.inner_work_days = {{w.org, 4}};
  const auto coach = of_kind(w.of(w.coach(), o), NudgeKind::inner_work_day);
  ASSERT_EQ(coach.size(), 1u);
  EXPECT_EQ(coach[0].due, day(2026, 4, 1));
  EXPECT_EQ(coach[0].organization, w.org);
  EXPECT_EQ(coach[0].engagement, w.e);
  EXPECT_EQ(coach[0].recipient, w.coach());
  EXPECT_EQ(of_kind(w.of(w.client(), o), NudgeKind::inner_work_day).size(), 1u);
  // The other organization holds none; its client and coach get nothing.
  EXPECT_TRUE(of_kind(w.of(w.other_client(), o), NudgeKind::inner_work_day).empty());
  EXPECT_TRUE(of_kind(w.of(w.stranger(), o), NudgeKind::inner_work_day).empty());
  // One day short of it: nothing.
  o.horizon_days = 3;
  EXPECT_TRUE(of_kind(w.of(w.coach(), o), NudgeKind::inner_work_day).empty());

  // Monthly, across a weekend start: as of Saturday 2026-02-28, Monday 03-02 is the day.
  o.as_of = day(2026, 2, 28);
  o.horizon_days = 2;
  o.inner_work_days = {{w.org, 12}};
  const auto monthly = of_kind(w.of(w.client(), o), NudgeKind::inner_work_day);
  ASSERT_EQ(monthly.size(), 1u);
  EXPECT_EQ(monthly[0].due, day(2026, 3, 2));

  // Across the year's end: once a year, 2027-01-01.
  o.as_of = day(2026, 12, 28);
  o.horizon_days = 7;
  o.inner_work_days = {{w.org, 1}};
  const auto yearly = of_kind(w.of(w.client(), o), NudgeKind::inner_work_day);
  ASSERT_EQ(yearly.size(), 1u);
  EXPECT_EQ(yearly[0].due, day(2027, 1, 1));
}

TEST(Nudges, AgreementEndingWithinTheHorizon) {
  NudgeWorld w;
  NudgeOptions o;
  o.as_of = day(2026, 12, 24);
  EXPECT_EQ(of_kind(w.of(w.coach(), o), NudgeKind::agreement_ending).size(), 1u);  // 12-31
  o.as_of = day(2026, 12, 23);
  EXPECT_TRUE(of_kind(w.of(w.coach(), o), NudgeKind::agreement_ending).empty());
}

TEST(Nudges, AdminsGetOperationalNudgesOnlyWithoutText) {
  NudgeWorld w;
  w.practice.add_action_item(w.client(), w.e, {{}, "Secret plan", kToday});
  w.practice.add_habit(w.client(), w.e, {{}, "Secret habit", Cadence::daily});
  NudgeOptions o;
  o.as_of = day(2026, 12, 28);
  o.inner_work_days = {{w.org, 1}};
  const auto n = w.of(w.admin(), o);
  for (const Nudge& x : n.nudges) {
    EXPECT_TRUE(x.kind == NudgeKind::inner_work_day || x.kind == NudgeKind::agreement_ending);
    EXPECT_TRUE(x.title.empty());
    EXPECT_FALSE(x.record.has_value());
  }
  // The Inner Work Day goes to the sponsored client and their coach; both agreements end.
  const auto days = of_kind(n, NudgeKind::inner_work_day);
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].recipient, w.client());
  EXPECT_EQ(days[1].recipient, w.coach());
  const auto ending = of_kind(n, NudgeKind::agreement_ending);
  ASSERT_EQ(ending.size(), 2u);
  EXPECT_EQ(ending[0].recipient, w.admin());
  const std::string text = all_renderings(n);
  EXPECT_EQ(text.find("Secret"), std::string::npos);
}

TEST(Nudges, OnlyActiveEngagementsAndOnlyTheViewersOwn) {
  NudgeWorld w;
  w.practice.add_action_item(w.client(), w.e, {{}, "Mine", kToday});
  w.practice.add_action_item(w.other_client(), w.other_e, {{}, "Theirs", kToday});
  const auto mine = w.of(w.client(), w.options());
  ASSERT_EQ(of_kind(mine, NudgeKind::action_due).size(), 1u);
  EXPECT_EQ(of_kind(mine, NudgeKind::action_due)[0].title, "Mine");
  EXPECT_EQ(all_renderings(mine).find("Theirs"), std::string::npos);
  w.practice.set_engagement_status(w.admin(), w.e, EngagementStatus::paused);
  EXPECT_TRUE(w.of(w.client(), w.options()).nudges.empty());
  EXPECT_TRUE(w.of(w.coach(), w.options()).nudges.empty());
}

TEST(Nudges, AfterAHandoverOnlyWhatTheNewCoachMaySee) {
  NudgeWorld w;
  // The new coach sees coaching records from before the handover only with consent; the
  // previous coach no longer sees the engagement.
  w.practice.add_action_item(w.client(), w.e, {{}, "Before handover", kToday});
  w.practice.hand_over(w.admin(), w.e, w.successor_id);
  const auto successor = w.of(w.successor(), w.options());
  EXPECT_TRUE(of_kind(successor, NudgeKind::action_due).empty());
  EXPECT_EQ(all_renderings(successor).find("Before handover"), std::string::npos);
  EXPECT_TRUE(w.of(w.coach(), w.options()).nudges.empty());  // no longer theirs
}

TEST(Nudges, OptionsAreValidated) {
  NudgeWorld w;
  const auto bad = [&](auto change) {
    NudgeOptions o;
    change(o);
    EXPECT_THROW(w.of(w.coach(), o), ValidationError);
  };
  bad([](NudgeOptions& o) { o.horizon_days = -1; });
  bad([](NudgeOptions& o) { o.horizon_days = 367; });
  bad([](NudgeOptions& o) { o.inner_work_checkin_days = 0; });
  bad([](NudgeOptions& o) { o.inner_work_checkin_days = -30; });
  bad([&](NudgeOptions& o) { o.inner_work_days = {{w.org, 5}}; });
  bad([&](NudgeOptions& o) { o.inner_work_days = {{w.org, 0}}; });
  bad([&](NudgeOptions& o) { o.inner_work_days = {{w.org, 24}}; });
  bad([&](NudgeOptions& o) { o.inner_work_days = {{w.org, 4}, {w.org, 2}}; });
  bad([](NudgeOptions& o) { o.inner_work_days = {{OrganizationId{}, 4}}; });
  for (const std::int32_t ok : {1, 2, 3, 4, 6, 12}) {
    NudgeOptions o;
    o.inner_work_days = {{w.org, ok}};
    EXPECT_NO_THROW(validate(o));
  }
}

TEST(Nudges, SponsorsAndSupervisorsAreRefusedAndAudited) {
  NudgeWorld w;
  AuditCapture audit(w.practice);
  std::size_t mark = audit.size();
  EXPECT_THROW(w.of(w.sponsor_hr(), w.options()), AccessDenied);
  EXPECT_THROW(w.of(w.supervisor(), w.options()), AccessDenied);
  EXPECT_EQ(report_entries(audit.since(mark), AuditOutcome::denied), 2u);
  for (const Actor& who : {w.coach(), w.client(), w.admin()}) {
    mark = audit.size();
    (void)w.of(who, w.options());
    EXPECT_EQ(report_entries(audit.since(mark), AuditOutcome::allowed), 1u);
  }
}

// ---- Every role on a generated practice --------------------------------------------------------

TEST(Nudges, EveryRoleOnAGeneratedPractice) {
  SyntheticOptions options;
  options.scale = Scale::small;
  Practice practice(synthetic_practice_options(options));
  const SyntheticRoster roster = populate_practice(practice, options);
  const TextOracle oracle(practice);
  NudgeOptions o;
  o.horizon_days = 60;
  for (const Organization& org : practice.view(Actor::admin(roster.admin)).organizations())
    o.inner_work_days.push_back({org.id, 12});

  const std::vector<Viewer> viewers = testing::every_party(roster);

  std::size_t with_titles = 0;
  for (const Viewer& viewer : viewers) {
    const View view = practice.view(viewer);
    const std::string who(to_string(viewer.role));
    const bool allowed =
        viewer.role == Role::coach || viewer.role == Role::client || viewer.role == Role::admin;
    if (!allowed) {
      EXPECT_THROW(nudges(view, o), AccessDenied) << who;
      continue;
    }
    const auto n = nudges(view, o);
    expect_hidden_absent(all_renderings(n), oracle.hidden_from(view), who + " nudges");
    for (const Nudge& x : n.nudges) {
      if (viewer.role == Role::admin) {
        EXPECT_TRUE(x.title.empty()) << who;
        EXPECT_NE(x.kind, NudgeKind::action_due);
      } else {
        EXPECT_EQ(x.recipient, viewer) << who;
        with_titles += x.title.empty() ? 0 : 1;
      }
    }
  }
  EXPECT_GT(with_titles, 0u);  // the check above looked at real titles
}

// ---- Golden files ----------------------------------------------------------------------------

TEST(Nudges, GoldenFiles) {
  const GoldenPractice g;
  NudgeOptions o;
  o.as_of = g.as_of;
  o.horizon_days = 30;
  if (g.engagement.sponsor)
    o.inner_work_days = {{*g.engagement.sponsor, 12}};
  const auto n = nudges(g.practice.view(Actor::coach(g.engagement.coach)), o);
  check_golden("nudges.json", render_json(n));
  check_golden("nudges.csv", render_csv(n));
  check_golden("nudges.md", render_markdown(n));
  check_golden("nudges.html", render_html(n));
}

}  // namespace
}  // namespace libcoach
