#include "access/aggregate_read.hpp"

#include <shared_mutex>

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
  const auto& values = state.table<Value>();
  const auto& beliefs = state.table<Belief>();
  const auto& consents = state.table<Consent>();
  const std::vector<Engagement>& engagements = state.table<Engagement>().rows();
  std::shared_ptr<const void> facts_pin;
  const AggregateFactsSection* facts = snapshot_facts_for(state, engagements.size(), facts_pin);
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
    auto add_session = [&](Timestamp start, SessionStatus status) {
      if (in_period(start.date(), request))
        f.sessions.push_back({start, status});
    };
    auto add_goal = [&](GoalStatus status, bool shared_with_sponsor) {
      if (admin || shared_with_sponsor)
        f.goals.push_back(status);
    };
    auto add_wellbeing = [&](Date on, std::int32_t thriving, bool client_private) {
      if (!client_private && in_period(on, request))
        f.wellbeing.push_back({on, thriving});
    };
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
    if (admin && themes_consent(consents, e.id, out.as_of)) {
      f.themes_consent = true;
      for (const std::size_t i : values.of_engagement(e.id)) {
        const Value& v = values.at(i);
        if (theme_source(state, v.meta))
          f.value_names.push_back(v.name);
      }
      for (const std::size_t i : beliefs.of_engagement(e.id)) {
        const Belief& b = beliefs.at(i);
        if (theme_source(state, b.meta))
          f.belief_categories.push_back(b.category);
      }
    }
    out.engagements.push_back(std::move(f));
  }
  return out;
}

}  // namespace libcoach::detail
