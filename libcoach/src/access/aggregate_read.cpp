#include "access/aggregate_read.hpp"

#include <algorithm>
#include <shared_mutex>
#include <utility>

#include "aggregate_facts.hpp"
#include "libcoach/errors.hpp"
#include "practice_core.hpp"

namespace libcoach::detail {

namespace {

bool in_period(Date d, const AggregateRequest& r) {
  return (!r.from || *r.from <= d) && (!r.to || d <= *r.to);
}

// An `aggregate_themes` consent of the engagement that the client has not revoked and whose
// period holds the report's day. A revoked consent never counts, even when the report looks
// at a day before the revocation: revocation stops every later use.
bool themes_consent(const Table<Consent>& consents, EngagementId e, Date as_of) {
  for (const std::size_t i : consents.of_engagement(e)) {
    const Consent& c = consents.at(i);
    if (c.consent_kind == ConsentKind::aggregate_themes && !c.revoked && c.from <= as_of &&
        as_of <= c.to) {
      return true;
    }
  }
  return false;
}

// Only what a theme count needs: coaching-scope records (never the client's private ones)
// whose content was not erased.
bool theme_source(const PracticeState& state, const RecordMeta& meta) {
  return meta.scope == Scope::coaching && !state.is_erased(meta);
}

// The snapshot's aggregate facts when they describe the state: the sessions, goals and
// check-ins are still the snapshot's undecoded rows (any change to them, a journal event
// included, decodes the table first) and the engagements are the ones the facts were
// written for (rows are only ever appended to them). Null when the rows must be read.
// `pin` keeps the facts' bytes mapped while the caller reads them.
const AggregateFactsSection* snapshot_facts_for(const PracticeState& state, std::size_t engagements,
                                                std::shared_ptr<const void>& pin) {
  const AggregateFactsSection* facts = state.snapshot_facts.get();
  if (facts == nullptr || state.table<Session>().loaded() || state.table<Goal>().loaded() ||
      state.table<WellbeingCheckIn>().loaded()) {
    return nullptr;
  }
  pin = facts->pin();
  if (pin == nullptr)
    return nullptr;
  facts->check();
  return facts->engagements() == engagements ? facts : nullptr;
}

// The names (values) or categories (beliefs) that theme counts may use, of the engagements
// whose row in `consenting` is set, as (engagement row, text) in table order within each
// engagement. One pass over the table, streamed while it is undecoded: the report needs two
// short fields of a table whose rows are mostly long texts.
template <class R, class Field>
std::vector<std::pair<std::uint32_t, std::string>> theme_sources(
    const PracticeState& state, const std::vector<char>& consenting, Field field) {
  const auto& engagements = state.table<Engagement>();
  std::vector<std::pair<std::uint32_t, std::string>> out;
  state.table<R>().visit_rows([&](const R& record) {
    const Engagement* e = engagements.find(record.meta.engagement.value);
    if (e == nullptr)
      return;
    const auto row = static_cast<std::uint32_t>(e - engagements.rows().data());
    if (consenting[row] != 0 && theme_source(state, record.meta))
      out.emplace_back(row, record.*field);
  });
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

// Moves the texts of engagement `row` from `sources` (sorted by row; `next` is the first not
// yet taken) to `out`.
void take_sources(std::vector<std::pair<std::uint32_t, std::string>>& sources, std::size_t& next,
                  std::uint32_t row, std::vector<std::string>& out) {
  while (next < sources.size() && sources[next].first < row)
    ++next;
  for (; next < sources.size() && sources[next].first == row; ++next)
    out.push_back(std::move(sources[next].second));
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
  const std::vector<Engagement>& engagements = state.table<Engagement>().rows();
  std::shared_ptr<const void> facts_pin;
  const AggregateFactsSection* facts = snapshot_facts_for(state, engagements.size(), facts_pin);
  // Each engagement's lists are appended to the flat vectors and recorded as offsets; the
  // spans are set once every vector has its final address.
  struct Ends {
    std::size_t sessions, goals, wellbeing, values, beliefs;
  };
  const auto ends = [&out] {
    return Ends{out.sessions.size(), out.goals.size(), out.wellbeing.size(), out.value_names.size(),
                out.belief_categories.size()};
  };
  std::vector<Ends> begins;
  // Theme counts: admins only, engagements with an `aggregate_themes` consent only.
  std::vector<char> consenting(engagements.size(), 0);
  if (admin) {
    for (std::size_t row = 0; row < engagements.size(); ++row)
      consenting[row] = themes_consent(consents, engagements[row].id, out.as_of) ? 1 : 0;
  }
  const bool any_consent = std::find(consenting.begin(), consenting.end(), 1) != consenting.end();
  std::vector<std::pair<std::uint32_t, std::string>> value_names;
  std::vector<std::pair<std::uint32_t, std::string>> belief_categories;
  if (any_consent) {
    value_names = theme_sources<Value>(state, consenting, &Value::name);
    belief_categories = theme_sources<Belief>(state, consenting, &Belief::category);
  }
  std::size_t next_value = 0;
  std::size_t next_belief = 0;
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
  if (facts != nullptr) {
    out.sessions.reserve(facts->session_count());
    out.goals.reserve(facts->goal_count());
    out.wellbeing.reserve(facts->wellbeing_count());
  }
  for (std::size_t row = 0; row < engagements.size(); ++row) {
    const Engagement& e = engagements[row];
    if (!e.agreement)
      continue;
    if (request.organization && e.sponsor != request.organization)
      continue;
    if ((request.to && e.agreement->start > *request.to) ||
        (request.from && e.agreement->end < *request.from)) {
      continue;
    }
    AggregateEngagementFacts f;
    f.engagement = e.id;
    f.client = e.client;
    f.coach = e.coach;
    f.sponsor = e.sponsor;
    f.start = e.agreement->start;
    f.end = e.agreement->end;
    begins.push_back(ends());
    if (facts != nullptr) {
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
      const auto at = static_cast<std::uint32_t>(row);
      take_sources(value_names, next_value, at, out.value_names);
      take_sources(belief_categories, next_belief, at, out.belief_categories);
    }
    out.engagements.push_back(f);
  }
  begins.push_back(ends());
  for (std::size_t i = 0; i < out.engagements.size(); ++i) {
    AggregateEngagementFacts& f = out.engagements[i];
    const Ends& b = begins[i];
    const Ends& e = begins[i + 1];
    f.sessions = std::span(out.sessions).subspan(b.sessions, e.sessions - b.sessions);
    f.goals = std::span(out.goals).subspan(b.goals, e.goals - b.goals);
    f.wellbeing = std::span(out.wellbeing).subspan(b.wellbeing, e.wellbeing - b.wellbeing);
    f.value_names = std::span(out.value_names).subspan(b.values, e.values - b.values);
    f.belief_categories =
        std::span(out.belief_categories).subspan(b.beliefs, e.beliefs - b.beliefs);
  }
  return out;
}

}  // namespace libcoach::detail
