#pragma once
// An independent oracle for the confidentiality policy, written from the specification (the
// matrix in docs/confidentiality.md and the rules) and NOT from libcoach's policy.cpp:
// it never calls libcoach::can or can_see_engagement, and it keeps its own model of the
// practice (who runs which engagement, which tenure a record was created in, which goals are
// shared, which consents exist) instead of reading the library's state.
//
// Answers are one of:
//   hidden  – the viewer may not know the engagement exists (NotFound, omitted everywhere);
//   deny    – engagement visible, record not (AccessDenied on lookup, omitted from listings);
//   allow   – the whole record;
//   redact  – a text-free copy with meta.redacted set (only unshared goals, for sponsors).

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "libcoach/ids.hpp"
#include "libcoach/model/actor.hpp"
#include "libcoach/model/record.hpp"
#include "libcoach/model/scope.hpp"
#include "libcoach/time.hpp"

namespace libcoach::oracle {

enum class Expect { hidden, deny, allow, redact };

inline const char* name(Expect e) {
  switch (e) {
    case Expect::hidden:
      return "hidden";
    case Expect::deny:
      return "deny";
    case Expect::allow:
      return "allow";
    case Expect::redact:
      return "redact";
  }
  return "?";
}

/// What the agreement promises the sponsor. Without an agreement: the defaults.
struct Terms {
  bool attendance = true;
  bool shared_goal_progress = true;
  bool redacted_unshared_goals = false;
};

struct Engagement {
  EngagementId id;
  ClientId client;
  CoachId coach;   ///< Current coach.
  int tenure = 0;  ///< Number of handovers so far.
  std::optional<OrganizationId> sponsor;
  std::vector<SponsorContactId> contacts;
  Terms terms;
  bool ended = false;  ///< Completed: no more sessions or handovers (reads unaffected).
};

struct Record {
  RecordId id;
  RecordKind kind = RecordKind::note;
  Scope scope = Scope::coaching;  ///< As created; goals and milestones: see Model::scope_of.
  Actor author;
  EngagementId engagement;
  int tenure = 0;                ///< The engagement's tenure when the record was created.
  std::optional<RecordId> goal;  ///< A milestone's goal.
  bool shared = false;           ///< A goal the client shares with the sponsor.
  std::string text;              ///< The main text field, to compare what a View returns.
};

struct Consent {
  RecordId id;
  EngagementId engagement;
  Actor grantee;
  std::vector<RecordId> records;
  std::vector<RecordKind> kinds;
  Date from;
  Date to;
  std::optional<Timestamp> revoked;

  /// Between its first and last day (inclusive, dates of the practice clock), not revoked.
  bool in_force(Timestamp now) const {
    const Date today = now.date();
    return from <= today && today <= to && (!revoked || now < *revoked);
  }
};

/// Inner work, per the domain: values, beliefs, fears, purpose, reflections, insights,
/// well-being check-ins and the inner-to-goal links.
inline bool inner_work(RecordKind k) {
  switch (k) {
    case RecordKind::value:
    case RecordKind::belief:
    case RecordKind::fear:
    case RecordKind::purpose:
    case RecordKind::reflection:
    case RecordKind::insight:
    case RecordKind::wellbeing:
    case RecordKind::link:
      return true;
    default:
      return false;
  }
}

/// Scopes whose reads are audited.
inline bool confidential(Scope s) {
  return s == Scope::coaching || s == Scope::coach_private || s == Scope::client_private;
}

class Model {
 public:
  // ---- Building the model (the generator mirrors every successful command) -----------------
  void add_contact(SponsorContactId c, OrganizationId org) { org_of_contact_[c.value] = org; }
  void add_supervisor(SupervisorId s, std::vector<CoachId> supervisees) {
    supervisees_[s.value] = std::move(supervisees);
  }
  Engagement& add_engagement(Engagement e) {
    engagements_.push_back(std::move(e));
    return engagements_.back();
  }
  Record& add_record(Record r) {
    r.tenure = engagement(r.engagement).tenure;
    index_[r.id] = records_.size();
    records_.push_back(std::move(r));
    return records_.back();
  }
  Consent& add_consent(Consent c) {
    consent_index_[c.id] = consents_.size();
    consents_.push_back(std::move(c));
    return consents_.back();
  }

  Engagement& engagement(EngagementId id) {
    return *std::find_if(engagements_.begin(), engagements_.end(),
                         [&](const Engagement& e) { return e.id == id; });
  }
  const Engagement& engagement(EngagementId id) const {
    return *std::find_if(engagements_.begin(), engagements_.end(),
                         [&](const Engagement& e) { return e.id == id; });
  }
  Record& record(RecordId id) { return records_[index_.at(id)]; }
  const Record& record(RecordId id) const { return records_[index_.at(id)]; }
  Consent& consent(RecordId id) { return consents_[consent_index_.at(id)]; }

  const std::vector<Engagement>& engagements() const { return engagements_; }
  std::vector<Engagement>& engagements() { return engagements_; }
  const std::vector<Record>& records() const { return records_; }
  const std::vector<Consent>& consents() const { return consents_; }

  /// Records of one kind in one engagement, in creation order.
  std::vector<const Record*> of(EngagementId e, RecordKind kind) const {
    std::vector<const Record*> out;
    for (const Record& r : records_) {
      if (r.engagement == e && r.kind == kind)
        out.push_back(&r);
    }
    return out;
  }

  /// A goal is sponsor-scoped while the client shares it; a milestone follows its goal.
  Scope scope_of(const Record& r) const {
    if (r.kind == RecordKind::goal)
      return r.shared ? Scope::sponsor : Scope::coaching;
    if (r.kind == RecordKind::milestone && r.goal)
      return scope_of(record(*r.goal));
    return r.scope;
  }

  // ---- The policy, from the specification --------------------------------------------------
  enum class Rel { none, coach, client, sponsor, admin, supervisor };

  Rel relation(const Actor& v, const Engagement& e) const {
    switch (v.role) {
      case Role::coach:
        // Only the current coach; other and past coaches have no relation at all.
        return v.id == e.coach.value ? Rel::coach : Rel::none;
      case Role::client:
        return v.id == e.client.value ? Rel::client : Rel::none;
      case Role::sponsor_contact: {
        // Listed on the engagement AND of the sponsoring organization.
        const auto org = org_of_contact_.find(v.id);
        const bool listed = std::any_of(e.contacts.begin(), e.contacts.end(),
                                        [&](const SponsorContactId& c) { return c.value == v.id; });
        return e.sponsor && org != org_of_contact_.end() && org->second == *e.sponsor && listed
                   ? Rel::sponsor
                   : Rel::none;
      }
      case Role::admin:
        return Rel::admin;
      case Role::supervisor: {
        const auto it = supervisees_.find(v.id);
        if (it == supervisees_.end())
          return Rel::none;
        return std::find(it->second.begin(), it->second.end(), e.coach) != it->second.end()
                   ? Rel::supervisor
                   : Rel::none;
      }
    }
    return Rel::none;
  }

  /// May `v` know that the engagement exists?
  bool sees(const Actor& v, const Engagement& e, Timestamp now) const {
    switch (relation(v, e)) {
      case Rel::coach:
      case Rel::client:
      case Rel::sponsor:
      case Rel::admin:
        return true;
      case Rel::supervisor:
        // Only with the client's consent, in force now.
        return std::any_of(consents_.begin(), consents_.end(), [&](const Consent& c) {
          return c.engagement == e.id && c.grantee == v && c.in_force(now);
        });
      case Rel::none:
        return false;
    }
    return false;
  }

  /// Is the record covered, for `v`, by a consent in force? `by_kind` says whether consents
  /// naming the record's kind count, or only consents naming the record itself.
  bool consented(const Actor& v, const Record& r, Timestamp now, bool by_kind) const {
    if (r.kind == RecordKind::consent || r.kind == RecordKind::disclosure ||
        r.kind == RecordKind::referral || scope_of(r) == Scope::coach_private) {
      return false;  // Never shareable.
    }
    return std::any_of(consents_.begin(), consents_.end(), [&](const Consent& c) {
      if (c.engagement != r.engagement || !(c.grantee == v) || !c.in_force(now))
        return false;
      if (std::find(c.records.begin(), c.records.end(), r.id) != c.records.end())
        return true;
      return by_kind && std::find(c.kinds.begin(), c.kinds.end(), r.kind) != c.kinds.end();
    });
  }

  Expect read(const Actor& v, const Record& r, Timestamp now) const {
    const Engagement& e = engagement(r.engagement);
    if (!sees(v, e, now))
      return Expect::hidden;
    const Rel rel = relation(v, e);
    auto allow_if = [](bool b) { return b ? Expect::allow : Expect::deny; };

    // Fixed audiences.
    if (r.kind == RecordKind::consent)
      return allow_if(rel == Rel::client || rel == Rel::coach);
    if (r.kind == RecordKind::disclosure) {
      return allow_if(rel == Rel::client || (rel == Rel::coach && r.author == v));
    }

    const bool any_consent = consented(v, r, now, true);
    switch (scope_of(r)) {
      case Scope::operational:
        switch (rel) {
          case Rel::coach:
          case Rel::client:
          case Rel::admin:
            return Expect::allow;
          case Rel::sponsor:
            return allow_if(r.kind == RecordKind::session && e.terms.attendance);
          case Rel::supervisor:
            return allow_if(any_consent);
          case Rel::none:
            return Expect::deny;
        }
        return Expect::deny;
      case Scope::sponsor:
        switch (rel) {
          case Rel::coach:
          case Rel::client:
            return Expect::allow;
          case Rel::sponsor:
            return allow_if(e.terms.shared_goal_progress);
          case Rel::supervisor:
            return allow_if(any_consent);
          default:
            return Expect::deny;
        }
      case Scope::coaching:
        switch (rel) {
          case Rel::client:
            return Expect::allow;
          case Rel::coach:
            // Records of their own tenure or their own hand; earlier ones by consent.
            return allow_if(r.tenure == e.tenure || r.author == v || any_consent);
          case Rel::sponsor:
            // Inner work only by per-record consent; other kinds also by kind.
            if (consented(v, r, now, !inner_work(r.kind)))
              return Expect::allow;
            if (r.kind == RecordKind::goal && e.terms.redacted_unshared_goals) {
              return Expect::redact;
            }
            return Expect::deny;
          case Rel::supervisor:
            return allow_if(any_consent);
          default:
            return Expect::deny;
        }
      case Scope::coach_private:
        return allow_if(rel == Rel::coach && r.author == v);
      case Scope::client_private:
        switch (rel) {
          case Rel::client:
            return Expect::allow;
          case Rel::coach:
          case Rel::supervisor:
          case Rel::sponsor:
            // The client shares a private entry by naming it, never by kind.
            return allow_if(consented(v, r, now, false));
          default:
            return Expect::deny;
        }
    }
    return Expect::deny;
  }

  /// May the engagement's current coach break glass on this record?
  bool disclosable(const Actor& v, const Record& r, Timestamp now) const {
    const Engagement& e = engagement(r.engagement);
    return relation(v, e) == Rel::coach && r.kind != RecordKind::consent &&
           r.kind != RecordKind::disclosure && scope_of(r) != Scope::client_private &&
           read(v, r, now) == Expect::allow;
  }

 private:
  std::map<boost::uuids::uuid, OrganizationId> org_of_contact_;
  std::map<boost::uuids::uuid, std::vector<CoachId>> supervisees_;
  std::vector<Engagement> engagements_;
  std::vector<Record> records_;
  std::map<RecordId, std::size_t> index_;
  std::vector<Consent> consents_;
  std::map<RecordId, std::size_t> consent_index_;
};

}  // namespace libcoach::oracle
