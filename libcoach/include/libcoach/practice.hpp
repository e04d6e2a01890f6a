#pragma once
/// \file
/// Practice, the aggregate root. Commands validate their input and the author's right to
/// act, then emit an event that is applied to the in-memory state (a fold over events).
/// Reads go through View: Practice itself returns no content.
///
/// Thread-safe: many concurrent readers (views), one writer at a time.

#include <cstdint>
#include <filesystem>  // store integration
#include <functional>  // store integration
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "libcoach/access/view.hpp"
#include "libcoach/commands.hpp"
#include "libcoach/errors.hpp"  // store integration
#include "libcoach/events.hpp"
#include "libcoach/retention.hpp"
#include "libcoach/store/options.hpp"  // store integration
#include "libcoach/store/report.hpp"   // store integration
#include "libcoach/time.hpp"

namespace libcoach {

namespace store {
class Store;  // store integration: libcoach/src/store/store.hpp
}

/// Options of an in-memory practice.
struct PracticeOptions {
  /// Where "now" comes from; inject a fixed or stepping clock for reproducible runs.
  Clock clock = system_clock();
  /// Seed for new ids; unset means random ids from the operating system.
  std::optional<std::uint64_t> id_seed;
};

/// Counts that reveal no content: how many records of each kind the practice holds.
struct PracticeStats {
  std::map<RecordKind, std::size_t> records;  ///< Per kind, kinds with zero omitted.
  std::uint64_t last_sequence = 0;            ///< Sequence of the latest event.
  std::size_t audit_entries = 0;
  /// Count of one kind (0 when absent).
  std::size_t count(RecordKind kind) const {
    const auto it = records.find(kind);
    return it == records.end() ? 0 : it->second;
  }
};

/// Receives every event before it is applied; used by the store to make it durable. If
/// `persist` throws, the command fails and the practice is unchanged.
class EventSink {
 public:
  virtual ~EventSink() = default;
  /// Makes one event durable.
  virtual void persist(const Event& event) = 0;

  // ---- store integration: group commit -----------------------------------------------------
  /// Writes one event without waiting for stable storage and returns a ticket for
  /// await_durable. If it throws, the command fails and the practice is unchanged. The
  /// default persists at once and returns 0 (nothing to wait for).
  virtual std::uint64_t persist_deferred(const Event& event) {
    persist(event);
    return 0;
  }
  /// Returns once the event behind `ticket` is durable; commands call it after releasing the
  /// writer lock, so that concurrent commands share one sync. Throws IoError when the event
  /// cannot be made durable (the event is then applied in memory but the store has failed).
  virtual void await_durable(std::uint64_t ticket) { (void)ticket; }
};

/// A coaching practice.
class Practice {
 public:
  /// An empty in-memory practice.
  explicit Practice(PracticeOptions options = {});
  ~Practice();
  Practice(Practice&&) noexcept;
  Practice& operator=(Practice&&) noexcept;
  Practice(const Practice&) = delete;
  Practice& operator=(const Practice&) = delete;

  /// The practice as `viewer` may see it.
  View view(const Viewer& viewer) const;
  /// Content-free counts.
  PracticeStats stats() const;
  /// The clock's current reading.
  Timestamp now() const;

  /// \name Parties
  /// Admins register parties. The very first admin may be registered without an author.
  ///@{
  AdminId add_first_admin(const AdminSpec& spec);
  AdminId add_admin(const Actor& by, const AdminSpec& spec);
  CoachId add_coach(const Actor& by, const CoachSpec& spec);
  ClientId add_client(const Actor& by, const ClientSpec& spec);
  OrganizationId add_organization(const Actor& by, const std::string& name);
  SponsorContactId add_sponsor_contact(const Actor& by, const SponsorContactSpec& spec);
  SupervisorId add_supervisor(const Actor& by, const SupervisorSpec& spec);
  ///@}

  /// \name Engagements (admin or the engagement's coach)
  ///@{
  EngagementId propose_engagement(const Actor& by, const EngagementSpec& spec);
  void set_agreement(const Actor& by, EngagementId e, const Agreement& agreement);
  /// Moves along the lifecycle; activation requires an agreement.
  void set_engagement_status(const Actor& by, EngagementId e, EngagementStatus status);
  /// Moves the engagement to `new_coach`. The previous coach loses access; the new coach
  /// sees earlier coaching records only with the client's consent.
  void hand_over(const Actor& by, EngagementId e, CoachId new_coach);
  ///@}

  /// \name Sessions (admin or coach)
  ///@{
  SessionId schedule_session(const Actor& by, EngagementId e, const SessionSpec& spec);
  void set_session_status(const Actor& by, SessionId s, SessionStatus status);
  ///@}

  /// \name Notes (coach: any scope but client_private; client: coaching or client_private)
  ///@{
  NoteId add_note(const Actor& by, EngagementId e, const NoteSpec& spec);
  ///@}

  /// \name Outer work (coach or client of the engagement)
  ///@{
  GoalId add_goal(const Actor& by, EngagementId e, const GoalSpec& spec);
  void record_goal_progress(const Actor& by, GoalId g, Date on, double value);
  void set_goal_status(const Actor& by, GoalId g, GoalStatus status);
  /// Only the client may decide to share a goal with the sponsor.
  void set_goal_shared(const Actor& by, GoalId g, bool shared);
  MilestoneId add_milestone(const Actor& by, EngagementId e, const MilestoneSpec& spec);
  void reach_milestone(const Actor& by, MilestoneId m, Date on);
  ActionItemId add_action_item(const Actor& by, EngagementId e, const ActionItemSpec& spec);
  void complete_action_item(const Actor& by, ActionItemId a, Date on);
  HabitId add_habit(const Actor& by, EngagementId e, const HabitSpec& spec);
  void check_in_habit(const Actor& by, HabitId h, Date on, bool kept);
  SkillId add_skill(const Actor& by, EngagementId e, const SkillSpec& spec);
  void rate_skill(const Actor& by, SkillId s, Date on, std::int32_t rating);
  ///@}

  /// \name Inner work (coach or client; scope coaching or client_private, never sponsor)
  ///@{
  ValueId add_value(const Actor& by, EngagementId e, const ValueSpec& spec);
  BeliefId add_belief(const Actor& by, EngagementId e, const BeliefSpec& spec);
  void record_belief_strength(const Actor& by, BeliefId b, Date on, std::int32_t strength);
  void reframe_belief(const Actor& by, BeliefId b, const std::string& reframe);
  FearId add_fear(const Actor& by, EngagementId e, const FearSpec& spec);
  PurposeId add_purpose(const Actor& by, EngagementId e, const PurposeSpec& spec);
  ReflectionId add_reflection(const Actor& by, EngagementId e, const ReflectionSpec& spec);
  InsightId add_insight(const Actor& by, EngagementId e, const InsightSpec& spec);
  WellbeingId check_in_wellbeing(const Actor& by, EngagementId e, const WellbeingSpec& spec);
  /// Links an inner item (value, belief, fear, purpose, reflection, insight) of the same
  /// engagement to the goal it underlies.
  LinkId link_inner_to_goal(const Actor& by, RecordId inner, GoalId goal);
  ///@}

  /// \name Confidentiality
  ///@{
  /// A therapy referral; the coach of the engagement only; always coach_private.
  ReferralId refer_to_therapist(const Actor& by, EngagementId e, const ReferralSpec& spec);
  /// The client grants a consent. Audited.
  ConsentId grant_consent(const Actor& by, EngagementId e, const ConsentSpec& spec);
  /// The client revokes a consent; future reads stop, past ones stay on the record. Audited.
  void revoke_consent(const Actor& by, ConsentId c);
  /// Break-glass disclosure of a record by the engagement's coach, with a reason code and a
  /// justification. Never available to sponsors or admins. Always audited (also when denied).
  DisclosureId disclose(const Actor& by, const DisclosureSpec& spec);
  ///@}

  /// \name Data rights (practice admins; see docs/data-rights.md)
  ///@{
  /// Places (`held` = true) or lifts a legal hold on a client's data. While held, the client
  /// cannot be shredded and retention keeps their records.
  void set_legal_hold(const Actor& by, ClientId client, bool held);
  /// Right to erasure: destroys the client's data key (encrypted stores), erases their
  /// content and identity from memory, and compacts the store so that none of their
  /// ciphertext stays in the live files. Their records stay as content-free tombstones for
  /// the audit trail. Irreversible. \throws LegalHoldError while a hold is in force,
  /// Conflict when already shredded, NotFound for an unknown client.
  void shred_client(const Actor& by, ClientId client);
  /// Applies `rules` as of `as_of` (default: today by the practice clock): erases the content
  /// of every record whose retention period ran out, then compacts the store. With `dry_run`
  /// nothing changes and the report says what would be erased (the same list).
  RetentionReport apply_retention(const Actor& by, const std::vector<RetentionRule>& rules,
                                  std::optional<Date> as_of = std::nullopt, bool dry_run = false);
  /// Every tombstone (erased records and shredded clients), oldest first.
  std::vector<Tombstone> tombstones(const Actor& by) const;
  /// The legal holds in force.
  std::vector<LegalHold> legal_holds(const Actor& by) const;
  /// True when the practice's store seals content with a key (see OpenOptions::key).
  bool is_encrypted() const;
  /// Re-wraps the store's data keys under a new key-encryption key; only the key file
  /// changes. \throws Conflict when the practice has no encrypted store.
  void rotate_key(const KeySource& next);
  ///@}

  /// Installs the sink that makes events durable (the store does this).
  void set_event_sink(EventSink* sink);

  // ---- store integration: a practice kept in a store directory (docs/store.md) ------------
  /// \name Durable store
  ///@{
  /// Creates a store in `dir` (created if absent; must be empty) for a new, empty practice,
  /// holding the directory's writer lock. Every command returns only after its event is on
  /// disk. \throws Conflict (not empty), LockedError, IoError.
  static Practice create(const std::filesystem::path& dir, PracticeOptions options = {},
                         OpenOptions store = {});
  /// Opens the store in `dir`: loads the snapshot, replays the journal after it, restores
  /// and verifies the audit trail; cuts a torn tail (reported in store_report()).
  /// \throws LockedError (another writer), CorruptionError (naming file and offset; see
  /// OpenOptions::repair), UnsupportedVersion, IoError.
  static Practice open(const std::filesystem::path& dir, PracticeOptions options = {},
                       OpenOptions open = {});
  /// Writes a snapshot of the whole state and starts a new journal.
  /// \throws Conflict (no store), ReadOnlyError, IoError (the store is then failed).
  void snapshot();
  /// Makes everything durable and releases the store; later commands fail with IoError.
  /// Idempotent; a no-op for an in-memory practice. The destructor closes too.
  void close();
  /// True when opened with OpenOptions::read_only.
  bool is_read_only() const;
  /// True when the practice is kept in a store directory.
  bool has_store() const;
  /// What opening the store found and did (empty for an in-memory practice).
  StoreReport store_report() const;
  /// Runs `body` (which issues commands on this practice from this thread) as one batch:
  /// its events are written as they come but synced once, at the end, and count on disk
  /// only once the batch commits (a crash mid-batch leaves no trace). If `body` throws, the
  /// batch's events are taken back — journal and in-memory state return to where they were
  /// before the batch — and the exception propagates; audit entries stay (they record what
  /// was read). Exception: if another thread committed during the batch, the batch's events
  /// are kept (made durable) instead. Commands from other threads during a batch stay
  /// individually durable; snapshots wait for it. Nested batches join the outer one. An
  /// in-memory practice just runs `body`. \throws IoError when the final sync fails.
  void batch(const std::function<void()>& body);
  ///@}

 private:
  friend struct PracticeAccess;
  std::shared_ptr<detail::PracticeCore> core_;
  std::shared_ptr<store::Store> store_;  // store integration: null for in-memory practices
};

}  // namespace libcoach
