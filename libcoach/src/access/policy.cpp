// The confidentiality policy. Deny by default: every branch that does not explicitly allow
// falls through to deny. The matrix is documented in docs/confidentiality.md; each rule has
// a test in tests/cpp/test_policy*.cpp.

#include "libcoach/access/policy.hpp"

#include <algorithm>

namespace libcoach {

namespace {

enum class Relation : std::uint8_t {
  none,
  current_coach,
  past_coach,
  client,
  sponsor,
  admin,
  supervisor
};

template <class Range, class T>
bool contains(const Range& range, const T& value) {
  return std::find(std::begin(range), std::end(range), value) != std::end(range);
}

Relation relation_of(const Viewer& viewer, const Engagement& e, const PolicyContext& ctx) {
  switch (viewer.role) {
    case Role::coach:
      if (viewer.is(e.coach))
        return Relation::current_coach;
      for (const auto& tenure : e.past_coaches) {
        if (viewer.is(tenure.coach))
          return Relation::past_coach;
      }
      return Relation::none;
    case Role::client:
      return viewer.is(e.client) ? Relation::client : Relation::none;
    case Role::sponsor_contact:
      // A sponsor contact sees an engagement only when it is sponsored by their own
      // organization and names them as a contact of the three-way agreement.
      if (e.sponsor && ctx.viewer_organization == e.sponsor &&
          contains(e.sponsor_contacts, SponsorContactId{viewer.id})) {
        return Relation::sponsor;
      }
      return Relation::none;
    case Role::admin:
      return Relation::admin;
    case Role::supervisor:
      return contains(ctx.viewer_supervisees, e.coach) ? Relation::supervisor : Relation::none;
  }
  return Relation::none;
}

// Consent rules: in force now, for this viewer, naming the record, or (unless per-record
// consent is required) its kind. Kinds that describe confidentiality itself are never
// coverable: consents, disclosures and referrals.
bool consented(const Viewer& viewer, RecordKind kind, const RecordMeta& meta,
               const PolicyContext& ctx, bool per_record_only) {
  if (kind == RecordKind::consent || kind == RecordKind::disclosure ||
      kind == RecordKind::referral || meta.scope == Scope::coach_private) {
    return false;
  }
  for (const Consent* consent : ctx.consents) {
    const Consent& c = *consent;
    if (c.consent_kind != ConsentKind::access || !c.grantee || !(*c.grantee == viewer))
      continue;
    if (c.meta.engagement != meta.engagement || !c.in_force(ctx.now))
      continue;
    if (contains(c.records, meta.id))
      return true;
    if (!per_record_only && contains(c.kinds, kind))
      return true;
  }
  return false;
}

bool any_consent_for(const Viewer& viewer, const Engagement& e, const PolicyContext& ctx) {
  return std::any_of(ctx.consents.begin(), ctx.consents.end(), [&](const Consent* c) {
    return c->consent_kind == ConsentKind::access && c->grantee && *c->grantee == viewer &&
           c->meta.engagement == e.id && c->in_force(ctx.now);
  });
}

Decision from(bool allowed) {
  return allowed ? Decision::allow : Decision::deny;
}

Decision read_decision(const Viewer& viewer, RecordKind kind, const RecordMeta& meta,
                       const PolicyContext& ctx, Relation rel) {
  const Engagement& e = *ctx.engagement;
  const SponsorTerms terms = e.agreement ? e.agreement->sponsor_terms : SponsorTerms{};
  const bool inner = is_inner_work(kind);

  // Kinds with a fixed audience, whatever their scope.
  if (kind == RecordKind::consent) {
    return from(rel == Relation::client || rel == Relation::current_coach);
  }
  if (kind == RecordKind::disclosure) {
    return from(rel == Relation::client || meta.author == viewer);
  }

  switch (meta.scope) {
    case Scope::operational:
      switch (rel) {
        case Relation::current_coach:
        case Relation::client:
        case Relation::admin:
          return Decision::allow;
        case Relation::sponsor:
          // Dates, counts and status: the engagement's sessions, when the agreement says so.
          return from(kind == RecordKind::session && terms.attendance);
        case Relation::supervisor:
          return from(consented(viewer, kind, meta, ctx, false));
        default:
          return Decision::deny;
      }
    case Scope::sponsor:
      switch (rel) {
        case Relation::current_coach:
        case Relation::client:
          return Decision::allow;
        case Relation::sponsor:
          return from(terms.shared_goal_progress && !inner);
        case Relation::supervisor:
          return from(consented(viewer, kind, meta, ctx, false));
        default:
          return Decision::deny;
      }
    case Scope::coaching:
      switch (rel) {
        case Relation::client:
          return Decision::allow;
        case Relation::current_coach:
          // A coach who took over an engagement sees the container's earlier records only
          // with the client's consent.
          return from(meta.created_seq >= e.coach_since_seq || meta.author == viewer ||
                      consented(viewer, kind, meta, ctx, false));
        case Relation::sponsor:
          // Inner work reaches a sponsor only through per-record consent.
          if (consented(viewer, kind, meta, ctx, inner))
            return Decision::allow;
          if (kind == RecordKind::goal && terms.redacted_unshared_goals) {
            return Decision::redact;
          }
          return Decision::deny;
        case Relation::supervisor:
          return from(consented(viewer, kind, meta, ctx, false));
        default:
          return Decision::deny;
      }
    case Scope::coach_private:
      // The author, while the engagement is theirs: a coach who handed over keeps nothing.
      return from(rel == Relation::current_coach && meta.author == viewer);
    case Scope::client_private:
      // The client shares a private entry by naming it: a consent to a whole kind ("notes"
      // for supervision) never opens the journal.
      if (rel == Relation::client)
        return Decision::allow;
      if (rel == Relation::current_coach || rel == Relation::supervisor ||
          rel == Relation::sponsor) {
        return from(consented(viewer, kind, meta, ctx, true));
      }
      return Decision::deny;
  }
  return Decision::deny;
}

}  // namespace

Decision can(const Viewer& viewer, Action action, const RecordRef& record,
             const PolicyContext& context) {
  if (context.engagement == nullptr || record.meta.engagement != context.engagement->id) {
    return Decision::deny;
  }
  const Relation rel = relation_of(viewer, *context.engagement, context);
  if (rel == Relation::none)
    return Decision::deny;
  switch (action) {
    case Action::read:
    case Action::export_:
      return read_decision(viewer, record.kind, record.meta, context, rel);
    case Action::disclose:
      // Break glass: only the engagement's current coach, only what they may read in full,
      // and never the client's private journal.
      if (rel != Relation::current_coach || record.meta.scope == Scope::client_private ||
          record.kind == RecordKind::consent || record.kind == RecordKind::disclosure) {
        return Decision::deny;
      }
      return read_decision(viewer, record.kind, record.meta, context, rel) == Decision::allow
                 ? Decision::allow
                 : Decision::deny;
  }
  return Decision::deny;
}

EngagementReads::EngagementReads(const Viewer& viewer, const PolicyContext& context)
    : viewer_(viewer),
      context_(context),
      relation_(context.engagement == nullptr ? 0
                                              : static_cast<std::uint8_t>(relation_of(
                                                    viewer, *context.engagement, context))) {}

Decision EngagementReads::read(RecordKind kind, const RecordMeta& meta) const {
  // The checks of `can`, with the relation worked out once.
  const auto rel = static_cast<Relation>(relation_);
  if (rel == Relation::none || meta.engagement != context_.engagement->id)
    return Decision::deny;
  return read_decision(viewer_, kind, meta, context_, rel);
}

bool may_relate(const Viewer& viewer, const Engagement& engagement) {
  switch (viewer.role) {
    case Role::coach:
      if (viewer.is(engagement.coach))
        return true;
      return std::any_of(engagement.past_coaches.begin(), engagement.past_coaches.end(),
                         [&](const CoachTenure& t) { return viewer.is(t.coach); });
    case Role::client:
      return viewer.is(engagement.client);
    case Role::sponsor_contact:
      return contains(engagement.sponsor_contacts, SponsorContactId{viewer.id});
    case Role::admin:
    case Role::supervisor:
      return true;
  }
  return true;
}

bool can_see_engagement(const Viewer& viewer, const Engagement& engagement,
                        const PolicyContext& context) {
  switch (relation_of(viewer, engagement, context)) {
    case Relation::current_coach:
    case Relation::client:
    case Relation::admin:
    case Relation::sponsor:
      return true;
    case Relation::supervisor:
      return any_consent_for(viewer, engagement, context);
    case Relation::past_coach:
    case Relation::none:
      return false;
  }
  return false;
}

bool can_read_aggregates(const Viewer& viewer, std::optional<OrganizationId> organization,
                         std::optional<OrganizationId> viewer_organization) {
  switch (viewer.role) {
    case Role::admin:
      return true;
    case Role::sponsor_contact:
      // Their own organization's figures, never the practice's or another client company's.
      return organization && viewer_organization && *organization == *viewer_organization;
    case Role::coach:
    case Role::client:
    case Role::supervisor:
      return false;
  }
  return false;
}

}  // namespace libcoach
