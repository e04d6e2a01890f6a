#pragma once
// One command in flight (the writer lock, the clock read once, events committed through
// the store's sink) and the checks every command shares: who may write, who is registered.

#include <exception>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>

#include "libcoach/access/policy.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/logging.hpp"
#include "practice_core.hpp"

namespace libcoach::detail {

/// Who may write to an engagement with a given command.
struct Writers {
  bool coach = false;
  bool client = false;
  bool admin = false;
};
constexpr Writers kCoachOrClient{true, true, false};
constexpr Writers kCoachOrAdmin{true, false, true};
constexpr Writers kCoachOnly{true, false, false};
constexpr Writers kClientOnly{false, true, false};

inline bool is_terminal(EngagementStatus s) {
  return s == EngagementStatus::completed || s == EngagementStatus::ended_early;
}

/// One command in flight: holds the writer lock, reads the clock once, and commits events.
class Command {
 public:
  Command(PracticeCore& core, const Actor& by)
      : core_(core), lock_(core.mutex), by_(by), now_(core.now()) {
    require_registered(by);
  }

  const Actor& by() const { return by_; }
  Timestamp now() const { return now_; }
  detail::PracticeState& state() { return core_.state; }

  // store integration: after the writer lock is released, wait until the committed event is
  // durable, so that concurrent commands share one sync (group commit). While an exception
  // is already propagating, durability errors are left to later calls (the store is failed).
  ~Command() noexcept(false) {
    EventSink* sink = core_.sink;
    if (durable_ticket_ == 0 || sink == nullptr)
      return;
    lock_.unlock();
    if (std::uncaught_exceptions() > uncaught_) {
      try {
        sink->await_durable(durable_ticket_);
      } catch (...) {
      }
      return;
    }
    sink->await_durable(durable_ticket_);
  }

  /// Persists (through the sink) and applies one event. Nothing changes when the sink throws.
  template <class Payload>
  void commit(Payload payload) {
    Event event{core_.state.last_sequence + 1, now_, by_, EventPayload{std::move(payload)}};
    // store integration: write now, wait for durability in ~Command (group commit).
    if (core_.sink != nullptr)
      durable_ticket_ = core_.sink->persist_deferred(event);
    detail::apply_event(core_.state, event);
    log_applied(event);
  }

  /// Metadata for a record created by this command (call after validation).
  RecordMeta new_meta(const Engagement& e, Scope scope) {
    RecordMeta meta;
    meta.id = RecordId{core_.ids.next()};
    meta.engagement = e.id;
    meta.client = e.client;
    meta.scope = scope;
    meta.author = by_;
    meta.created = now_;
    meta.created_seq = core_.state.last_sequence + 1;
    return meta;
  }
  boost::uuids::uuid new_id() { return core_.ids.next(); }

  void require_registered(const Actor& actor) const {
    if (!is_registered(core_.state, actor)) {
      throw AccessDenied("act: the actor is not registered in this practice");
    }
  }

  void require_admin(std::string_view what) const {
    if (by_.role != Role::admin) {
      throw AccessDenied(std::string(what) + ": practice admins only");
    }
  }

  /// The engagement, if `by` may write to it under `writers`. An actor who may not even see
  /// the engagement gets NotFound, so that writes do not reveal existence either.
  const Engagement& engagement_for(EngagementId id, Writers writers, std::string_view what) {
    const Engagement* e = state().table<Engagement>().find(id.value);
    if (e == nullptr)
      throw NotFound("engagement: no such record visible to this viewer");
    const bool allowed = (writers.coach && by_.is(e->coach)) ||
                         (writers.client && by_.is(e->client)) ||
                         (writers.admin && by_.role == Role::admin);
    if (allowed) {
      // A shredded client's engagements keep their tombstones and take nothing new.
      if (state().is_shredded(e->client))
        throw Conflict(std::string(what) + ": the client's data was shredded");
      return *e;
    }
    PolicyFacts facts;
    core_.collect_facts(by_, *e, now_, facts);
    if (!can_see_engagement(by_, *e, facts.context)) {
      throw NotFound("engagement: no such record visible to this viewer");
    }
    throw AccessDenied(std::string(what) + ": access denied");
  }

  /// A record `by` may change: they may write to its engagement and read the record itself.
  template <class R>
  const R& record_for(const boost::uuids::uuid& id, Writers writers, std::string_view what) {
    const R* record = state().table<R>().find(id);
    const auto missing = [] {
      throw NotFound(std::string(to_string(R::kind)) + ": no such record visible to this viewer");
    };
    if (record == nullptr)
      missing();
    {
      // Someone who cannot see the engagement must get the very message a missing id gives.
      const Engagement& owner = *state().table<Engagement>().find(record->meta.engagement.value);
      PolicyFacts facts;
      core_.collect_facts(by_, owner, now_, facts);
      if (!can_see_engagement(by_, owner, facts.context))
        missing();
    }
    const Engagement& e = engagement_for(record->meta.engagement, writers, what);
    PolicyFacts facts;
    core_.collect_facts(by_, e, now_, facts);
    if (can(by_, Action::read, RecordRef{R::kind, record->meta}, facts.context) !=
        Decision::allow) {
      throw AccessDenied(std::string(what) + ": access denied");
    }
    return *record;
  }

  PracticeCore& core() { return core_; }

 private:
  PracticeCore& core_;
  std::unique_lock<std::shared_mutex> lock_;
  Actor by_;
  Timestamp now_;
  std::uint64_t durable_ticket_ = 0;           // store integration
  int uncaught_ = std::uncaught_exceptions();  // store integration
};

}  // namespace libcoach::detail
