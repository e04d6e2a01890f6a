// Reports: built only through a View, audited once each, and no rendering carries content
// the viewer may not see. Golden files pin every renderer on a fixed synthetic practice;
// LIBCOACH_REPORTS_WRITE_GOLDEN=1 rewrites them instead of comparing (then commit them).
// Every person and organization here is invented.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "content_fields.hpp"
#include "libcoach/libcoach.hpp"
#include "policy_fixture.hpp"
#include "practice_core.hpp"
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

// The coach's view of the engagement: outer work and coaching inner work, not the client's
// private items, notes or referrals. Descriptions are not part of the report.
const std::set<std::string> kCoachSees = with_prefix(
    {"goal-shared-title", "goal-shared-metric", "goal-shared-unit", "goal-private-title",
     "goal-private-metric", "goal-unlinked-title", "milestone-title", "action-title",
     "action-later", "habit-title", "skill-competency", "value-name", "value-meaning",
     "belief-statement", "belief-category", "belief-reframe"});

TEST(EngagementReport, CoachSeesOuterAndCoachingInnerWorkOnly) {
  SecretWorld w;
  const auto report = engagement_report(w.view(w.coach()), w.e);
  expect_only(all_renderings(report), w.secrets(), kCoachSees, "coach");
}

TEST(EngagementReport, ClientAlsoSeesTheirPrivateItems) {
  SecretWorld w;
  const auto report = engagement_report(w.view(w.client()), w.e);
  auto sees = kCoachSees;
  sees.insert(SecretWorld::secret("value-private"));
  sees.insert(SecretWorld::secret("value-private-meaning"));
  sees.insert(SecretWorld::secret("belief-private"));
  expect_only(all_renderings(report), w.secrets(), sees, "client");
}

TEST(EngagementReport, Figures) {
  SecretWorld w;
  const Date today = w.clock.today();
  const auto r = engagement_report(w.view(w.coach()), w.e, today.plus_days(1));
  EXPECT_EQ(r.header.kind, ReportKind::engagement);
  EXPECT_EQ(r.header.as_of, today.plus_days(1));
  EXPECT_EQ(r.allotment.allotted, 12);
  EXPECT_EQ(r.allotment.held, 2);
  EXPECT_EQ(r.allotment.cancelled, 1);
  EXPECT_EQ(r.allotment.scheduled, 1);
  EXPECT_EQ(r.sessions.size(), 4u);
  ASSERT_EQ(r.goals.size(), 3u);
  EXPECT_EQ(r.goals[0].baseline, 1.0);
  EXPECT_EQ(r.goals[0].current, 3.0);
  EXPECT_EQ(r.goals[0].target, 5.0);
  EXPECT_DOUBLE_EQ(*r.goals[0].progress, 0.5);
  EXPECT_EQ(r.goals[0].trend, GoalTrend::improving);
  EXPECT_EQ(r.goals[0].measurements, 2);
  ASSERT_EQ(r.actions.size(), 2u);
  EXPECT_TRUE(r.actions[0].overdue);
  EXPECT_FALSE(r.actions[1].overdue);
  ASSERT_EQ(r.milestones.size(), 1u);
  EXPECT_TRUE(r.milestones[0].overdue);
  ASSERT_EQ(r.habits.size(), 1u);
  EXPECT_EQ(r.habits[0].check_ins, 4);
  EXPECT_EQ(r.habits[0].kept, 3);
  EXPECT_DOUBLE_EQ(r.habits[0].adherence, 0.75);
  EXPECT_EQ(r.habits[0].current_streak, 1);
  ASSERT_EQ(r.skills.size(), 1u);
  ASSERT_EQ(r.skills[0].ratings.size(), 2u);
  EXPECT_EQ(r.skills[0].ratings[1].value, 6);
  ASSERT_EQ(r.beliefs.size(), 1u);  // the private belief is not the coach's to see
  ASSERT_EQ(r.beliefs[0].strength.size(), 2u);
  EXPECT_EQ(r.beliefs[0].strength[0].value, 8);
  EXPECT_EQ(r.beliefs[0].strength[1].value, 5);
  EXPECT_EQ(r.wellbeing.check_ins, 3);
  EXPECT_EQ(r.wellbeing.thriving.first, 4);
  EXPECT_EQ(r.wellbeing.thriving.last, 8);
  EXPECT_DOUBLE_EQ(r.wellbeing.thriving.mean, 6.0);
  EXPECT_DOUBLE_EQ(r.wellbeing.stress.mean, 6.0);
  EXPECT_EQ(r.wellbeing.first_on, today);
  EXPECT_EQ(r.wellbeing.last_on, today.plus_days(20));

  // Iceberg: the unlinked goal; fear, purpose, reflection and insight are linked to nothing.
  std::set<std::pair<IcebergIssue, RecordId>> findings;
  for (const auto& f : r.iceberg)
    findings.insert({f.issue, f.record});
  EXPECT_EQ(findings.size(), 5u);
  EXPECT_TRUE(findings.contains({IcebergIssue::goal_without_inner_work, w.unlinked_goal.record()}));
  EXPECT_TRUE(findings.contains({IcebergIssue::inner_without_goal, w.fear.record()}));
  EXPECT_FALSE(findings.contains({IcebergIssue::inner_without_goal, w.belief.record()}));
  EXPECT_FALSE(findings.contains({IcebergIssue::goal_without_inner_work, w.shared_goal.record()}));
}

TEST(EngagementReport, OthersAreRefusedAsTheViewRefuses) {
  SecretWorld w;
  EXPECT_THROW(engagement_report(w.view(w.sponsor_hr()), w.e), AccessDenied);
  EXPECT_THROW(engagement_report(w.view(w.admin()), w.e), AccessDenied);
  EXPECT_THROW(engagement_report(w.view(w.stranger()), w.e), NotFound);
  EXPECT_THROW(engagement_report(w.view(w.sponsor_outsider()), w.e), NotFound);
  EXPECT_THROW(engagement_report(w.view(w.coach()), EngagementId{}), NotFound);
  EXPECT_THROW(engagement_report(w.view(w.supervisor()), w.e), NotFound);  // no consent
}

TEST(Reports, EachReportWritesOneReportAuditEntry) {
  SecretWorld w;
  AuditCapture audit(w.practice);
  std::size_t mark = audit.size();
  (void)engagement_report(w.view(w.coach()), w.e);
  auto entries = audit.since(mark);
  EXPECT_EQ(report_entries(entries, AuditOutcome::allowed), 1u);
  const auto it = std::find_if(entries.begin(), entries.end(),
                               [](const auto& e) { return e.action == AuditAction::report; });
  ASSERT_NE(it, entries.end());
  EXPECT_EQ(it->engagement, w.e);
  EXPECT_EQ(it->client, w.client_id);
  EXPECT_EQ(it->viewer, w.coach());
  // The listings it read audited themselves as usual.
  EXPECT_GT(std::count_if(entries.begin(), entries.end(),
                          [](const auto& e) { return e.action == AuditAction::list; }),
            0);

  mark = audit.size();
  EXPECT_THROW(engagement_report(w.view(w.sponsor_hr()), w.e), AccessDenied);
  EXPECT_EQ(report_entries(audit.since(mark), AuditOutcome::denied), 1u);

  for (const std::function<void()>& make :
       std::vector<std::function<void()>>{[&] { (void)sponsor_report(w.view(w.sponsor_hr())); },
                                          [&] { (void)hours_log(w.view(w.coach())); },
                                          [&] { (void)session_calendar(w.view(w.coach())); }}) {
    mark = audit.size();
    make();
    EXPECT_EQ(report_entries(audit.since(mark), AuditOutcome::allowed), 1u);
  }
  EXPECT_TRUE(w.practice.view(w.admin()).audit_trail().size() > 0);
}

// ---- Sponsor report --------------------------------------------------------------------------

TEST(SponsorReport, SharedGoalsInFullUnsharedRedactedNothingElse) {
  SecretWorld w;
  const auto r = sponsor_report(w.view(w.sponsor_manager()));
  ASSERT_EQ(r.engagements.size(), 1u);
  const auto& e = r.engagements[0];
  EXPECT_EQ(e.engagement, w.e);
  ASSERT_TRUE(e.attendance.has_value());
  EXPECT_EQ(e.attendance->held, 2);
  EXPECT_EQ(e.attendance->allotted, 12);
  ASSERT_EQ(e.goals.size(), 3u);
  EXPECT_FALSE(e.goals[0].redacted);
  EXPECT_EQ(e.goals[0].trend, GoalTrend::improving);
  EXPECT_TRUE(e.goals[1].redacted);
  EXPECT_FALSE(e.goals[1].progress.has_value());
  expect_only(all_renderings(r), w.secrets(),
              with_prefix({"goal-shared-title", "goal-shared-metric", "goal-shared-unit"}),
              "sponsor");
}

TEST(SponsorReport, WithoutRedactedLinesUnsharedGoalsVanish) {
  SecretWorld w;  // terms are set in start(); change them through a new agreement
  Agreement a{day(2026, 3, 1), day(2026, 12, 31), 12, "Terms.", SponsorTerms{}, day(2026, 2, 20)};
  a.sponsor_terms.attendance = false;
  w.practice.set_agreement(w.admin(), w.e, a);
  const auto r = sponsor_report(w.view(w.sponsor_hr()));
  ASSERT_EQ(r.engagements.size(), 1u);
  EXPECT_FALSE(r.engagements[0].attendance.has_value());
  ASSERT_EQ(r.engagements[0].goals.size(), 1u);
  EXPECT_EQ(r.engagements[0].goals[0].id, w.shared_goal);
}

TEST(SponsorReport, OnlyTheContactsOwnEngagementsAndOnlyContacts) {
  SecretWorld w;
  EXPECT_TRUE(sponsor_report(w.view(w.sponsor_colleague())).engagements.empty());
  const auto outsider = sponsor_report(w.view(w.sponsor_outsider()));
  ASSERT_EQ(outsider.engagements.size(), 1u);
  EXPECT_EQ(outsider.engagements[0].engagement, w.other_e);
  EXPECT_THROW(sponsor_report(w.view(w.coach())), AccessDenied);
  EXPECT_THROW(sponsor_report(w.view(w.client())), AccessDenied);
  EXPECT_THROW(sponsor_report(w.view(w.admin())), AccessDenied);
}

TEST(SponsorReport, ConsentedInnerWorkNeverAppears) {
  SecretWorld w;
  w.consent(w.sponsor_hr(), {w.belief.record()}, {}, 30, "sponsor-review");
  const auto r = sponsor_report(w.view(w.sponsor_hr()));
  const std::string text = all_renderings(r);
  EXPECT_EQ(text.find(SecretWorld::secret("belief-statement")), std::string::npos);
}

// ---- Hours log and calendar ------------------------------------------------------------------

TEST(HoursLog, HeldSessionsAnonymisedWithTotals) {
  SecretWorld w;
  const auto log = hours_log(w.view(w.coach()));
  ASSERT_EQ(log.entries.size(), 2u);
  EXPECT_EQ(log.entries[0].client, w.client_id.to_string().substr(0, 8));
  EXPECT_DOUBLE_EQ(log.entries[0].hours, 1.5);
  EXPECT_FALSE(log.entries[0].group);
  EXPECT_TRUE(log.entries[1].group);
  EXPECT_TRUE(log.entries[1].pro_bono);
  EXPECT_DOUBLE_EQ(log.total_hours, 2.5);
  EXPECT_DOUBLE_EQ(log.paid_hours, 1.5);
  EXPECT_DOUBLE_EQ(log.pro_bono_hours, 1.0);
  EXPECT_DOUBLE_EQ(log.group_hours, 1.0);
  EXPECT_EQ(log.clients, 1);
  ASSERT_EQ(log.credentials.size(), 3u);
  EXPECT_EQ(log.credentials[0].credential, Credential::acc);
  EXPECT_DOUBLE_EQ(log.credentials[0].required_hours, 100.0);
  EXPECT_DOUBLE_EQ(log.credentials[0].remaining_hours, 97.5);
  EXPECT_DOUBLE_EQ(log.credentials[1].required_hours, 500.0);
  EXPECT_DOUBLE_EQ(log.credentials[2].required_hours, 2500.0);
  EXPECT_FALSE(log.credentials[0].reached);
  const std::string text = all_renderings(log);
  EXPECT_EQ(text.find(w.client_id.to_string()), std::string::npos);  // only the prefix
  expect_only(text, w.secrets(), {}, "hours");
  EXPECT_EQ(render_csv(log).substr(0, 32), "client,date,type,payment,hours\r\n");
}

TEST(HoursLog, CoachesOnlyAndOnlyTheirOwnSessions) {
  SecretWorld w;
  EXPECT_TRUE(hours_log(w.view(w.stranger())).entries.empty());
  EXPECT_THROW(hours_log(w.view(w.client())), AccessDenied);
  EXPECT_THROW(hours_log(w.view(w.admin())), AccessDenied);
  w.practice.hand_over(w.admin(), w.e, w.successor_id);
  EXPECT_TRUE(hours_log(w.view(w.successor())).entries.empty());
}

TEST(Calendar, EventsWithoutContent) {
  SecretWorld w;
  const auto cal = session_calendar(w.view(w.coach()));
  ASSERT_EQ(cal.events.size(), 4u);
  EXPECT_EQ(cal.events[0].end.unix_seconds() - cal.events[0].start.unix_seconds(), 90 * 60);
  const std::string ics = render_ical(cal);
  expect_only(all_renderings(cal), w.secrets(), {}, "calendar");
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
  EXPECT_NE(ics.find("DTSTART:20260302T100000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("STATUS:CANCELLED\r\n"), std::string::npos);
  EXPECT_EQ(std::count(ics.begin(), ics.end(), '\n'), std::count(ics.begin(), ics.end(), '\r'));
  std::istringstream lines(ics);
  for (std::string line; std::getline(lines, line);)
    EXPECT_LE(line.size(), 76u);  // 75 octets plus the CR
  EXPECT_THROW(session_calendar(w.view(w.client())), AccessDenied);
}

TEST(Ical, EscapingAndFolding) {
  EXPECT_EQ(ical_escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
  const std::string long_line = "SUMMARY:" + std::string(100, 'x');
  const std::string folded = ical_fold_line(long_line);
  EXPECT_EQ(folded.substr(75, 3), "\r\n ");
  EXPECT_EQ(folded.size(), long_line.size() + 3 * 1 + 2);
  // A multi-byte sequence is never split: 40 two-byte characters after 8 octets of name.
  std::string utf8 = "SUMMARY:";
  for (int i = 0; i < 40; ++i)
    utf8 += "\xC3\xA9";
  const std::string f = ical_fold_line(utf8);
  const auto cut = f.find("\r\n ");
  ASSERT_NE(cut, std::string::npos);
  EXPECT_LE(cut, 75u);
  EXPECT_NE(static_cast<unsigned char>(f[cut + 3]) & 0xC0, 0x80u);  // not a continuation byte
}

TEST(Csv, QuotingAndFormulaGuard) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("=SUM(A1)"), "'=SUM(A1)");
  EXPECT_EQ(csv_field("-3", false), "-3");
  EXPECT_EQ(markdown_escape("a|b\n<x>[y](z)"), "a\\|b \\<x\\>\\[y\\](z)");
}

// ---- Every report for every role on a generated practice --------------------------------------

TEST(Reports, EveryReportForEveryRoleOnAGeneratedPractice) {
  SyntheticOptions options;
  options.scale = Scale::small;
  Practice practice(synthetic_practice_options(options));
  const SyntheticRoster roster = populate_practice(practice, options);
  const TextOracle oracle(practice);
  ASSERT_GT(oracle.all.size(), 20u);

  const std::vector<Viewer> viewers = testing::every_party(roster);

  std::size_t built = 0;
  for (const Viewer& viewer : viewers) {
    const View view = practice.view(viewer);
    const auto hidden = oracle.hidden_from(view);
    const std::string who = std::string(to_string(viewer.role));
    for (const EngagementId e : roster.engagements) {
      try {
        const auto r = engagement_report(view, e);
        EXPECT_TRUE(viewer.id == r.coach.value || viewer.id == r.client.value) << who;
        expect_hidden_absent(all_renderings(r), hidden, who + " engagement");
        ++built;
      } catch (const AccessDenied&) {
        EXPECT_NE(viewer.role, Role::client);
      } catch (const NotFound&) {
      }
    }
    const auto attempt = [&](auto make, Role allowed, const char* what) {
      if (viewer.role == allowed) {
        expect_hidden_absent(all_renderings(make()), hidden, who + " " + what);
        ++built;
      } else {
        EXPECT_THROW(make(), AccessDenied) << who << " " << what;
      }
    };
    attempt([&] { return sponsor_report(view); }, Role::sponsor_contact, "sponsor");
    attempt([&] { return hours_log(view); }, Role::coach, "hours");
    attempt([&] { return session_calendar(view); }, Role::coach, "calendar");
  }
  // Every engagement once for its coach and once for its client, plus the role reports.
  EXPECT_EQ(built, 2 * roster.engagements.size() + roster.sponsor_contacts.size() +
                       2 * roster.coaches.size());
}

// ---- Golden files ----------------------------------------------------------------------------

TEST(Reports, GoldenFiles) {
  const GoldenPractice g;
  const View& coach = g.coach;
  const View& sponsor = g.sponsor;
  const Date as_of = g.as_of;

  const auto engagement = engagement_report(coach, g.engagement.id, as_of);
  check_golden("engagement.json", render_json(engagement));
  check_golden("engagement.csv", render_csv(engagement));
  check_golden("engagement.md", render_markdown(engagement));
  const auto sponsor_r = sponsor_report(sponsor, as_of);
  check_golden("sponsor.json", render_json(sponsor_r));
  check_golden("sponsor.csv", render_csv(sponsor_r));
  check_golden("sponsor.md", render_markdown(sponsor_r));
  const auto hours = hours_log(coach, as_of);
  check_golden("hours.json", render_json(hours));
  check_golden("hours.csv", render_csv(hours));
  check_golden("hours.md", render_markdown(hours));
  const auto cal = session_calendar(coach, as_of);
  check_golden("calendar.json", render_json(cal));
  check_golden("calendar.csv", render_csv(cal));
  check_golden("calendar.md", render_markdown(cal));
  check_golden("calendar.ics", render_ical(cal));
}

}  // namespace
}  // namespace libcoach
