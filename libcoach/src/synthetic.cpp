// The synthetic practice generator. It drives the public command API only (no back door into
// the state), so every generated record has passed the same validation and policy checks as
// a real one, and a store-backed practice journals it like any other command.

#include "libcoach/synthetic.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "libcoach/errors.hpp"
#include "synthetic/content.hpp"
#include "synthetic/random.hpp"

namespace libcoach {

namespace {

using synthetic::kThemes;
using synthetic::mix_seed;
using synthetic::Rng;
using synthetic::Theme;

// Independent streams of one seed, so that e.g. a change to how parties are generated does
// not reshuffle every client's content.
constexpr std::uint64_t kPartyStream = 1;
constexpr std::uint64_t kIdStream = 2;
constexpr std::uint64_t kEngagementStreamBase = 1'000;

// Engagements start during the generated year; the practice's clock reads the day after it,
// so that held sessions, measurements and due dates lie in the past and only the few
// still-scheduled sessions lie in the future.
constexpr std::int32_t kPeriodDays = 364;
// Latest date the generator may touch, relative to the start (agreements run past "today").
constexpr std::int32_t kLatestOffsetDays = kPeriodDays + 800;

struct Shape {
  int coaches;
  int clients;
  int organizations;
  // Clock readings per simulated second. Every command and every view query reads the clock;
  // slowing it at the big scales keeps "now" within the same day for the whole generation.
  std::int64_t readings_per_second;
};

Shape shape_of(Scale scale) {
  switch (scale) {
    case Scale::tiny:
      return {1, 2, 1, 1};
    case Scale::small:
      return {3, 12, 3, 1};
    case Scale::medium:
      return {200, 5'000, 100, 64};
    case Scale::large:
      return {2'000, 50'000, 1'000, 512};
  }
  throw ValidationError("scale: unknown value");
}

Date today_of(const SyntheticOptions& options) {
  return options.start.plus_days(kPeriodDays);
}

// ---- Names ---------------------------------------------------------------------------------

// Diacritics that appear in the name pools, folded for e-mail addresses.
std::string ascii_slug(std::string_view text, char separator) {
  static constexpr std::array<std::pair<std::string_view, char>, 7> kFold{
      {{"ë", 'e'}, {"é", 'e'}, {"ø", 'o'}, {"á", 'a'}, {"ı", 'i'}, {"ñ", 'n'}, {"&", '\0'}}};
  std::string out;
  bool pending_separator = false;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    std::size_t width = 1;
    for (const auto& [from, to] : kFold) {
      if (text.substr(i, from.size()) == from) {
        c = to;
        width = from.size();
        break;
      }
    }
    i += width;
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_separator && !out.empty() && separator != '\0') {
        out.push_back(separator);
      }
      pending_separator = false;
      out.push_back(c);
    } else if (c == ' ') {
      pending_separator = true;
    }
  }
  return out;
}

struct Person {
  std::string name;
  std::string local;  ///< E-mail local part.
};

// Person `index` of an endless, repeat-free (for the first 4,096) sequence of names. The last
// name is permuted against the first so that neighbours do not share a surname.
Person person(std::size_t index) {
  constexpr std::size_t kF = synthetic::kFirstNames.size();
  constexpr std::size_t kL = synthetic::kLastNames.size();
  const std::size_t r = index % kF;
  const std::size_t q = index / kF;
  const std::string_view first = synthetic::kFirstNames[r];
  const std::string_view last = synthetic::kLastNames[(q * (1 + 7 * kF) + 7 * r) % kL];
  Person p;
  p.name = std::string(first) + " " + std::string(last);
  p.local = ascii_slug(first, '\0') + "." + ascii_slug(last, '\0');
  if (const std::size_t round = index / (kF * kL); round > 0) {
    p.local += std::to_string(round);
  }
  return p;
}

// Name-space offsets per role. Their residues modulo the first-name pool differ (clients from
// 0, contacts from 20, coaches from 40, ...), so that in the small demo no two people even
// share a first name.
constexpr std::size_t kContactNames = 3'072 + 20;
constexpr std::size_t kCoachNames = 2'048 + 40;
constexpr std::size_t kSupervisorNames = 3'584 + 50;
constexpr std::size_t kAdminNames = 4'032 + 60;

std::string organization_name(std::size_t index) {
  constexpr std::size_t kP = synthetic::kOrgPrefixes.size();
  constexpr std::size_t kI = synthetic::kOrgIndustries.size();
  const std::size_t p = index % kP;
  const std::size_t k = index / kP;
  // For a fixed prefix, k -> (k + 7p) mod kI is a bijection: the first kP * kI names differ.
  std::string name = std::string(synthetic::kOrgPrefixes[p]) + " " +
                     std::string(synthetic::kOrgIndustries[(k + 7 * p) % kI]);
  if (const std::size_t round = index / (kP * kI); round > 0) {
    name += " " + std::to_string(round + 1);
  }
  return name;
}

// ---- Dates ---------------------------------------------------------------------------------

Date clamp(Date d, Date lo, Date hi) {
  if (d < lo) {
    return lo;
  }
  if (hi < d) {
    return hi;
  }
  return d;
}

// Monday = 0 ... Sunday = 6 (1970-01-01 was a Thursday).
int weekday(Date d) {
  return static_cast<int>(((d.days() % 7) + 7 + 3) % 7);
}

Date next_weekday(Date d) {
  while (weekday(d) >= 5) {
    d = d.plus_days(1);
  }
  return d;
}

double round_metric(double value, double span) {
  // Counts over small ranges get one decimal (an average per week); larger ranges whole units.
  if (std::abs(span) <= 10.0) {
    return std::floor(value * 10.0 + 0.5) / 10.0;
  }
  return std::floor(value + 0.5);
}

// ---- Plans ---------------------------------------------------------------------------------

enum class Sharing : std::uint8_t { none, at_creation, later };

struct Plan {
  EngagementStatus status = EngagementStatus::active;
  bool proposed_with_agreement = false;
  bool referral = false;
  bool handover = false;
  bool supervisor_consent = false;
  bool sponsor_consent = false;
  bool aggregate_consent = false;
  Sharing sharing = Sharing::none;
};

struct OrgInfo {
  OrganizationId id;
  std::string domain;
  SponsorContactId hr;
  std::vector<SponsorContactId> managers;
};

// What one engagement's generation needs to carry between its steps.
struct Run {
  Rng rng;
  std::size_t index = 0;
  EngagementId id;
  std::size_t coach_index = 0;
  Actor coach;
  Actor client;
  bool sponsored = false;
  SponsorContactId manager;
  Plan plan;
  Agreement agreement;
  Date first;  ///< First day of coaching activity.
  Date last;   ///< Last day of coaching activity (never after "today" - 1).
  std::vector<std::size_t> themes;
  std::vector<std::pair<SessionId, Date>> held;
  std::int32_t booked = 0;  ///< Sessions counted against the allotment.
  std::vector<GoalId> goals;
  std::optional<InsightId> first_insight;
  std::vector<std::pair<std::string_view, ValueId>> values;  ///< Coaching-scoped values.

  explicit Run(std::uint64_t seed) : rng(seed) {}
  Date in_window(Date d) const { return clamp(d, first, last); }
};

class Generator {
 public:
  Generator(Practice& practice, const SyntheticOptions& options)
      : practice_(practice),
        options_(options),
        shape_(shape_of(options.scale)),
        today_(today_of(options)),
        rng_(mix_seed(options.seed, kPartyStream)) {}

  SyntheticRoster run() {
    add_parties();
    for (std::size_t i = 0; i < roster_.clients.size(); ++i) {
      add_engagement(i);
    }
    return std::move(roster_);
  }

 private:
  // ---- Parties -----------------------------------------------------------------------------

  void add_parties() {
    const Person a = person(kAdminNames);
    roster_.admin = practice_.add_first_admin({a.name, a.local + "@practice.example.org"});
    admin_ = Actor::admin(roster_.admin);

    for (int j = 0; j < shape_.coaches; ++j) {
      const Person c = person(kCoachNames + static_cast<std::size_t>(j));
      const int roll = rng_.between(0, 99);
      const Credential credential = roll < 8    ? Credential::none
                                    : roll < 40 ? Credential::acc
                                    : roll < 82 ? Credential::pcc
                                                : Credential::mcc;
      roster_.coaches.push_back(
          practice_.add_coach(admin_, {c.name, c.local + "@coaching.example.org", credential}));
    }

    // Most coaches are in supervision; every fifth is not (except the only coach of a tiny
    // practice), so that policy tests find both kinds.
    const int supervisors = std::max(1, shape_.coaches / 8);
    std::vector<std::vector<CoachId>> supervisees(static_cast<std::size_t>(supervisors));
    coach_supervisor_.assign(roster_.coaches.size(), std::nullopt);
    for (std::size_t j = 0; j < roster_.coaches.size(); ++j) {
      if (j != 0 && j % 5 == 4) {
        continue;
      }
      const std::size_t s = j % supervisees.size();
      supervisees[s].push_back(roster_.coaches[j]);
      coach_supervisor_[j] = s;
    }
    for (std::size_t s = 0; s < supervisees.size(); ++s) {
      const Person p = person(kSupervisorNames + s);
      roster_.supervisors.push_back(practice_.add_supervisor(
          admin_, {p.name, p.local + "@supervision.example.net", supervisees[s]}));
    }

    std::size_t contact_names = kContactNames;
    for (int o = 0; o < shape_.organizations; ++o) {
      OrgInfo org;
      const std::string name = organization_name(static_cast<std::size_t>(o));
      org.id = practice_.add_organization(admin_, name);
      org.domain = ascii_slug(name, '-') + ".example.com";
      roster_.organizations.push_back(org.id);
      auto contact = [&](ContactRole role) {
        const Person p = person(contact_names++);
        const SponsorContactId id = practice_.add_sponsor_contact(
            admin_, {org.id, p.name, p.local + "@" + org.domain, role});
        roster_.sponsor_contacts.push_back(id);
        return id;
      };
      org.hr = contact(ContactRole::hr);
      const int managers = shape_.organizations == 1 ? 1 : rng_.between(2, 4);
      for (int m = 0; m < managers; ++m) {
        org.managers.push_back(contact(ContactRole::manager));
      }
      // A learning-and-development lead at some organizations: a contact on no engagement.
      if (rng_.chance(30)) {
        contact(ContactRole::other);
      }
      orgs_.push_back(std::move(org));
    }

    client_org_.reserve(static_cast<std::size_t>(shape_.clients));
    for (int i = 0; i < shape_.clients; ++i) {
      std::optional<std::size_t> org;
      if (i == 0) {
        org = 0;  // The demo's first client is always sponsored.
      } else if (!(shape_.clients <= 2 && i == 1) && rng_.chance(80)) {
        // Skewed towards the first organizations: a few big sponsors, a long tail.
        const double u = rng_.unit();
        org = std::min(orgs_.size() - 1,
                       static_cast<std::size_t>(static_cast<double>(orgs_.size()) * u * u));
      }
      const Person p = person(static_cast<std::size_t>(i));
      const std::string email = p.local + "@" + (org ? orgs_[*org].domain : "example.net");
      roster_.clients.push_back(practice_.add_client(
          admin_,
          {p.name, email, org ? std::optional<OrganizationId>(orgs_[*org].id) : std::nullopt}));
      client_org_.push_back(org);
    }
  }

  // ---- One engagement ----------------------------------------------------------------------

  Plan plan_for(Run& e, bool supervised) {
    Rng& r = e.rng;
    Plan p;
    const int roll = r.between(0, 99);
    p.status = roll < 4    ? EngagementStatus::proposed
               : roll < 79 ? EngagementStatus::active
               : roll < 87 ? EngagementStatus::paused
               : roll < 97 ? EngagementStatus::completed
                           : EngagementStatus::ended_early;
    p.proposed_with_agreement = r.chance(60);
    p.referral = r.chance(2);
    p.handover = r.chance(2);
    p.supervisor_consent = r.chance(12);
    p.sponsor_consent = r.chance(10);
    p.aggregate_consent = r.chance(40);
    const int share_roll = r.between(0, 99);
    p.sharing = share_roll < 35   ? Sharing::at_creation
                : share_roll < 65 ? Sharing::later
                                  : Sharing::none;
    // The first engagements show every feature at every scale, whatever the seed.
    const std::size_t n = roster_.clients.size();
    switch (e.index) {
      case 0:
        p = Plan{};
        p.supervisor_consent = p.sponsor_consent = p.aggregate_consent = true;
        p.sharing = Sharing::at_creation;
        break;
      case 1:
        p.status = EngagementStatus::active;
        p.referral = true;
        p.handover = false;
        p.sharing = Sharing::later;
        break;
      case 2:
        p.status = EngagementStatus::paused;
        break;
      case 3:
        p.status = EngagementStatus::completed;
        break;
      case 4:
        p.status = EngagementStatus::active;
        p.handover = true;
        break;
      default:
        if (n >= 10 && e.index + 1 == n) {
          p.status = EngagementStatus::proposed;
          p.proposed_with_agreement = true;
        }
        break;
    }
    if (!e.sponsored) {
      p.sponsor_consent = false;
      p.sharing = Sharing::none;
    }
    if (!supervised) {
      p.supervisor_consent = false;
    }
    if (p.status != EngagementStatus::active || roster_.coaches.size() < 2) {
      p.handover = false;
    }
    return p;
  }

  void add_engagement(std::size_t i) {
    Run e(mix_seed(options_.seed, kEngagementStreamBase + i));
    Rng& r = e.rng;
    e.index = i;
    e.coach_index = i % roster_.coaches.size();
    e.coach = Actor::coach(roster_.coaches[e.coach_index]);
    e.client = Actor::client(roster_.clients[i]);

    EngagementSpec spec;
    spec.coach = roster_.coaches[e.coach_index];
    spec.client = roster_.clients[i];
    if (const auto org = client_org_[i]) {
      const OrgInfo& o = orgs_[*org];
      e.sponsored = true;
      e.manager = r.pick(o.managers);
      spec.sponsor = o.id;
      spec.sponsor_contacts = {o.hr, e.manager};
    }
    e.id = practice_.propose_engagement(r.chance(70) ? admin_ : e.coach, spec);
    roster_.engagements.push_back(e.id);
    e.plan = plan_for(e, coach_supervisor_[e.coach_index].has_value());

    if (e.plan.status == EngagementStatus::proposed) {
      add_proposed(e);
      return;
    }
    set_agreement(e);
    practice_.set_engagement_status(r.chance(50) ? admin_ : e.coach, e.id,
                                    EngagementStatus::active);
    choose_themes(e);
    add_sessions(e);
    add_values(e);
    for (std::size_t k = 0; k < e.themes.size(); ++k) {
      add_theme(e, k);
    }
    add_other_inner_work(e);
    add_other_notes(e);
    if (e.plan.sharing == Sharing::later && !e.goals.empty()) {
      practice_.set_goal_shared(e.client, e.goals.back(), true);
    }
    add_consents(e);
    if (e.plan.referral) {
      add_referral(e);
    }
    if (e.plan.handover) {
      add_handover(e);
    }
    if (e.plan.status != EngagementStatus::active) {
      practice_.set_engagement_status(r.chance(50) ? admin_ : e.coach, e.id, e.plan.status);
    }
  }

  void add_proposed(Run& e) {
    Rng& r = e.rng;
    if (!e.plan.proposed_with_agreement) {
      return;  // A chemistry call still to come.
    }
    Agreement& a = e.agreement;
    a.start = next_weekday(today_.plus_days(r.between(10, 40)));
    a.end = a.start.plus_days(r.between(180, 300));
    a.agreed_on = today_.plus_days(-r.between(1, 10));
    a.session_allotment = r.pick(std::array{12, 18, 24});
    a.confidentiality_terms =
        std::string(e.sponsored ? synthetic::kSponsoredTerms : synthetic::kPrivateTerms);
    practice_.set_agreement(admin_, e.id, a);
    schedule(e, a.start);
    practice_.add_note(admin_, e.id,
                       {Scope::operational,
                        "Agreement signed by all parties; first session booked.", std::nullopt});
  }

  void set_agreement(Run& e) {
    Rng& r = e.rng;
    Agreement& a = e.agreement;
    const Date start = options_.start;
    switch (e.plan.status) {
      case EngagementStatus::paused:
        a.start = start.plus_days(r.between(0, 120));
        a.end = std::max(a.start.plus_days(r.between(270, 360)), today_.plus_days(30));
        e.last = today_.plus_days(-r.between(14, 60));
        break;
      case EngagementStatus::completed:
        a.start = start.plus_days(r.between(0, 60));
        a.end = a.start.plus_days(r.between(150, 260));
        e.last = a.end;
        break;
      case EngagementStatus::ended_early:
        a.start = start.plus_days(r.between(0, 150));
        a.end = a.start.plus_days(r.between(240, 330));
        e.last = std::min(a.start.plus_days(r.between(45, 120)), today_.plus_days(-1));
        break;
      default:
        a.start = start.plus_days(r.between(0, 150));
        a.end = a.start.plus_days(r.between(240, 360));
        a.end = std::max(a.end, today_.plus_days(r.between(14, 90)));
        e.last = today_.plus_days(-1);
        break;
    }
    a.start = next_weekday(a.start);
    e.first = a.start;
    a.agreed_on = a.start.plus_days(-r.between(3, 21));
    a.session_allotment = r.pick(std::array{12, 18, 24, 30});
    a.confidentiality_terms =
        std::string(e.sponsored ? synthetic::kSponsoredTerms : synthetic::kPrivateTerms);
    a.sponsor_terms.attendance = true;
    a.sponsor_terms.shared_goal_progress = e.index == 0 || r.chance(90);
    a.sponsor_terms.redacted_unshared_goals = r.chance(30);
    practice_.set_agreement(r.chance(60) ? admin_ : e.coach, e.id, a);
  }

  void choose_themes(Run& e) {
    const auto order = e.rng.permutation(kThemes.size());
    const std::size_t n = e.rng.chance(50) ? 2 : 3;
    e.themes.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n));
    if (e.plan.referral) {
      // A referral grows out of well-being work: make sure the stress theme is in play.
      constexpr std::size_t kStress = 6;
      static_assert(kThemes[kStress].category == "self-reliance");
      if (std::find(e.themes.begin(), e.themes.end(), kStress) == e.themes.end()) {
        e.themes.front() = kStress;
      }
    }
  }

  const Theme& theme(const Run& e, std::size_t k) const { return kThemes[e.themes[k]]; }

  // ---- Sessions and notes ------------------------------------------------------------------

  SessionId schedule(Run& e, Date day) {
    Rng& r = e.rng;
    SessionSpec s;
    const int hour = r.between(8, 17);
    s.start = Timestamp::at(day, hour, r.chance(50) ? 0 : 30);
    s.duration_minutes = r.pick(std::array{45, 60, 60, 60, 90});
    const int modality = r.between(0, 99);
    s.modality = modality < 25   ? Modality::in_person
                 : modality < 85 ? Modality::video
                                 : Modality::phone;
    s.group = r.chance(3);
    s.pro_bono = !e.sponsored && r.chance(10);
    ++e.booked;
    return practice_.schedule_session(r.chance(60) ? admin_ : e.coach, e.id, s);
  }

  void add_sessions(Run& e) {
    Rng& r = e.rng;
    const int cadence = r.pick(std::array{7, 10, 14, 14});
    const std::int32_t allotment = e.agreement.session_allotment;
    Date day = next_weekday(e.first.plus_days(r.between(0, 4)));
    std::size_t n = 0;
    while (e.booked < allotment && day <= e.last) {
      const SessionId s = schedule(e, day);
      const int roll = r.between(0, 99);
      if (roll < 88) {
        practice_.set_session_status(e.coach, s, SessionStatus::held);
        e.held.emplace_back(s, day);
        add_session_notes(e, s, n++);
      } else if (roll < 95) {
        practice_.set_session_status(r.chance(50) ? admin_ : e.coach, s, SessionStatus::cancelled);
        --e.booked;  // A cancelled session does not use the allotment.
      } else {
        practice_.set_session_status(e.coach, s, SessionStatus::no_show);
      }
      day = next_weekday(day.plus_days(cadence + r.between(-1, 2)));
    }
    if (e.plan.status == EngagementStatus::active) {
      const int future = r.between(1, 2);
      for (int k = 0; k < future && e.booked < allotment; ++k) {
        schedule(e, next_weekday(today_.plus_days(r.between(2, 6) + k * cadence)));
      }
    }
  }

  void add_session_notes(Run& e, SessionId s, std::size_t n) {
    Rng& r = e.rng;
    const Theme& t = theme(e, n % e.themes.size());
    if (r.chance(95)) {
      std::string text = std::string(r.pick(synthetic::kSessionOpenings));
      text += " ";
      text += r.pick(t.topics);
      text += " ";
      text += r.pick(synthetic::kSessionTechniques);
      text += " Next step the client chose: \"";
      text += r.pick(t.actions);
      text += "\".";
      practice_.add_note(e.coach, e.id, {Scope::coaching, std::move(text), s});
    }
    if (r.chance(35)) {
      std::string text =
          std::string(t.process_note) + " " + std::string(r.pick(synthetic::kProcessReactions));
      practice_.add_note(e.coach, e.id, {Scope::coach_private, std::move(text), s});
    }
    if (r.chance(20)) {
      std::string text(t.journal);
      if (r.chance(50)) {
        text += " " + std::string(r.pick(synthetic::kJournalExtras));
      }
      const std::optional<SessionId> about = r.chance(50) ? std::optional(s) : std::nullopt;
      practice_.add_note(e.client, e.id, {Scope::client_private, std::move(text), about});
    }
  }

  void add_other_notes(Run& e) {
    Rng& r = e.rng;
    if (e.sponsored && (r.chance(30) || e.index == 0)) {
      practice_.add_note(
          e.coach, e.id,
          {Scope::sponsor, std::string(r.pick(synthetic::kSponsorNotes)), std::nullopt});
    }
    if (r.chance(10) || e.index == 0) {
      practice_.add_note(
          admin_, e.id,
          {Scope::operational, std::string(r.pick(synthetic::kOperationalNotes)), std::nullopt});
    }
  }

  // ---- Inner work ----------------------------------------------------------------------------

  void add_values(Run& e) {
    Rng& r = e.rng;
    const int n = r.between(2, 3);
    std::vector<std::string_view> names;
    for (std::size_t k = 0; k < e.themes.size() && static_cast<int>(names.size()) < n; ++k) {
      if (r.chance(70)) {
        names.push_back(theme(e, k).value);
      }
    }
    for (const std::size_t v : r.permutation(synthetic::kValues.size())) {
      if (static_cast<int>(names.size()) >= n) {
        break;
      }
      const std::string_view name = synthetic::kValues[v].name;
      if (std::find(names.begin(), names.end(), name) == names.end()) {
        names.push_back(name);
      }
    }
    for (std::size_t k = 0; k < names.size(); ++k) {
      const auto it = std::find_if(synthetic::kValues.begin(), synthetic::kValues.end(),
                                   [&](const auto& v) { return v.name == names[k]; });
      ValueSpec spec;
      spec.name = std::string(names[k]);
      spec.rank = static_cast<std::int32_t>(k + 1);
      spec.meaning = std::string(it->meaning);
      const bool by_client = r.chance(30);
      spec.scope = by_client && r.chance(25) ? Scope::client_private : Scope::coaching;
      const ValueId id = practice_.add_value(by_client ? e.client : e.coach, e.id, spec);
      if (spec.scope == Scope::coaching) {
        e.values.emplace_back(names[k], id);
      }
    }
  }

  BeliefId add_belief(Run& e, std::string_view statement, std::string_view category,
                      BeliefKind kind, Date on, std::string_view reframe) {
    Rng& r = e.rng;
    BeliefSpec spec;
    spec.statement = std::string(statement);
    spec.kind = kind;
    spec.category = std::string(category);
    spec.strength = kind == BeliefKind::limiting ? r.between(6, 9) : r.between(4, 7);
    spec.on = on;
    const BeliefId id = practice_.add_belief(r.chance(70) ? e.coach : e.client, e.id, spec);
    // Strength over time: limiting beliefs loosen (with setbacks), empowering ones firm up.
    std::int32_t strength = spec.strength;
    bool reframed = false;
    for (Date d = on.plus_days(r.between(21, 45)); d <= e.last;
         d = d.plus_days(r.between(21, 45))) {
      if (kind == BeliefKind::limiting) {
        strength = r.chance(12) ? std::min(10, strength + 1)
                                : std::max(0, strength - r.between(0, reframed ? 2 : 1));
      } else {
        strength = std::min(10, strength + r.between(0, 1));
      }
      practice_.record_belief_strength(r.chance(60) ? e.client : e.coach, id, d, strength);
      if (!reframed && !reframe.empty() && strength <= 6 && r.chance(50)) {
        practice_.reframe_belief(r.chance(75) ? e.client : e.coach, id, std::string(reframe));
        reframed = true;
      }
    }
    return id;
  }

  void link(Run& e, RecordId inner, GoalId goal) {
    practice_.link_inner_to_goal(e.coach, inner, goal);
  }

  void add_other_inner_work(Run& e) {
    Rng& r = e.rng;
    if (r.chance(25)) {
      const auto& b = r.pick(synthetic::kEmpoweringBeliefs);
      add_belief(e, b.statement, b.category, BeliefKind::empowering,
                 e.in_window(e.first.plus_days(r.between(20, 90))), {});
    }
    if (r.chance(10)) {
      FearSpec spec{std::string(r.pick(synthetic::kGeneralFears)), r.between(3, 8)};
      practice_.add_fear(r.chance(50) ? e.coach : e.client, e.id, spec);
    }
    if (r.chance(40)) {
      const auto& p = r.pick(synthetic::kPurposes);
      const PurposeId id =
          practice_.add_purpose(r.chance(50) ? e.coach : e.client, e.id,
                                {std::string(p.statement), std::string(p.formative_experience)});
      if (!e.goals.empty() && r.chance(50)) {
        link(e, id.record(), e.goals.front());
      }
    }
    for (int k = r.between(0, 2); k > 0; --k) {
      const auto& t = r.pick(synthetic::kReflections);
      ReflectionSpec spec;
      spec.practice = t.practice;
      spec.on = e.in_window(e.first.plus_days(r.between(0, 300)));
      spec.text = std::string(t.text);
      spec.scope = r.chance(50) ? Scope::client_private : Scope::coaching;
      practice_.add_reflection(e.client, e.id, spec);
    }
    if (r.chance(50) || e.index == 0) {
      add_insight(e, r.pick(synthetic::kGeneralInsights), std::nullopt);
    }

    // Well-being roughly once a quarter; a client later referred to a therapist does not
    // improve, which is what prompts the referral.
    std::int32_t stress = e.plan.referral ? r.between(8, 9) : r.between(5, 8);
    std::int32_t thriving = e.plan.referral ? r.between(2, 3) : r.between(3, 6);
    std::int32_t burnout = e.plan.referral ? r.between(6, 8) : r.between(1, 4);
    std::int32_t confidence = r.between(3, 6);
    for (Date d = e.first.plus_days(r.between(0, 14)); d <= e.last;
         d = d.plus_days(r.between(75, 120))) {
      WellbeingSpec spec;
      spec.on = d;
      spec.stress = stress;
      spec.thriving = thriving;
      spec.burnout = burnout;
      spec.confidence = confidence;
      spec.scope = r.chance(15) ? Scope::client_private : Scope::coaching;
      practice_.check_in_wellbeing(e.client, e.id, spec);
      if (!e.plan.referral) {
        stress = std::max(2, stress - r.between(0, 1));
        thriving = std::min(9, thriving + r.between(0, 1));
        burnout = std::max(0, burnout - r.between(0, 1));
      }
      confidence = std::min(9, confidence + r.between(0, 1));
    }
  }

  InsightId add_insight(Run& e, std::string_view text, std::optional<GoalId> goal) {
    Rng& r = e.rng;
    InsightSpec spec;
    spec.on = e.in_window(e.first.plus_days(r.between(30, 200)));
    spec.text = std::string(text);
    const InsightId id = practice_.add_insight(r.chance(60) ? e.client : e.coach, e.id, spec);
    if (!e.first_insight) {
      e.first_insight = id;
    }
    if (goal && r.chance(50)) {
      link(e, id.record(), *goal);
    }
    return id;
  }

  // ---- Outer work, theme by theme ----------------------------------------------------------

  void add_theme(Run& e, std::size_t k) {
    Rng& r = e.rng;
    const Theme& t = theme(e, k);
    const Date start =
        e.in_window(e.first.plus_days(7 + static_cast<int>(k) * 35 + r.between(0, 14)));

    const BeliefId belief = add_belief(e, t.belief, t.category, BeliefKind::limiting,
                                       e.in_window(start.plus_days(r.between(0, 7))), t.reframe);
    std::optional<FearId> fear;
    if (k == 0 || r.chance(15)) {
      const FearSpec spec{std::string(t.fear), r.between(4, 8)};
      fear = practice_.add_fear(r.chance(70) ? e.coach : e.client, e.id, spec);
    }

    const auto goal_order = r.permutation(t.goals.size());
    const auto action_order = r.permutation(t.actions.size());
    std::size_t next_action = 0;
    std::array<GoalId, 2> goals{};
    for (std::size_t g = 0; g < goals.size(); ++g) {
      const Date goal_start = e.in_window(start.plus_days(static_cast<int>(g) * r.between(7, 28)));
      const bool share = e.plan.sharing == Sharing::at_creation && k == 0 && g == 0;
      goals[g] = add_goal(e, t.goals[goal_order[g]], goal_start, share);
      const int actions = r.between(3, 5);
      for (int a = 0; a < actions; ++a) {
        add_action_item(e, goals[g], t.actions[action_order[next_action++ % t.actions.size()]],
                        goal_start, a);
      }
    }

    // The iceberg links: the belief always sits under the first goal; the rest sometimes, so
    // that a coach's dashboard also finds goals with no inner work examined.
    link(e, belief.record(), goals[0]);
    if (fear && r.chance(50)) {
      link(e, fear->record(), goals[0]);
    }
    for (const auto& [name, id] : e.values) {
      if (name == t.value && r.chance(60)) {
        link(e, id.record(), goals[r.chance(50) ? std::size_t{0} : std::size_t{1}]);
      }
    }
    if (r.chance(40)) {
      add_insight(e, t.insight, goals[1]);
    }

    if (r.chance(60)) {
      add_habit(e, t, goals[0], start);
    }
    if (r.chance(70)) {
      add_skill(e, t.competency, start);
    }
  }

  GoalId add_goal(Run& e, const synthetic::GoalTemplate& t, Date start, bool share) {
    Rng& r = e.rng;
    GoalSpec spec;
    spec.title = std::string(t.title);
    spec.description = std::string(t.description);
    spec.metric = std::string(t.metric);
    spec.unit = std::string(t.unit);
    spec.baseline = t.baseline;
    spec.target = t.target;
    spec.due = start.plus_days(r.between(90, 180));
    spec.shared_with_sponsor = share;
    const Actor author = (share || r.chance(40)) ? e.client : e.coach;
    const GoalId id = practice_.add_goal(author, e.id, spec);
    e.goals.push_back(id);

    // Measurement dates first, so that a "worsening" goal can turn in its last two readings.
    std::vector<Date> dates;
    for (Date d = start.plus_days(r.between(10, 21)); d <= e.last;
         d = d.plus_days(r.between(14, 28))) {
      dates.push_back(d);
    }
    enum class Course { achieved, improving, stalled, worsening };
    const int roll = r.between(0, 99);
    const Course course = roll < 25   ? Course::achieved
                          : roll < 70 ? Course::improving
                          : roll < 88 ? Course::stalled
                                      : Course::worsening;
    const Actor measurer = r.chance(70) ? e.client : e.coach;
    const double span = t.target - t.baseline;
    if (!dates.empty()) {
      practice_.set_goal_status(r.chance(50) ? e.client : e.coach, id, GoalStatus::active);
    }
    double fraction = 0.0;
    std::optional<Date> achieved_on;
    for (std::size_t n = 0; n < dates.size(); ++n) {
      const double step = r.between(3, 15) / 100.0;
      switch (course) {
        case Course::achieved:
          fraction = std::min(1.0, fraction + 2.0 * step + 0.05);
          break;
        case Course::improving:
          fraction = std::min(0.9, fraction + step);
          break;
        case Course::stalled:
          fraction =
              n < 2 ? fraction + step : std::clamp(fraction + r.between(-3, 3) / 100.0, 0.0, 0.6);
          break;
        case Course::worsening:
          fraction = n + 2 >= dates.size() ? std::max(0.0, fraction - 2.0 * step)
                                           : std::min(0.8, fraction + step);
          break;
      }
      practice_.record_goal_progress(measurer, id, dates[n],
                                     round_metric(t.baseline + span * fraction, span));
      if (fraction >= 1.0) {
        achieved_on = dates[n];
        break;
      }
    }
    if (achieved_on) {
      practice_.set_goal_status(r.chance(50) ? e.client : e.coach, id, GoalStatus::achieved);
    } else if (dates.size() >= 3 && r.chance(6)) {
      practice_.set_goal_status(e.coach, id, GoalStatus::abandoned);
    }

    if (r.chance(70)) {
      MilestoneSpec m;
      m.goal = id;
      m.title = std::string(t.milestone);
      m.due = start.plus_days(r.between(45, 150));
      const MilestoneId mid = practice_.add_milestone(r.chance(50) ? e.client : e.coach, e.id, m);
      if (achieved_on) {
        practice_.reach_milestone(e.client, mid, *achieved_on);
      } else if (*m.due <= e.last && r.chance(40)) {
        practice_.reach_milestone(e.client, mid,
                                  clamp(m.due->plus_days(-r.between(0, 10)), start, e.last));
      }
    }
    return id;
  }

  void add_action_item(Run& e, GoalId goal, std::string_view title, Date goal_start, int n) {
    Rng& r = e.rng;
    ActionItemSpec spec;
    spec.goal = goal;
    spec.title = std::string(title);
    spec.due = goal_start.plus_days(7 + n * r.between(10, 21));
    const ActionItemId id =
        practice_.add_action_item(r.chance(50) ? e.client : e.coach, e.id, spec);
    const Date due = *spec.due;
    if (due <= e.last) {
      // A quarter of the past-due items stay open: the overdue list a coach reviews.
      if (r.chance(75)) {
        const Date done = clamp(due.plus_days(-r.between(0, 5)), goal_start, e.last);
        practice_.complete_action_item(r.chance(80) ? e.client : e.coach, id, done);
      }
    } else if (goal_start <= e.last && r.chance(15)) {
      practice_.complete_action_item(
          e.client, id, clamp(goal_start.plus_days(r.between(1, 30)), goal_start, e.last));
    }
  }

  void add_habit(Run& e, const Theme& t, GoalId goal, Date start) {
    Rng& r = e.rng;
    HabitSpec spec;
    spec.goal = goal;
    spec.title = std::string(t.habit);
    spec.cadence = t.cadence;
    const HabitId id = practice_.add_habit(r.chance(50) ? e.client : e.coach, e.id, spec);
    const int keep_rate = r.between(65, 95);
    const int count = r.between(15, 40);
    Date d = start.plus_days(r.between(0, 10));
    if (t.cadence == Cadence::weekdays) {
      d = next_weekday(d);
    }
    for (int n = 0; n < count && d <= e.last; ++n) {
      const bool kept = r.chance(keep_rate);
      practice_.check_in_habit(r.chance(90) ? e.client : e.coach, id, d, kept);
      switch (t.cadence) {
        case Cadence::daily:
          d = d.plus_days(1);
          break;
        case Cadence::weekdays:
          d = next_weekday(d.plus_days(1));
          break;
        case Cadence::weekly:
          d = d.plus_days(7);
          break;
      }
    }
  }

  void add_skill(Run& e, std::string_view competency, Date start) {
    Rng& r = e.rng;
    const SkillId id =
        practice_.add_skill(r.chance(60) ? e.coach : e.client, e.id, {std::string(competency)});
    std::int32_t rating = r.between(2, 5);
    for (Date d = start.plus_days(r.between(7, 21)); d <= e.last;
         d = d.plus_days(r.between(28, 42))) {
      practice_.rate_skill(r.chance(60) ? e.coach : e.client, id, d, rating);
      rating = std::min(10, rating + r.between(0, 1));
    }
  }

  // ---- Confidentiality -----------------------------------------------------------------------

  void add_consents(Run& e) {
    Rng& r = e.rng;
    if (e.plan.supervisor_consent) {
      ConsentSpec c;
      c.grantee = Actor::supervisor(roster_.supervisors[*coach_supervisor_[e.coach_index]]);
      c.kinds = {RecordKind::note, RecordKind::goal, RecordKind::belief, RecordKind::value};
      c.purpose = "supervision";
      c.from = today_.plus_days(-r.between(0, 30));
      c.to = today_.plus_days(r.between(60, 180));
      practice_.grant_consent(e.client, e.id, c);
    }
    if (e.plan.sponsor_consent) {
      // One record, not a kind: inner work reaches a sponsor only record by record.
      ConsentSpec c;
      c.grantee = Actor::sponsor(e.manager);
      if (e.first_insight && (e.index == 0 || r.chance(50))) {
        c.records = {e.first_insight->record()};
      } else if (e.goals.size() >= 2) {
        // Not the goal shared at creation, nor the one shared later: one more objective.
        c.records = {e.goals[1].record()};
      }
      c.purpose = "three-way review";
      c.from = today_.plus_days(-7);
      c.to = today_.plus_days(60);
      if (!c.records.empty()) {
        practice_.grant_consent(e.client, e.id, c);
      }
    }
    if (e.plan.aggregate_consent) {
      ConsentSpec c;
      c.kind = ConsentKind::aggregate_themes;
      c.purpose = "aggregate themes";
      c.from = e.agreement.start;
      c.to = e.agreement.end.plus_days(365);
      practice_.grant_consent(e.client, e.id, c);
    }
  }

  void add_referral(Run& e) {
    Rng& r = e.rng;
    const auto& t = r.pick(synthetic::kReferrals);
    ReferralSpec spec;
    spec.on = e.in_window(e.last.plus_days(-r.between(0, 20)));
    spec.reason = std::string(t.reason);
    spec.referred_to = std::string(t.referred_to);
    practice_.refer_to_therapist(e.coach, e.id, spec);
    practice_.add_note(e.coach, e.id,
                       {Scope::coach_private, std::string(synthetic::kReferralNote), std::nullopt});
  }

  void add_handover(Run& e) {
    Rng& r = e.rng;
    const std::size_t next = (e.coach_index + 1) % roster_.coaches.size();
    const CoachId successor = roster_.coaches[next];
    practice_.hand_over(admin_, e.id, successor);
    e.coach = Actor::coach(successor);
    e.coach_index = next;
    // Shared coaching work moves only with the client's consent; process notes never move.
    ConsentSpec c;
    c.grantee = e.coach;
    c.kinds = {RecordKind::note,        RecordKind::goal,  RecordKind::milestone,
               RecordKind::action_item, RecordKind::habit, RecordKind::skill};
    c.purpose = "handover";
    c.from = today_;
    c.to = std::max(e.agreement.end, today_.plus_days(90));
    practice_.grant_consent(e.client, e.id, c);
    practice_.add_note(e.coach, e.id,
                       {Scope::coaching, std::string(synthetic::kHandoverNote), std::nullopt});
    if (e.booked < e.agreement.session_allotment) {
      schedule(e, next_weekday(today_.plus_days(r.between(7, 14))));
    }
  }

  Practice& practice_;
  const SyntheticOptions& options_;
  Shape shape_;
  Date today_;
  Rng rng_;
  Actor admin_;
  SyntheticRoster roster_;
  std::vector<std::optional<std::size_t>> coach_supervisor_;
  std::vector<OrgInfo> orgs_;
  std::vector<std::optional<std::size_t>> client_org_;
};

}  // namespace

std::string_view to_string(Scale s) {
  switch (s) {
    case Scale::tiny:
      return "tiny";
    case Scale::small:
      return "small";
    case Scale::medium:
      return "medium";
    case Scale::large:
      return "large";
  }
  return "unknown";
}

Scale parse_scale(std::string_view text) {
  for (const Scale s : {Scale::tiny, Scale::small, Scale::medium, Scale::large}) {
    if (text == to_string(s)) {
      return s;
    }
  }
  throw ValidationError("scale: expected tiny, small, medium or large");
}

PracticeOptions synthetic_practice_options(const SyntheticOptions& options) {
  PracticeOptions out;
  const Timestamp base = Timestamp::at(today_of(options), 7);
  const std::int64_t per_second = shape_of(options.scale).readings_per_second;
  auto readings = std::make_shared<std::int64_t>(0);
  out.clock = [base, per_second, readings] {
    return base.plus_seconds((*readings)++ / per_second);
  };
  out.id_seed = mix_seed(options.seed, kIdStream);
  return out;
}

SyntheticRoster populate_practice(Practice& practice, const SyntheticOptions& options) {
  // Refuse a start so late that the generated agreements would run past the calendar range,
  // before anything is written.
  (void)options.start.plus_days(kLatestOffsetDays);
  (void)shape_of(options.scale);
  return Generator(practice, options).run();
}

}  // namespace libcoach
