// Practice aggregates: k-anonymity as a property over many generated practices (client sets
// recomputed here from the practice's state, not with the report's helpers), the k−1 / k /
// k+1 boundary on hand-built practices, who may ask, that no confidential text reaches any
// rendering, and golden files. Every person and organization here is invented.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "content_fields.hpp"
#include "libcoach/libcoach.hpp"
#include "libcoach/reports/reports.hpp"
#include "policy_fixture.hpp"
#include "practice_core.hpp"
#include "report_checks.hpp"

namespace libcoach {
namespace {

using testing::all_renderings;
using testing::AuditCapture;
using testing::check_golden;
using testing::day;
using testing::GoldenPractice;
using testing::ManualClock;

using ClientSet = std::set<std::string>;

// ---- An independent recomputation of who is in which cell ------------------------------------

struct Expected {
  ClientSet total;
  std::map<std::string, std::map<std::string, ClientSet>> tables;  // dimension -> key -> clients
  std::int32_t held = 0, cancelled = 0, no_show = 0, goals = 0, achieved = 0;
  double thriving = 0.0;
  std::int32_t check_ins = 0;
};

std::string ym(Date d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u", d.year(), d.month());
  return buf;
}
std::string quarter(Date d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-Q%u", d.year(), (d.month() + 2) / 3);
  return buf;
}

Expected recompute(const Practice& practice, std::optional<Date> from, std::optional<Date> to,
                   std::optional<OrganizationId> org, bool shared_goals_only) {
  const auto& state = PracticeAccess::core(practice).state;
  const auto within = [&](Date d) { return (!from || *from <= d) && (!to || d <= *to); };
  Expected x;
  for (const auto name : {"organization", "coach", "cohort", "month"})
    x.tables[name];
  for (const Engagement& e : state.table<Engagement>().rows()) {
    if (!e.agreement || (org && e.sponsor != org))
      continue;
    if ((to && e.agreement->start > *to) || (from && e.agreement->end < *from))
      continue;
    const std::string client = e.client.to_string();
    x.total.insert(client);
    x.tables["organization"][e.sponsor ? e.sponsor->to_string() : "independent"].insert(client);
    x.tables["coach"][e.coach.to_string()].insert(client);
    x.tables["cohort"][quarter(e.agreement->start)].insert(client);
    for (const Session& s : state.table<Session>().rows()) {
      if (s.meta.engagement != e.id || !within(s.start.date()))
        continue;
      x.tables["month"][ym(s.start.date())].insert(client);
      x.held += s.status == SessionStatus::held;
      x.cancelled += s.status == SessionStatus::cancelled;
      x.no_show += s.status == SessionStatus::no_show;
    }
    for (const Goal& g : state.table<Goal>().rows()) {
      if (g.meta.engagement != e.id || (shared_goals_only && !g.shared_with_sponsor))
        continue;
      ++x.goals;
      x.achieved += g.status == GoalStatus::achieved;
    }
    for (const WellbeingCheckIn& w : state.table<WellbeingCheckIn>().rows()) {
      if (w.meta.engagement != e.id || w.meta.scope == Scope::client_private || !within(w.on))
        continue;
      x.thriving += w.thriving;
      ++x.check_ins;
    }
  }
  return x;
}

ClientSet minus(const ClientSet& a, const ClientSet& b) {
  ClientSet out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
  return out;
}

bool small_group(std::size_t n, std::int32_t k) {
  return n > 0 && n < static_cast<std::size_t>(k);
}

/// Checks every published figure, every table's remainder and every nested pair.
void expect_k_anonymous(const PracticeAggregates& r, const Expected& x, const std::string& what) {
  const std::int32_t k = r.k;
  ASSERT_EQ(r.tables.size(), 4u) << what;
  if (x.total.size() < static_cast<std::size_t>(k)) {
    EXPECT_TRUE(r.total.suppressed) << what;
    for (const auto& t : r.tables) {
      for (const auto& c : t.cells) {
        EXPECT_TRUE(c.suppressed) << what;
      }
    }
    return;
  }
  ASSERT_FALSE(r.total.suppressed) << what;
  EXPECT_EQ(r.total.measures->clients, static_cast<std::int32_t>(x.total.size())) << what;
  // Every published cell with its client set, the total included, for the nesting check.
  std::vector<const ClientSet*> published{&x.total};
  for (const auto& t : r.tables) {
    const auto& cells = x.tables.at(std::string(to_string(t.dimension)));
    ASSERT_EQ(t.cells.size(), cells.size()) << what << " " << to_string(t.dimension);
    ClientSet revealed;  // Clients behind total − Σ published cells of this table.
    ClientSet covered;
    for (const auto& c : t.cells) {
      const auto it = cells.find(c.key);
      ASSERT_NE(it, cells.end()) << what << " unexpected key";
      covered.insert(it->second.begin(), it->second.end());
      EXPECT_EQ(c.suppressed, !c.measures.has_value());
      if (c.suppressed) {
        revealed.insert(it->second.begin(), it->second.end());
        continue;
      }
      EXPECT_EQ(c.measures->clients, static_cast<std::int32_t>(it->second.size())) << what;
      EXPECT_GE(c.measures->clients, k) << what << " published cell below k";
      published.push_back(&it->second);
    }
    const ClientSet uncovered = minus(x.total, covered);
    revealed.insert(uncovered.begin(), uncovered.end());
    EXPECT_FALSE(small_group(revealed.size(), k))
        << what << " " << to_string(t.dimension) << ": remainder of " << revealed.size();
  }
  for (const ClientSet* a : published) {
    for (const ClientSet* b : published) {
      if (a == b || b->size() >= a->size() ||
          !std::includes(a->begin(), a->end(), b->begin(), b->end()))
        continue;
      EXPECT_FALSE(small_group(minus(*a, *b).size(), k)) << what << ": nested pair";
    }
  }
}

// ---- Property: many generated practices, several k and periods --------------------------------

TEST(PracticeAggregates, KAnonymousOnGeneratedPractices) {
  std::size_t suppressed = 0, published = 0;
  for (std::uint64_t seed = 1; seed <= 8; ++seed) {
    SyntheticOptions options;
    options.scale = Scale::small;
    options.seed = seed;
    Practice practice(synthetic_practice_options(options));
    const SyntheticRoster roster = populate_practice(practice, options);
    const View admin = practice.view(Actor::admin(roster.admin));
    const std::vector<std::pair<std::optional<Date>, std::optional<Date>>> periods{
        {std::nullopt, std::nullopt},
        {options.start.plus_days(30), options.start.plus_days(150)},
        {options.start.plus_days(90), std::nullopt},
        {options.start.plus_days(100), options.start.plus_days(115)}};
    for (const std::int32_t k : {3, 4, 5, 7}) {
      for (const auto& [from, to] : periods) {
        PracticeAggregateOptions o;
        o.from = from;
        o.to = to;
        o.k = k;
        const auto r = practice_aggregates(admin, o);
        const Expected x = recompute(practice, from, to, std::nullopt, false);
        const std::string what = "seed " + std::to_string(seed) + " k " + std::to_string(k);
        expect_k_anonymous(r, x, what);
        for (const auto& t : r.tables)
          for (const auto& c : t.cells)
            (c.suppressed ? suppressed : published) += 1;
        if (!r.total.suppressed) {
          const AggregateMeasures& m = *r.total.measures;
          EXPECT_EQ(m.sessions_held, x.held) << what;
          EXPECT_EQ(m.sessions_cancelled, x.cancelled) << what;
          EXPECT_EQ(m.sessions_no_show, x.no_show) << what;
          EXPECT_EQ(m.goals, x.goals) << what;
          EXPECT_EQ(m.goals_achieved, x.achieved) << what;
          ASSERT_EQ(m.wellbeing_mean.has_value(), x.check_ins > 0) << what;
          if (x.check_ins > 0) {
            EXPECT_NEAR(*m.wellbeing_mean, x.thriving / x.check_ins, 1e-9) << what;
          }
        }
      }
    }
    // A sponsor contact: their organization only, shared goals only.
    const SponsorContactId contact = roster.sponsor_contacts.front();
    const View sponsor = practice.view(Actor::sponsor(contact));
    const auto r = practice_aggregates(sponsor, {.k = 3});
    ASSERT_TRUE(r.organization.has_value());
    const Expected x = recompute(practice, std::nullopt, std::nullopt, r.organization, true);
    expect_k_anonymous(r, x, "sponsor seed " + std::to_string(seed));
    if (!r.total.suppressed) {
      EXPECT_EQ(r.total.measures->goals, x.goals);
    }
    EXPECT_FALSE(r.themes.has_value());
  }
  // The practices are small: both outcomes must have occurred for the test to mean anything.
  EXPECT_GT(suppressed, 0u);
  EXPECT_GT(published, 0u);
}

// ---- Hand-built practices -------------------------------------------------------------------

struct Hand {
  ManualClock clock{Timestamp::at(day(2026, 9, 30), 9)};
  Practice practice{PracticeOptions{clock.clock(), 20260930}};
  AdminId admin_id;
  OrganizationId org;
  OrganizationId other_org;
  SponsorContactId hr;
  SponsorContactId outsider;
  int clients = 0;
  int coaches = 0;

  Actor admin() const { return Actor::admin(admin_id); }

  Hand() {
    admin_id = practice.add_first_admin({"Iris Okonkwo-Hale", "iris@practice.example"});
    org = practice.add_organization(admin(), "Fernhill Logistics");
    other_org = practice.add_organization(admin(), "Quarrybank Foods");
    hr = practice.add_sponsor_contact(
        admin(), {org, "Tomas Ravel", "tomas@fernhill.example", ContactRole::hr});
    outsider = practice.add_sponsor_contact(
        admin(), {other_org, "Vera Quill", "vera@quarrybank.example", ContactRole::hr});
  }

  CoachId coach(const std::string& name) {
    ++coaches;
    return practice.add_coach(
        admin(), {name, "coach" + std::to_string(coaches) + "@practice.example", Credential::pcc});
  }

  /// A new client in an active engagement with `coach`, one held session a week after start.
  EngagementId engage(CoachId coach, std::optional<OrganizationId> sponsor,
                      Date start = day(2026, 4, 1), const std::string& name = "",
                      bool with_session = true) {
    ++clients;
    const ClientId client = practice.add_client(
        admin(), {name.empty() ? "Client " + std::to_string(clients) : name,
                  "client" + std::to_string(clients) + "@example.com", sponsor});
    std::vector<SponsorContactId> contacts;
    if (sponsor == org)
      contacts.push_back(hr);
    const EngagementId e = practice.propose_engagement(admin(), {coach, client, sponsor, contacts});
    practice.set_agreement(
        admin(), e,
        Agreement{start, start.plus_days(150), 10, "Terms.", SponsorTerms{}, start.plus_days(-5)});
    practice.set_engagement_status(admin(), e, EngagementStatus::active);
    if (!with_session)
      return e;
    const SessionId s =
        practice.schedule_session(admin(), e, {Timestamp::at(start.plus_days(7), 10)});
    practice.set_session_status(admin(), s, SessionStatus::held);
    return e;
  }

  PracticeAggregates report(std::int32_t k = 5) const {
    return practice_aggregates(practice.view(admin()), {.k = k});
  }
};

const AggregateCell& cell(const PracticeAggregates& r, AggregateDimension d,
                          const std::string& key) {
  for (const auto& t : r.tables) {
    if (t.dimension != d)
      continue;
    for (const auto& c : t.cells)
      if (c.key == key)
        return c;
  }
  throw std::runtime_error("no such cell");
}

TEST(PracticeAggregates, CellBoundaryAtKMinusOneKAndKPlusOne) {
  const std::int32_t k = 5;
  for (const int n : {k - 1, k, k + 1}) {
    Hand h;
    const CoachId coach = h.coach("Mara Lindgren");
    for (int i = 0; i < n; ++i)
      h.engage(coach, h.org);
    for (int i = 0; i < 2 * k; ++i)
      h.engage(coach, std::nullopt);
    const auto r = h.report(k);
    const AggregateCell& c = cell(r, AggregateDimension::organization, h.org.to_string());
    EXPECT_EQ(c.suppressed, n < k) << n;
    EXPECT_EQ(c.label, "Fernhill Logistics");
    if (n < k) {
      EXPECT_FALSE(c.measures.has_value());
      // Its complement would give it away: the other cell of the table goes too.
      EXPECT_TRUE(cell(r, AggregateDimension::organization, "independent").suppressed);
      EXPECT_NE(render_markdown(r).find("suppressed"), std::string::npos);
    } else {
      EXPECT_EQ(c.measures->clients, n);
      EXPECT_EQ(c.measures->engagements, n);
      EXPECT_EQ(c.measures->sessions_held, n);
      EXPECT_EQ(c.measures->attendance_rate, 1.0);
      EXPECT_FALSE(cell(r, AggregateDimension::organization, "independent").suppressed);
    }
    EXPECT_FALSE(r.total.suppressed);
    EXPECT_EQ(r.total.measures->clients, n + 2 * k);
  }
}

TEST(PracticeAggregates, TotalBelowKSuppressesEverything) {
  for (const int n : {4, 5}) {
    Hand h;
    const CoachId coach = h.coach("Mara Lindgren");
    for (int i = 0; i < n; ++i)
      h.engage(coach, h.org);
    const auto r = h.report(5);
    EXPECT_EQ(r.total.suppressed, n < 5);
    for (const auto& t : r.tables) {
      for (const auto& c : t.cells) {
        EXPECT_EQ(c.suppressed, n < 5);
      }
    }
  }
}

TEST(PracticeAggregates, NestedCellsDifferingByFewerThanKClients) {
  // Organization cell: 9 clients; coach X has 5 of them, coach Y the other 4 and 6 unsponsored.
  // X ⊂ organization with 4 < k left over: X goes; independent (6) ⊂ Y (10): 4 < k: it goes.
  Hand h;
  const CoachId x = h.coach("Mara Lindgren");
  const CoachId y = h.coach("Jun Albescu");
  for (int i = 0; i < 5; ++i)
    h.engage(x, h.org);
  for (int i = 0; i < 4; ++i)
    h.engage(y, h.org);
  for (int i = 0; i < 6; ++i)
    h.engage(y, std::nullopt);
  const auto r = h.report(5);
  EXPECT_TRUE(cell(r, AggregateDimension::coach, x.to_string()).suppressed);
  EXPECT_FALSE(cell(r, AggregateDimension::coach, y.to_string()).suppressed);
  EXPECT_FALSE(cell(r, AggregateDimension::organization, h.org.to_string()).suppressed);
  EXPECT_TRUE(cell(r, AggregateDimension::organization, "independent").suppressed);
  EXPECT_EQ(r.total.measures->clients, 15);
}

TEST(PracticeAggregates, ClientsWithoutSessionsCountInTheMonthTablesRemainder) {
  // April: 5 clients, May: 5 others, and 2 clients without any session. Each month is far
  // from the total, but total − April − May would describe the 2: one month goes.
  Hand h;
  const CoachId coach = h.coach("Mara Lindgren");
  for (int i = 0; i < 5; ++i)
    h.engage(coach, h.org, day(2026, 4, 1));
  for (int i = 0; i < 5; ++i)
    h.engage(coach, h.org, day(2026, 5, 1));
  for (int i = 0; i < 2; ++i)
    h.engage(coach, h.org, day(2026, 4, 1), "", false);
  const auto r = h.report(5);
  EXPECT_EQ(r.total.measures->clients, 12);
  EXPECT_TRUE(cell(r, AggregateDimension::month, "2026-04").suppressed);
  EXPECT_FALSE(cell(r, AggregateDimension::month, "2026-05").suppressed);
}

TEST(PracticeAggregates, PeriodsCohortsMonthsAndAttendance) {
  Hand h;
  const CoachId coach = h.coach("Mara Lindgren");
  std::vector<EngagementId> es;
  for (int i = 0; i < 3; ++i)
    es.push_back(h.engage(coach, h.org, day(2026, 1, 10)));  // 2026-Q1, session in January
  for (int i = 0; i < 3; ++i)
    es.push_back(h.engage(coach, h.org, day(2026, 4, 10)));  // 2026-Q2, session in April
  // One no-show and one cancelled session in April for the first Q2 client.
  const SessionId missed =
      h.practice.schedule_session(h.admin(), es[3], {Timestamp::at(day(2026, 4, 20), 10)});
  h.practice.set_session_status(h.admin(), missed, SessionStatus::no_show);
  const SessionId cancelled =
      h.practice.schedule_session(h.admin(), es[3], {Timestamp::at(day(2026, 4, 21), 10)});
  h.practice.set_session_status(h.admin(), cancelled, SessionStatus::cancelled);
  const View admin = h.practice.view(h.admin());

  const auto all = practice_aggregates(admin, {.k = 3});
  EXPECT_EQ(cell(all, AggregateDimension::cohort, "2026-Q1").measures->clients, 3);
  EXPECT_EQ(cell(all, AggregateDimension::cohort, "2026-Q2").measures->clients, 3);
  const AggregateCell& april = cell(all, AggregateDimension::month, "2026-04");
  EXPECT_EQ(april.measures->sessions_held, 3);
  EXPECT_EQ(april.measures->sessions_no_show, 1);
  EXPECT_EQ(april.measures->sessions_cancelled, 1);
  EXPECT_DOUBLE_EQ(*april.measures->attendance_rate, 0.75);
  EXPECT_FALSE(april.measures->goals.has_value());  // Goals are not broken down by month.
  EXPECT_EQ(cell(all, AggregateDimension::month, "2026-01").measures->clients, 3);

  // Agreements from 2026-01-10 to 2026-06-09 and from 2026-04-10 to 2026-09-07: a period in
  // July holds only the Q2 cohort, and no session.
  const auto july =
      practice_aggregates(admin, {.from = day(2026, 7, 1), .to = day(2026, 7, 31), .k = 3});
  EXPECT_EQ(july.total.measures->clients, 3);
  EXPECT_EQ(july.total.measures->sessions_held, 0);
  EXPECT_FALSE(july.total.measures->attendance_rate.has_value());
  EXPECT_TRUE(july.tables[3].cells.empty());
  // ... and clients without a session in the period make the month table's remainder: 3 ≥ k.
  ASSERT_EQ(july.tables[2].cells.size(), 1u);
}

// ---- Who may ask ------------------------------------------------------------------------------

TEST(PracticeAggregates, OnlyAdminsAndSponsorContactsOfTheirOwnOrganization) {
  Hand h;
  const CoachId coach = h.coach("Mara Lindgren");
  EngagementId first;
  for (int i = 0; i < 6; ++i) {
    const EngagementId e = h.engage(coach, h.org);
    if (i == 0)
      first = e;
  }
  for (int i = 0; i < 6; ++i)
    h.engage(coach, h.other_org);
  AuditCapture audit(h.practice);
  const Engagement e = h.practice.view(h.admin()).engagement(first);

  EXPECT_THROW(practice_aggregates(h.practice.view(Actor::coach(coach))), AccessDenied);
  EXPECT_THROW(practice_aggregates(h.practice.view(Actor::client(e.client))), AccessDenied);
  const View hr = h.practice.view(Actor::sponsor(h.hr));
  EXPECT_THROW(practice_aggregates(hr, {.organization = h.other_org, .k = 3}), AccessDenied);
  const auto denied = std::count_if(audit.all().begin(), audit.all().end(), [](const auto& a) {
    return a.action == AuditAction::report && a.outcome == AuditOutcome::denied;
  });
  EXPECT_EQ(denied, 3);

  const std::size_t before = audit.size();
  const auto own = practice_aggregates(hr, {.k = 3});
  const auto after = audit.since(before);
  ASSERT_EQ(after.size(), 1u);  // One entry: the report's.
  EXPECT_EQ(after[0].action, AuditAction::report);
  EXPECT_EQ(after[0].count, 6u);
  EXPECT_EQ(own.organization, h.org);
  ASSERT_EQ(own.tables[0].cells.size(), 1u);
  EXPECT_EQ(own.tables[0].cells[0].key, h.org.to_string());
  EXPECT_EQ(own.total.measures->clients, 6);
  EXPECT_FALSE(own.themes.has_value());
  EXPECT_EQ(practice_aggregates(hr, {.organization = h.org, .k = 3}).total.measures->clients, 6);

  const View admin = h.practice.view(h.admin());
  EXPECT_EQ(practice_aggregates(admin, {.k = 3}).total.measures->clients, 12);
  EXPECT_EQ(
      practice_aggregates(admin, {.organization = h.other_org, .k = 3}).total.measures->clients, 6);
  EXPECT_THROW(practice_aggregates(admin, {.organization = OrganizationId{h.hr.value}}), NotFound);
  EXPECT_THROW(practice_aggregates(admin, {.k = 2}), ValidationError);
  EXPECT_THROW(practice_aggregates(admin, {.from = day(2026, 5, 1), .to = day(2026, 4, 1)}),
               ValidationError);
}

TEST(PracticeAggregates, EveryRoleOnAGeneratedPractice) {
  SyntheticOptions options;
  options.scale = Scale::small;
  Practice practice(synthetic_practice_options(options));
  const SyntheticRoster roster = populate_practice(practice, options);
  std::vector<Viewer> refused;
  for (auto id : roster.coaches)
    refused.push_back(Actor::coach(id));
  for (auto id : roster.clients)
    refused.push_back(Actor::client(id));
  for (auto id : roster.supervisors)
    refused.push_back(Actor::supervisor(id));
  for (const Viewer& v : refused) {
    EXPECT_THROW(practice_aggregates(practice.view(v), {.k = 3}), AccessDenied);
  }
  // Every text of the practice (long enough not to occur by chance) and every client's name.
  std::set<std::string> texts;
  const auto& state = PracticeAccess::core(practice).state;
  const auto collect = [&texts](const auto& table) {
    for (const auto& row : table.rows())
      detail::for_each_content_field(row, [&texts](const char*, const std::string& t) {
        if (t.size() >= 12)
          texts.insert(t);
      });
  };
  collect(state.table<Client>());
  collect(state.table<Note>());
  collect(state.table<Goal>());
  collect(state.table<Value>());
  collect(state.table<Belief>());
  collect(state.table<Fear>());
  collect(state.table<Reflection>());
  collect(state.table<Insight>());
  for (const auto& c : state.table<Coach>().rows())
    texts.insert(c.name);
  ASSERT_GT(texts.size(), 20u);
  const auto expect_no_text = [&texts](const PracticeAggregates& r, const std::string& who) {
    const std::string out = all_renderings(r);
    std::set<std::string> themes;
    if (r.themes) {
      for (const auto& t : r.themes->values)
        themes.insert(t.name);
      for (const auto& t : r.themes->belief_categories)
        themes.insert(t.name);
    }
    std::size_t i = 0;
    for (const auto& t : texts) {
      EXPECT_TRUE(themes.contains(t) || out.find(t) == std::string::npos) << who << " text #" << i;
      ++i;
    }
  };
  for (const std::int32_t k : {3, 5})
    expect_no_text(practice_aggregates(practice.view(Actor::admin(roster.admin)), {.k = k}),
                   "admin");
  for (auto id : roster.sponsor_contacts) {
    const View view = practice.view(Actor::sponsor(id));
    const auto r = practice_aggregates(view, {.k = 3});
    expect_no_text(r, "sponsor");
    EXPECT_FALSE(r.themes.has_value());
    for (auto other : roster.organizations) {
      if (other == r.organization)
        continue;
      EXPECT_THROW(practice_aggregates(view, {.organization = other, .k = 3}), AccessDenied);
    }
  }
}

// ---- Nothing confidential in any rendering ----------------------------------------------------

std::string secret(const std::string& field) {
  return "QZSECRET-" + field;
}

TEST(PracticeAggregates, NoConfidentialTextOnlyConsentedThemesForAdmins) {
  Hand h;
  const CoachId coach = h.coach(secret("coach-name"));
  const Date start = day(2026, 4, 1);
  // Six clients of the organization. Four consent to themes and hold the same value and belief
  // category; each also holds one of their own. The others hold the shared ones too but did
  // not consent (one revoked).
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i);
    const EngagementId e = h.engage(coach, h.org, start, secret("client-" + n));
    const Engagement row = h.practice.view(h.admin()).engagement(e);
    const Actor client = Actor::client(row.client);
    h.practice.add_value(client, e, {secret("value-common"), 1, secret("meaning-" + n)});
    h.practice.add_value(client, e, {secret("value-own-" + n), 2, secret("meaning-own-" + n)});
    h.practice.add_value(
        client, e, {secret("value-common"), 3, secret("private-" + n), Scope::client_private});
    h.practice.add_belief(client, e,
                          {secret("statement-" + n), BeliefKind::limiting,
                           secret("category-common"), 7, start, secret("reframe-" + n)});
    h.practice.add_goal(client, e,
                        {secret("goal-title-" + n),
                         secret("goal-desc-" + n),
                         secret("metric-" + n),
                         secret("unit-" + n),
                         0.0,
                         3.0,
                         {},
                         i % 2 == 0});
    h.practice.add_note(Actor::coach(coach), e, {Scope::coaching, secret("note-" + n), {}});
    h.practice.check_in_wellbeing(client, e, {start.plus_days(3), 6 + i % 3, 5, 1, 5});
    if (i < 5) {
      ConsentSpec c;
      c.kind = ConsentKind::aggregate_themes;
      c.purpose = "aggregate themes";
      c.from = start;
      c.to = start.plus_days(365);
      const ConsentId id = h.practice.grant_consent(client, e, c);
      if (i == 4)
        h.practice.revoke_consent(client, id);
    }
  }
  std::vector<std::string> secrets;
  const auto& state = PracticeAccess::core(h.practice).state;
  const auto collect = [&secrets](const auto& table) {
    for (const auto& row : table.rows())
      detail::for_each_content_field(row, [&secrets](const char*, const std::string& t) {
        if (t.find("QZSECRET-") != std::string::npos)
          secrets.push_back(t);
      });
  };
  collect(state.table<Client>());
  collect(state.table<Goal>());
  collect(state.table<Value>());
  collect(state.table<Belief>());
  collect(state.table<Note>());
  secrets.push_back(secret("coach-name"));
  ASSERT_GE(secrets.size(), 40u);

  const auto leaks = [&secrets](const std::string& text, const std::set<std::string>& allowed) {
    std::vector<std::string> out;
    for (const auto& s : secrets) {
      std::string lower = s;
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      const bool found = text.find(s) != std::string::npos || text.find(lower) != std::string::npos;
      if (found && !allowed.contains(lower))
        out.push_back(s.substr(9));  // The field's name only.
    }
    return out;
  };

  // k = 4: four clients consented and still do; the shared value and category qualify.
  const auto admin = practice_aggregates(h.practice.view(h.admin()), {.k = 4});
  ASSERT_TRUE(admin.themes.has_value());
  ASSERT_EQ(admin.themes->values.size(), 1u);
  EXPECT_EQ(admin.themes->values[0].name, "qzsecret-value-common");
  EXPECT_EQ(admin.themes->values[0].clients, 4);
  ASSERT_EQ(admin.themes->belief_categories.size(), 1u);
  EXPECT_EQ(admin.themes->belief_categories[0].clients, 4);
  EXPECT_EQ(leaks(all_renderings(admin), {"qzsecret-value-common", "qzsecret-category-common"}),
            std::vector<std::string>{});

  // k = 5: fewer than k consenting clients, no themes at all.
  const auto strict = practice_aggregates(h.practice.view(h.admin()), {.k = 5});
  ASSERT_TRUE(strict.themes.has_value());
  EXPECT_TRUE(strict.themes->values.empty());
  EXPECT_TRUE(strict.themes->belief_categories.empty());
  EXPECT_EQ(leaks(all_renderings(strict), {}), std::vector<std::string>{});

  // The sponsor: no text at all, no themes, shared goals only (clients 0, 2, 4).
  const auto sponsor = practice_aggregates(h.practice.view(Actor::sponsor(h.hr)), {.k = 3});
  EXPECT_FALSE(sponsor.themes.has_value());
  EXPECT_EQ(sponsor.total.measures->goals, 3);
  EXPECT_EQ(leaks(all_renderings(sponsor), {}), std::vector<std::string>{});
  EXPECT_EQ(render_json(sponsor).find("themes\": {"), std::string::npos);
}

// ---- Golden files ------------------------------------------------------------------------------

TEST(PracticeAggregates, GoldenFiles) {
  // The practice of the other reports' golden files.
  const GoldenPractice g;
  PracticeAggregateOptions o;
  o.k = 3;
  o.as_of = g.as_of;
  const auto r = practice_aggregates(g.practice.view(Actor::admin(g.roster.admin)), o);
  check_golden("practice.json", render_json(r));
  check_golden("practice.csv", render_csv(r));
  check_golden("practice.md", render_markdown(r));
  check_golden("practice.html", render_html(r));
}

TEST(PracticeAggregates, ProgressReachesItsTotal) {
  SyntheticOptions options;
  options.scale = Scale::small;
  Practice practice(synthetic_practice_options(options));
  const SyntheticRoster roster = populate_practice(practice, options);
  std::uint64_t last_done = 0, last_total = 0, calls = 0;
  PracticeAggregateOptions o;
  o.progress = [&](std::uint64_t done, std::uint64_t total) {
    EXPECT_LE(done, total);
    EXPECT_GE(done, last_done);
    last_done = done;
    last_total = total;
    ++calls;
  };
  practice_aggregates(practice.view(Actor::admin(roster.admin)), o);
  EXPECT_GT(calls, 0u);
  EXPECT_EQ(last_done, last_total);
  // Every engagement with an agreement, then the suppression step.
  EXPECT_GT(last_total, 1u);
  EXPECT_LE(last_total, roster.engagements.size() + 1);
}

}  // namespace
}  // namespace libcoach
