#pragma once
// The shared state behind a Practice and its Views: the tables, the clock, the id source,
// the audit trail and the locks. Views hold a shared_ptr to it, so a View stays valid even
// if the Practice object is moved or destroyed.

#include <mutex>
#include <shared_mutex>
#include <vector>

#include "libcoach/access/audit.hpp"
#include "libcoach/access/policy.hpp"
#include "libcoach/practice.hpp"
#include "state.hpp"

namespace libcoach::detail {

/// A PolicyContext together with the storage its spans point into.
struct PolicyFacts {
  std::vector<const Consent*> consents;
  std::vector<CoachId> supervisees;
  PolicyContext context;
  /// Whose organization or supervisees the context holds: a listing gathers facts once per
  /// engagement, but the viewer's own facts once.
  std::optional<Viewer> viewer;

  PolicyFacts() = default;
  PolicyFacts(const PolicyFacts&) = delete;
  PolicyFacts& operator=(const PolicyFacts&) = delete;
};

struct PracticeCore {
  mutable std::shared_mutex mutex;  // Many readers (views), one writer (commands).
  PracticeState state;
  IdSource ids;
  AuditTrail audit;
  EventSink* sink = nullptr;

  explicit PracticeCore(PracticeOptions options)
      : ids(options.id_seed ? IdSource(*options.id_seed) : IdSource()),
        clock_(std::move(options.clock)) {}

  /// Reads the clock; serialized because injected clocks may keep state.
  Timestamp now() const {
    std::lock_guard lock(clock_mutex_);
    return clock_();
  }

  /// Fills `facts` with what the policy needs to judge `viewer` on `engagement`.
  /// Caller holds at least a shared lock.
  void collect_facts(const Viewer& viewer, const Engagement& engagement, Timestamp now,
                     PolicyFacts& facts) const;

  /// Appends an audit entry about one record or one listing.
  void audit_event(const Viewer& viewer, AuditAction action, RecordKind kind, RecordId record,
                   const Engagement& engagement, const std::string& purpose, AuditOutcome outcome,
                   std::uint32_t count, Timestamp now);

 private:
  mutable std::mutex clock_mutex_;
  Clock clock_;
};

/// The debug line of an applied event (its name is built only when debug lines are kept).
void log_applied(const Event& event);

}  // namespace libcoach::detail
