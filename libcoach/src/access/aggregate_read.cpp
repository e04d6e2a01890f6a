#include "access/aggregate_read.hpp"

#include <algorithm>
#include <shared_mutex>
#include <utility>

#include "aggregate_facts.hpp"
#include "libcoach/errors.hpp"
#include "practice_core.hpp"
#include "themes.hpp"

namespace libcoach::detail {

namespace {

bool in_period(Date d, const AggregateRequest& r) {
  return (!r.from || *r.from <= d) && (!r.to || d <= *r.to);
}

// Whether the engagement has an `aggregate_themes` consent that holds on the report's day.
bool themes_consent(const Table<Consent>& consents, EngagementId e, Date as_of) {
  for (const std::size_t i : consents.of_engagement(e)) {
    const Consent& c = consents.at(i);
    if (c.consent_kind == ConsentKind::aggregate_themes &&
        themes_consent_holds(c.revoked.has_value(), c.from, c.to, as_of)) {
      return true;
    }
  }
  return false;
}

// The snapshot's aggregate facts when they may be read (current layout, checksum checked)
// and cover the engagements of the state (rows are only ever appended to them). Each part of
// them describes the state only while the tables it comes from are undecoded (any change to
// a table, a journal event included, decodes it first): the caller asks table by table.
// Null when the rows must be read. `pin` keeps the facts' bytes mapped while the caller
// reads them.
const AggregateFactsSection* snapshot_facts_for(const PracticeState& state,
                                                std::shared_ptr<const void>& pin) {
  const AggregateFactsSection* facts = state.snapshot_facts.get();
  if (facts == nullptr)
    return nullptr;
  pin = facts->pin();
  if (pin == nullptr)
    return nullptr;
  facts->check();
  if (!facts->current() || facts->engagements() != state.table<Engagement>().size())
    return nullptr;
  return facts;
}

template <class... R>
bool undecoded(const PracticeState& state) {
  return (!state.table<R>().loaded() && ...);
}

FactsEngagement parties_of(const Engagement& e) {
  FactsEngagement out;
  out.id = e.id;
  out.client = e.client;
  out.coach = e.coach;
  out.sponsor = e.sponsor;
  if (e.agreement) {
    out.has_agreement = true;
    out.start = e.agreement->start;
    out.end = e.agreement->end;
  }
  return out;
}

}  // namespace

std::optional<OrganizationId> AggregateReader::viewer_organization(const View& view) {
  if (view.viewer().role != Role::sponsor_contact)
    return std::nullopt;
  std::shared_lock lock(view.core_->mutex);
  const auto* contact = view.core_->state.table<SponsorContact>().find(view.viewer().id);
  if (contact == nullptr)
    return std::nullopt;
  return contact->organization;
}

AggregateFacts AggregateReader::read(const View& view, const AggregateRequest& request) {
  const Viewer& viewer = view.viewer();
  std::shared_lock lock(view.core_->mutex);
  const PracticeState& state = view.core_->state;
  std::optional<OrganizationId> viewer_org;
  if (viewer.role == Role::sponsor_contact) {
    if (const auto* contact = state.table<SponsorContact>().find(viewer.id))
      viewer_org = contact->organization;
  }
  if (!is_registered(state, viewer) ||
      !can_read_aggregates(viewer, request.organization, viewer_org)) {
    throw AccessDenied("read aggregates: access denied");
  }
  if (request.organization &&
      state.table<Organization>().find(request.organization->value) == nullptr) {
    throw NotFound("organization: no such record visible to this viewer");
  }

  AggregateFacts out;
  out.now = view.core_->now();
  out.as_of = request.as_of.value_or(out.now.date());
  // Sponsors never see inner work, not even as themes; their goal counts are of shared goals.
  const bool admin = viewer.role == Role::admin;

  const auto& sessions = state.table<Session>();
  const auto& goals = state.table<Goal>();
  const auto& wellbeing = state.table<WellbeingCheckIn>();
  const auto& consents = state.table<Consent>();
  const auto& engagements = state.table<Engagement>();
  std::shared_ptr<const void> facts_pin;
  const AggregateFactsSection* facts = snapshot_facts_for(state, facts_pin);
  // Which parts come from the facts: those whose tables no one has decoded.
  const bool engagement_facts = facts != nullptr && undecoded<Engagement>(state);
  const bool record_facts = facts != nullptr && undecoded<Session, Goal, WellbeingCheckIn>(state);
  const bool consent_facts = facts != nullptr && undecoded<Consent>(state);
  const bool theme_facts = facts != nullptr && facts->themes() == FactsThemes::present &&
                           undecoded<Value, Belief>(state);
  const std::size_t rows = engagements.size();
  const auto engagement_at = [&](std::size_t row) {
    return engagement_facts ? facts->engagement(row) : parties_of(engagements.rows()[row]);
  };
  // Each engagement's lists are appended to the flat vectors and recorded as offsets; the
  // spans are set once every vector has its final address.
  struct Ends {
    std::size_t sessions, goals, wellbeing, values, beliefs;
  };
  const auto ends = [&out] {
    return Ends{out.sessions.size(), out.goals.size(), out.wellbeing.size(),
                out.value_themes.size(), out.belief_themes.size()};
  };
  std::vector<Ends> begins;
  // Theme counts: admins only, engagements with an `aggregate_themes` consent only.
  std::vector<char> consenting(rows, 0);
  if (admin) {
    for (std::size_t row = 0; row < rows; ++row) {
      consenting[row] = (consent_facts ? facts->themes_consent(row, out.as_of)
                                       : themes_consent(consents, engagement_at(row).id, out.as_of))
                            ? 1
                            : 0;
    }
  }
  const bool any_consent = std::find(consenting.begin(), consenting.end(), 1) != consenting.end();
  EngagementThemes row_themes;
  std::vector<char> named;  // Theme facts: the names a consenting engagement holds.
  if (any_consent && theme_facts) {
    named.assign(facts->theme_names(), 0);
  } else if (any_consent) {
    row_themes = collect_themes(state, [&](std::size_t row) { return consenting[row] != 0; });
    out.theme_names = std::move(row_themes.names);
  }
  const auto add_session = [&](Timestamp start, SessionStatus status) {
    const Date day = start.date();
    if (in_period(day, request))
      out.sessions.push_back({day, status});
  };
  const auto add_goal = [&](GoalStatus status, bool shared_with_sponsor) {
    if (admin || shared_with_sponsor)
      out.goals.push_back(status);
  };
  const auto add_wellbeing = [&](Date on, std::int32_t thriving, bool client_private) {
    if (!client_private && in_period(on, request))
      out.wellbeing.push_back({on, thriving});
  };
  if (record_facts) {
    out.sessions.reserve(facts->session_count());
    out.goals.reserve(facts->goal_count());
    out.wellbeing.reserve(facts->wellbeing_count());
  }
  for (std::size_t row = 0; row < rows; ++row) {
    const FactsEngagement e = engagement_at(row);
    if (!e.has_agreement)
      continue;
    if (request.organization && e.sponsor != request.organization)
      continue;
    if ((request.to && e.start > *request.to) || (request.from && e.end < *request.from))
      continue;
    AggregateEngagementFacts f;
    f.engagement = e.id;
    f.client = e.client;
    f.coach = e.coach;
    f.sponsor = e.sponsor;
    f.start = e.start;
    f.end = e.end;
    begins.push_back(ends());
    if (record_facts) {
      facts->sessions(row, add_session);
      facts->goals(row, add_goal);
      facts->wellbeing(row, add_wellbeing);
    } else {
      for (const std::size_t i : sessions.of_engagement(e.id)) {
        const Session& s = sessions.at(i);
        add_session(s.start, s.status);
      }
      for (const std::size_t i : goals.of_engagement(e.id)) {
        const Goal& g = goals.at(i);
        add_goal(g.status, g.shared_with_sponsor);
      }
      for (const std::size_t i : wellbeing.of_engagement(e.id)) {
        const WellbeingCheckIn& w = wellbeing.at(i);
        add_wellbeing(w.on, w.thriving, w.meta.scope == Scope::client_private);
      }
    }
    if (consenting[row] != 0) {
      f.themes_consent = true;
      if (theme_facts) {
        const auto take = [&](std::vector<std::uint32_t>& into) {
          return [&](std::uint32_t theme) {
            named[theme] = 1;
            into.push_back(theme);
          };
        };
        facts->themes(row, take(out.value_themes), take(out.belief_themes));
      } else {
        const auto slice = [row](const std::vector<std::uint32_t>& begin,
                                 const std::vector<std::uint32_t>& themes,
                                 std::vector<std::uint32_t>& into) {
          into.insert(into.end(), themes.begin() + begin[row], themes.begin() + begin[row + 1]);
        };
        slice(row_themes.value_begin, row_themes.values, out.value_themes);
        slice(row_themes.belief_begin, row_themes.beliefs, out.belief_themes);
      }
    }
    out.engagements.push_back(f);
  }
  if (!named.empty()) {
    out.theme_names.resize(named.size());
    for (std::size_t i = 0; i < named.size(); ++i) {
      if (named[i] != 0)
        out.theme_names[i] = std::string(facts->theme_name(i));
    }
  }
  begins.push_back(ends());
  for (std::size_t i = 0; i < out.engagements.size(); ++i) {
    AggregateEngagementFacts& f = out.engagements[i];
    const Ends& b = begins[i];
    const Ends& e = begins[i + 1];
    f.sessions = std::span(out.sessions).subspan(b.sessions, e.sessions - b.sessions);
    f.goals = std::span(out.goals).subspan(b.goals, e.goals - b.goals);
    f.wellbeing = std::span(out.wellbeing).subspan(b.wellbeing, e.wellbeing - b.wellbeing);
    f.value_themes = std::span(out.value_themes).subspan(b.values, e.values - b.values);
    f.belief_themes = std::span(out.belief_themes).subspan(b.beliefs, e.beliefs - b.beliefs);
  }
  return out;
}

}  // namespace libcoach::detail
