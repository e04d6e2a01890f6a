// The synthetic practice generator: deterministic, realistic, and made only of commands that
// pass validation.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "synthetic/content.hpp"

namespace libcoach {
namespace {

// ---- A content fingerprint: everything a viewer can see, as text ------------------------------

class Fingerprint {
 public:
  explicit Fingerprint(const View& view) : view_(view) { out_.precision(17); }

  std::string of_everything() {
    for (const Coach& c : view_.coaches()) {
      out_ << "coach " << c.id.to_string() << c.name << c.email << to_string(c.credential) << '\n';
    }
    for (const Client& c : view_.clients()) {
      out_ << "client " << c.id.to_string() << c.name << c.email
           << (c.organization ? c.organization->to_string() : "-") << '\n';
    }
    for (const Organization& o : view_.organizations()) {
      out_ << "org " << o.name << '\n';
    }
    for (const SponsorContact& c : view_.sponsor_contacts()) {
      out_ << "contact " << c.name << c.email << to_string(c.role) << '\n';
    }
    for (const Engagement& e : view_.engagements()) {
      engagement(e);
    }
    return out_.str();
  }

 private:
  void meta(const RecordMeta& m) {
    out_ << m.id.to_string() << ' ' << to_string(m.scope) << ' ' << m.author.to_string() << ' '
         << m.created.to_string() << ' ' << m.created_seq << (m.redacted ? " redacted" : "")
         << ": ";
  }

  void engagement(const Engagement& e) {
    const EngagementId id = e.id;
    out_ << "engagement " << id.to_string() << e.coach.to_string() << e.client.to_string()
         << to_string(e.status) << e.created.to_string() << e.past_coaches.size() << '\n';
    if (e.agreement) {
      const Agreement& a = *e.agreement;
      out_ << a.start.to_string() << a.end.to_string() << a.session_allotment
           << a.confidentiality_terms << a.agreed_on.to_string()
           << a.sponsor_terms.shared_goal_progress << a.sponsor_terms.redacted_unshared_goals
           << '\n';
    }
    for (const Session& s : view_.sessions(id)) {
      meta(s.meta);
      out_ << s.start.to_string() << s.duration_minutes << to_string(s.modality)
           << to_string(s.status) << s.group << s.pro_bono << '\n';
    }
    for (const Note& n : view_.notes(id)) {
      meta(n.meta);
      out_ << (n.session ? n.session->to_string() : "-") << n.text << '\n';
    }
    for (const Goal& g : view_.goals(id)) {
      meta(g.meta);
      out_ << g.title << '|' << g.description << '|' << g.metric << '|' << g.unit << '|'
           << g.baseline << '|' << g.target << '|' << to_string(g.status) << g.shared_with_sponsor
           << (g.due ? g.due->to_string() : "-");
      for (const auto& m : g.history) {
        out_ << ' ' << m.on.to_string() << '=' << m.value;
      }
      out_ << '\n';
    }
    for (const Milestone& m : view_.milestones(id)) {
      meta(m.meta);
      out_ << m.goal.to_string() << m.title << (m.reached ? m.reached->to_string() : "-") << '\n';
    }
    for (const ActionItem& a : view_.action_items(id)) {
      meta(a.meta);
      out_ << a.title << (a.due ? a.due->to_string() : "-") << (a.done ? a.done->to_string() : "-")
           << '\n';
    }
    for (const Habit& h : view_.habits(id)) {
      meta(h.meta);
      out_ << h.title << to_string(h.cadence);
      for (const auto& c : h.check_ins) {
        out_ << ' ' << c.on.to_string() << c.kept;
      }
      out_ << '\n';
    }
    for (const SkillRating& s : view_.skills(id)) {
      meta(s.meta);
      out_ << s.competency;
      for (const auto& r : s.history) {
        out_ << ' ' << r.on.to_string() << '=' << r.rating;
      }
      out_ << '\n';
    }
    for (const Value& v : view_.values(id)) {
      meta(v.meta);
      out_ << v.name << v.rank << v.meaning << '\n';
    }
    for (const Belief& b : view_.beliefs(id)) {
      meta(b.meta);
      out_ << b.statement << to_string(b.belief_kind) << b.category << b.reframe;
      for (const auto& s : b.history) {
        out_ << ' ' << s.on.to_string() << '=' << s.strength;
      }
      out_ << '\n';
    }
    for (const Fear& f : view_.fears(id)) {
      meta(f.meta);
      out_ << f.description << f.intensity << '\n';
    }
    for (const Purpose& p : view_.purposes(id)) {
      meta(p.meta);
      out_ << p.statement << p.formative_experience << '\n';
    }
    for (const Reflection& r : view_.reflections(id)) {
      meta(r.meta);
      out_ << to_string(r.practice) << r.on.to_string() << r.text << '\n';
    }
    for (const Insight& i : view_.insights(id)) {
      meta(i.meta);
      out_ << i.on.to_string() << i.text << '\n';
    }
    for (const WellbeingCheckIn& w : view_.wellbeing(id)) {
      meta(w.meta);
      out_ << w.on.to_string() << w.thriving << w.stress << w.burnout << w.confidence << '\n';
    }
    for (const InnerLink& l : view_.links(id)) {
      meta(l.meta);
      out_ << to_string(l.inner_kind) << l.inner.to_string() << l.goal.to_string() << '\n';
    }
    for (const Referral& r : view_.referrals(id)) {
      meta(r.meta);
      out_ << r.on.to_string() << r.reason << r.referred_to << '\n';
    }
    for (const Consent& c : view_.consents(id)) {
      meta(c.meta);
      out_ << to_string(c.consent_kind) << (c.grantee ? c.grantee->to_string() : "-") << c.purpose
           << c.from.to_string() << c.to.to_string() << c.records.size() << c.kinds.size() << '\n';
    }
  }

  const View& view_;
  std::ostringstream out_;
};

struct Generated {
  explicit Generated(SyntheticOptions o)
      : options(o),
        practice(synthetic_practice_options(o)),
        roster(populate_practice(practice, o)) {}
  SyntheticOptions options;
  Practice practice;
  SyntheticRoster roster;

  std::string fingerprint(const Actor& viewer) {
    return Fingerprint(practice.view(viewer)).of_everything();
  }
  Actor admin() const { return Actor::admin(roster.admin); }
  Actor coach(std::size_t i = 0) const { return Actor::coach(roster.coaches.at(i)); }
};

SyntheticOptions options(Scale scale, std::uint64_t seed = 42) {
  SyntheticOptions o;
  o.scale = scale;
  o.seed = seed;
  return o;
}

// ---- Scale names ------------------------------------------------------------------------------

TEST(SyntheticScale, NamesRoundTrip) {
  for (const Scale s : {Scale::tiny, Scale::small, Scale::medium, Scale::large}) {
    EXPECT_EQ(parse_scale(to_string(s)), s);
  }
  EXPECT_EQ(to_string(Scale::small), "small");
  for (const char* bad : {"", "Small", "huge", "tiny "}) {
    EXPECT_THROW(parse_scale(bad), ValidationError) << bad;
  }
  try {
    parse_scale("OSPREY-SCALE");
    FAIL();
  } catch (const ValidationError& e) {
    EXPECT_EQ(std::string(e.what()).find("OSPREY"), std::string::npos);
  }
}

// ---- Determinism ------------------------------------------------------------------------------

TEST(SyntheticDeterminism, TheSameOptionsGiveTheSamePractice) {
  for (const Scale scale : {Scale::tiny, Scale::small}) {
    SCOPED_TRACE(to_string(scale));
    Generated a(options(scale));
    Generated b(options(scale));
    const PracticeStats sa = a.practice.stats();
    const PracticeStats sb = b.practice.stats();
    EXPECT_EQ(sa.records, sb.records);
    EXPECT_EQ(sa.last_sequence, sb.last_sequence);
    EXPECT_EQ(a.roster.engagements, b.roster.engagements);
    EXPECT_EQ(a.roster.clients, b.roster.clients);
    EXPECT_EQ(a.roster.sponsor_contacts, b.roster.sponsor_contacts);
    EXPECT_EQ(a.fingerprint(a.admin()), b.fingerprint(b.admin()));
    for (std::size_t c = 0; c < a.roster.coaches.size(); ++c) {
      const std::string fa = a.fingerprint(a.coach(c));
      EXPECT_EQ(fa, b.fingerprint(b.coach(c)));
      EXPECT_GT(fa.size(), 1000u);  // The coach view is full of content, not empty.
    }
  }
}

TEST(SyntheticDeterminism, ADifferentSeedGivesADifferentPractice) {
  Generated a(options(Scale::small, 42));
  Generated b(options(Scale::small, 43));
  EXPECT_NE(a.roster.engagements, b.roster.engagements);
  EXPECT_NE(a.fingerprint(a.coach()), b.fingerprint(b.coach()));
  EXPECT_NE(a.practice.stats().last_sequence, b.practice.stats().last_sequence);
}

TEST(SyntheticDeterminism, ContentDoesNotDependOnThePracticesClockOrIds) {
  const SyntheticOptions o = options(Scale::small, 7);
  Practice seeded(synthetic_practice_options(o));
  Practice plain;  // System clock, random ids.
  populate_practice(seeded, o);
  populate_practice(plain, o);
  EXPECT_EQ(seeded.stats().records, plain.stats().records);
  EXPECT_EQ(seeded.stats().last_sequence, plain.stats().last_sequence);
}

TEST(SyntheticDeterminism, ThePinnedDemoPractice) {
  // Facts the README and the demo rely on; they must not drift by platform or by accident.
  Generated g(options(Scale::small));
  const View admin = g.practice.view(g.admin());
  const Client first = admin.client(g.roster.clients.front());
  EXPECT_EQ(first.name, "Ada Okafor");
  EXPECT_EQ(first.email, "ada.okafor@northwind-ventures.example.com");
  EXPECT_EQ(admin.organizations().front().name, "Northwind Ventures");
  EXPECT_EQ(g.practice.now().date(), g.options.start.plus_days(364));
}

// ---- Scale and coverage -------------------------------------------------------------------------

TEST(SyntheticScale, TinyIsOneCoachTwoClientsOneOrganization) {
  Generated g(options(Scale::tiny));
  const PracticeStats s = g.practice.stats();
  EXPECT_EQ(s.count(RecordKind::admin), 1u);
  EXPECT_EQ(s.count(RecordKind::coach), 1u);
  EXPECT_EQ(s.count(RecordKind::client), 2u);
  EXPECT_EQ(s.count(RecordKind::organization), 1u);
  EXPECT_EQ(s.count(RecordKind::engagement), 2u);
  EXPECT_EQ(g.roster.coaches.size(), 1u);
  EXPECT_EQ(g.roster.engagements.size(), 2u);
  EXPECT_GE(s.count(RecordKind::supervisor), 1u);
  EXPECT_GE(s.count(RecordKind::referral), 1u);
}

TEST(SyntheticScale, SmallKeepsTheReadmePromise) {
  for (const std::uint64_t seed : {42u, 1u, 2026u}) {
    SCOPED_TRACE(seed);
    Generated g(options(Scale::small, seed));
    const PracticeStats s = g.practice.stats();
    EXPECT_EQ(s.count(RecordKind::coach), 3u);
    EXPECT_EQ(s.count(RecordKind::client), 12u);
    EXPECT_EQ(s.count(RecordKind::organization), 3u);
    EXPECT_GE(s.count(RecordKind::coach), 3u);
    EXPECT_GE(s.count(RecordKind::client), 10u);
    for (const RecordKind k :
         {RecordKind::session, RecordKind::note, RecordKind::goal, RecordKind::milestone,
          RecordKind::action_item, RecordKind::habit, RecordKind::skill, RecordKind::value,
          RecordKind::belief, RecordKind::fear, RecordKind::reflection, RecordKind::insight,
          RecordKind::wellbeing, RecordKind::link, RecordKind::consent, RecordKind::referral}) {
      EXPECT_GT(s.count(k), 0u) << to_string(k);
    }
    EXPECT_GE(s.count(RecordKind::session), 100u);
    EXPECT_GE(s.count(RecordKind::goal), 30u);
  }
}

TEST(SyntheticScale, EveryLifecycleStageAndConfidentialityFeatureAppears) {
  Generated g(options(Scale::small));
  const View admin = g.practice.view(g.admin());
  std::set<EngagementStatus> statuses;
  std::set<SessionStatus> session_statuses;
  bool handed_over = false;
  bool sponsored = false;
  bool private_client = false;
  for (const Engagement& e : admin.engagements()) {
    statuses.insert(e.status);
    handed_over = handed_over || !e.past_coaches.empty();
    (e.sponsor ? sponsored : private_client) = true;
    for (const Session& s : admin.sessions(e.id)) {
      session_statuses.insert(s.status);
    }
  }
  EXPECT_TRUE(statuses.count(EngagementStatus::active));
  EXPECT_TRUE(statuses.count(EngagementStatus::paused));
  EXPECT_TRUE(statuses.count(EngagementStatus::completed));
  EXPECT_TRUE(statuses.count(EngagementStatus::proposed));
  EXPECT_EQ(session_statuses.size(), 4u);
  EXPECT_TRUE(handed_over);
  EXPECT_TRUE(sponsored);
  EXPECT_TRUE(private_client);

  // Notes in every scope, each written by the party the scope belongs to.
  std::map<Scope, std::set<Role>> note_authors;
  std::set<ConsentKind> consent_kinds;
  std::set<Role> grantees;
  for (std::size_t i = 0; i < g.roster.engagements.size(); ++i) {
    const EngagementId e = g.roster.engagements[i];
    const View client = g.practice.view(Actor::client(g.roster.clients[i]));
    for (const Note& n : client.notes(e)) {
      note_authors[n.meta.scope].insert(n.meta.author.role);
    }
    for (const Consent& c : client.consents(e)) {
      consent_kinds.insert(c.consent_kind);
      if (c.grantee) {
        grantees.insert(c.grantee->role);
      }
    }
    for (const Note& n : admin.notes(e)) {
      note_authors[n.meta.scope].insert(n.meta.author.role);
    }
    const Engagement engagement = admin.engagement(e);
    const View coach = g.practice.view(Actor::coach(engagement.coach));
    for (const Note& n : coach.notes(e)) {
      note_authors[n.meta.scope].insert(n.meta.author.role);
    }
  }
  EXPECT_EQ(note_authors[Scope::operational], std::set<Role>{Role::admin});
  EXPECT_EQ(note_authors[Scope::sponsor], std::set<Role>{Role::coach});
  EXPECT_EQ(note_authors[Scope::coaching], std::set<Role>{Role::coach});
  EXPECT_EQ(note_authors[Scope::coach_private], std::set<Role>{Role::coach});
  EXPECT_EQ(note_authors[Scope::client_private], std::set<Role>{Role::client});
  EXPECT_TRUE(consent_kinds.count(ConsentKind::aggregate_themes));
  EXPECT_TRUE(grantees.count(Role::supervisor));
  EXPECT_TRUE(grantees.count(Role::sponsor_contact));
  EXPECT_TRUE(grantees.count(Role::coach));  // After the handover.
}

// ---- Realism ----------------------------------------------------------------------------------

const synthetic::Theme* theme_of_goal(std::string_view title) {
  for (const auto& t : synthetic::kThemes) {
    for (const auto& g : t.goals) {
      if (g.title == title) {
        return &t;
      }
    }
  }
  return nullptr;
}

TEST(SyntheticRealism, GoalsRestOnTheBeliefsOfTheirTheme) {
  Generated g(options(Scale::small));
  std::size_t belief_links = 0;
  std::size_t unlinked_goals = 0;
  for (const EngagementId e : g.roster.engagements) {
    const Engagement engagement = g.practice.view(g.admin()).engagement(e);
    const View coach = g.practice.view(Actor::coach(engagement.coach));
    if (engagement.status == EngagementStatus::proposed) {
      continue;
    }
    const bool handed_over = !engagement.past_coaches.empty();
    std::map<std::string, const Goal*> goals;
    const std::vector<Goal> all_goals = coach.goals(e);
    for (const Goal& goal : all_goals) {
      goals[goal.id().to_string()] = &goal;
    }
    const std::vector<Belief> beliefs = coach.beliefs(e);
    std::set<std::string> linked;
    for (const InnerLink& link : coach.links(e)) {
      linked.insert(link.goal.to_string());
      if (link.inner_kind != RecordKind::belief) {
        continue;
      }
      const auto belief = std::find_if(beliefs.begin(), beliefs.end(),
                                       [&](const Belief& b) { return b.meta.id == link.inner; });
      const auto goal = goals.find(link.goal.to_string());
      if (belief == beliefs.end() || goal == goals.end()) {
        continue;  // Not consented over.
      }
      const synthetic::Theme* theme = theme_of_goal(goal->second->title);
      ASSERT_NE(theme, nullptr) << goal->second->title;
      // "Delegate two decisions a week" rests on "If I don't check everything, it will fail."
      EXPECT_EQ(belief->category, theme->category);
      EXPECT_EQ(belief->statement, theme->belief);
      EXPECT_EQ(belief->belief_kind, BeliefKind::limiting);
      ++belief_links;
    }
    if (!handed_over) {
      for (const Goal& goal : all_goals) {
        unlinked_goals += linked.count(goal.id().to_string()) == 0;
      }
    }
  }
  EXPECT_GE(belief_links, 10u);
  // Some goals are worked on with no inner work linked: the "unstable iceberg" reports look for.
  EXPECT_GT(unlinked_goals, 0u);
}

TEST(SyntheticRealism, PartiesAreInventedAndReachableOnlyAtExampleDomains) {
  Generated g(options(Scale::small));
  const View admin = g.practice.view(g.admin());
  auto reserved = [](const std::string& email) {
    for (const std::string_view tld : {"example.com", "example.org", "example.net"}) {
      if (email.size() > tld.size() && email.ends_with(tld) &&
          (email[email.size() - tld.size() - 1] == '@' ||
           email[email.size() - tld.size() - 1] == '.')) {
        return true;
      }
    }
    return false;
  };
  std::set<std::string> names;
  std::size_t people = 0;
  for (const Coach& c : admin.coaches()) {
    EXPECT_TRUE(reserved(c.email)) << c.email;
    names.insert(c.name);
    ++people;
  }
  for (const Client& c : admin.clients()) {
    EXPECT_TRUE(reserved(c.email)) << c.email;
    names.insert(c.name);
    ++people;
  }
  for (const SponsorContact& c : admin.sponsor_contacts()) {
    EXPECT_TRUE(reserved(c.email)) << c.email;
    names.insert(c.name);
    ++people;
  }
  EXPECT_EQ(names.size(), people) << "the demo has no two people with one name";
}

TEST(SyntheticRealism, DatesAreConsistentWithThePracticesClock) {
  Generated g(options(Scale::small));
  const Timestamp now = g.practice.now();
  const View admin = g.practice.view(g.admin());
  std::size_t future = 0;
  for (const Engagement& e : admin.engagements()) {
    if (e.agreement) {
      EXPECT_LE(e.agreement->agreed_on, e.agreement->start);
      EXPECT_LE(e.agreement->start, e.agreement->end);
      EXPECT_GE(e.agreement->start, g.options.start);
    }
    Allotment a = admin.allotment(e.id);
    if (e.agreement) {
      EXPECT_LE(a.held + a.no_show + a.scheduled, a.allotted);
    }
    for (const Session& s : admin.sessions(e.id)) {
      if (s.status == SessionStatus::scheduled) {
        EXPECT_GT(s.start, now);
        ++future;
      } else {
        EXPECT_LT(s.start, now);
      }
    }
  }
  EXPECT_GT(future, 0u);
}

TEST(SyntheticRealism, SessionNotesAreAboutThreeHundredBytes) {
  Generated g(options(Scale::small));
  std::size_t bytes = 0;
  std::size_t notes = 0;
  for (const EngagementId e : g.roster.engagements) {
    const Engagement engagement = g.practice.view(g.admin()).engagement(e);
    for (const Note& n : g.practice.view(Actor::coach(engagement.coach)).notes(e)) {
      if (n.meta.scope != Scope::coaching || !n.session) {
        continue;
      }
      bytes += n.text.size();
      ++notes;
    }
  }
  ASSERT_GT(notes, 50u);
  const std::size_t mean = bytes / notes;
  EXPECT_GE(mean, 200u);
  EXPECT_LE(mean, 450u);
}

TEST(SyntheticRealism, TheSponsorSeesOnlyWhatWasShared) {
  Generated g(options(Scale::small));
  const Engagement first = g.practice.view(g.admin()).engagement(g.roster.engagements.front());
  ASSERT_TRUE(first.sponsor.has_value());
  ASSERT_FALSE(first.sponsor_contacts.empty());
  const View sponsor = g.practice.view(Actor::sponsor(first.sponsor_contacts.back()));
  std::size_t shared = 0;
  for (const Goal& goal : sponsor.goals(first.id)) {
    if (goal.meta.redacted) {
      EXPECT_TRUE(goal.title.empty());
    } else {
      shared += goal.shared_with_sponsor;
    }
  }
  EXPECT_GE(shared, 1u);
  EXPECT_TRUE(sponsor.notes(first.id).size() <= 1u);  // At most the three-way review note.
  // The one inner-work record the client chose to show the manager, and nothing else.
  EXPECT_EQ(sponsor.insights(first.id).size(), 1u);
  EXPECT_TRUE(sponsor.beliefs(first.id).empty());
  EXPECT_TRUE(sponsor.values(first.id).empty());
}

// ---- Refusals -----------------------------------------------------------------------------------

TEST(SyntheticRefusals, APracticeWithAnAdminIsNotRepopulated) {
  Generated g(options(Scale::tiny));
  const PracticeStats before = g.practice.stats();
  EXPECT_THROW(populate_practice(g.practice, g.options), Conflict);
  EXPECT_EQ(g.practice.stats().last_sequence, before.last_sequence);
}

TEST(SyntheticRefusals, AStartTooLateForTheCalendarIsRefusedUpFront) {
  SyntheticOptions o = options(Scale::tiny);
  o.start = Date::from_ymd(2200, 1, 1);
  Practice practice;
  EXPECT_THROW(populate_practice(practice, o), ValidationError);
  EXPECT_EQ(practice.stats().last_sequence, 0u);
}

}  // namespace
}  // namespace libcoach
