#pragma once
/// \file
/// A View is a practice as one viewer may see it. It is the only way to read content: every
/// query filters and redacts through the policy function and audits confidential reads.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "libcoach/access/audit.hpp"
#include "libcoach/access/policy.hpp"
#include "libcoach/model.hpp"

namespace libcoach {

namespace detail {
struct PracticeCore;
struct AggregateReader;
}  // namespace detail

/// Sessions used and remaining against an engagement's allotment.
struct Allotment {
  std::int32_t allotted = 0;  ///< From the agreement (0 when none yet).
  std::int32_t held = 0;
  std::int32_t scheduled = 0;  ///< Scheduled and not yet held, cancelled or missed.
  std::int32_t cancelled = 0;
  std::int32_t no_show = 0;
  /// Sessions still available: allotted − held − no_show − scheduled (not below zero).
  std::int32_t remaining() const;
};

/// A practice seen by one viewer. Cheap to copy; keeps the practice's state alive.
/// Thread-safe: queries take a shared lock on the practice.
///
/// Lookups by id throw NotFound when the record does not exist *or* its engagement is
/// invisible to the viewer (so that existence does not leak), and AccessDenied when the
/// engagement is visible but the record is not. Listing queries return only what the viewer
/// may see; records the policy redacts come back with their text fields emptied and
/// `meta.redacted` set.
class View {
 public:
  /// The viewer this view reads for.
  const Viewer& viewer() const { return viewer_; }
  /// The purpose recorded in audit entries (default "coaching"). A short code, not content.
  const std::string& purpose() const { return purpose_; }
  /// A copy of this view that records `purpose` in the audit trail. Purposes are codes
  /// ("supervision", "sponsor-review"): 1..40 characters of a-z, 0-9, '_' and '-';
  /// anything else throws ValidationError, so no free text reaches the trail.
  View with_purpose(std::string purpose) const;

  /// \name Parties
  ///@{
  std::vector<Engagement> engagements() const;  ///< Engagements whose existence is visible.
  Engagement engagement(EngagementId id) const;
  std::vector<Coach> coaches() const;   ///< Coaches of visible engagements (all, for admins).
  std::vector<Client> clients() const;  ///< Clients of visible engagements (all, for admins).
  Client client(ClientId id) const;
  Coach coach(CoachId id) const;
  std::vector<Organization> organizations() const;
  std::vector<SponsorContact> sponsor_contacts() const;
  ///@}

  /// \name Records of one engagement, in creation order
  ///@{
  std::vector<Session> sessions(EngagementId e) const;
  std::vector<Note> notes(EngagementId e) const;
  std::vector<Goal> goals(EngagementId e) const;
  std::vector<Milestone> milestones(EngagementId e) const;
  std::vector<ActionItem> action_items(EngagementId e) const;
  std::vector<Habit> habits(EngagementId e) const;
  std::vector<SkillRating> skills(EngagementId e) const;
  std::vector<Value> values(EngagementId e) const;
  std::vector<Belief> beliefs(EngagementId e) const;
  std::vector<Fear> fears(EngagementId e) const;
  std::vector<Purpose> purposes(EngagementId e) const;
  std::vector<Reflection> reflections(EngagementId e) const;
  std::vector<Insight> insights(EngagementId e) const;
  std::vector<WellbeingCheckIn> wellbeing(EngagementId e) const;
  std::vector<InnerLink> links(EngagementId e) const;
  std::vector<Referral> referrals(EngagementId e) const;
  std::vector<Consent> consents(EngagementId e) const;
  std::vector<Disclosure> disclosures(EngagementId e) const;
  ///@}

  /// \name Single records by id
  ///@{
  Session session(SessionId id) const;
  Note note(NoteId id) const;
  Goal goal(GoalId id) const;
  Belief belief(BeliefId id) const;
  Value value(ValueId id) const;
  Reflection reflection(ReflectionId id) const;
  ///@}

  /// Sessions held, scheduled, cancelled and missed against the allotment.
  Allotment allotment(EngagementId e) const;

  /// Records that a report about `subject` records was produced for this viewer (or refused):
  /// one audit entry with action `report`, the engagement when the report is about one (nil
  /// otherwise) and `count` records concerned. Returns the practice's "now" used for the
  /// entry, which reports carry as their generation time. The reports in libcoach/reports
  /// call this; the listings they read audit themselves as usual.
  Timestamp audit_report(RecordKind subject, std::optional<EngagementId> engagement,
                         std::uint32_t count, AuditOutcome outcome = AuditOutcome::allowed) const;

  /// Who accessed one client's records. Only that client may ask.
  std::vector<AuditEntry> access_log(ClientId client) const;

  /// The whole audit trail. Practice admins only (entries carry no content).
  std::vector<AuditEntry> audit_trail() const;

  /// Generic listing for any record kind; the named methods above call this.
  template <class R>
  std::vector<R> records(EngagementId e) const;
  /// Generic lookup by id for any record kind.
  template <class R, class IdT>
  R get(IdT id) const;

  /// Calls `visit` for every record of kind R the viewer may see, without copying permitted
  /// records (redacted ones are passed as redacted copies), under the very policy checks and
  /// audit entries of `records<R>()`: one list entry per engagement and outcome, with a count.
  /// With an engagement, behaves like `records<R>(engagement)` (NotFound when invisible).
  /// Without one, visits every engagement the viewer may see, in engagement order, under one
  /// lock. `visit` must not call back into the practice. The columnar listings use this.
  /// `expect`, when given, is called once before the first visit with an upper bound on the
  /// number of visits (the rows of the engagements visited), so that a caller can size its
  /// buffers once.
  template <class R>
  void visit_records(std::optional<EngagementId> engagement,
                     const std::function<void(const R&)>& visit,
                     const std::function<void(std::size_t)>& expect = {}) const;

 private:
  friend class Practice;
  // The aggregate-only read path of the practice aggregates report (src/access/aggregate_read.hpp).
  friend struct detail::AggregateReader;
  View(std::shared_ptr<detail::PracticeCore> core, Viewer viewer, std::string purpose);

  std::shared_ptr<detail::PracticeCore> core_;
  Viewer viewer_;
  std::string purpose_;
};

}  // namespace libcoach
