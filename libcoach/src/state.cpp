#include "state.hpp"

#include <algorithm>

#include "content_fields.hpp"
#include "libcoach/errors.hpp"

namespace libcoach::detail {

namespace {

// Keeps a dated history sorted by date; a reading on an existing date is appended after it
// (histories record what was said, in order).
template <class Entry>
void insert_by_date(std::vector<Entry>& history, const Entry& entry) {
  const auto pos = std::upper_bound(history.begin(), history.end(), entry,
                                    [](const Entry& a, const Entry& b) { return a.on < b.on; });
  history.insert(pos, entry);
}

template <class R>
R& require(PracticeState& state, const boost::uuids::uuid& id) {
  R* row = state.table<R>().find(id);
  if (row == nullptr)
    throw CorruptionError("event refers to a record that does not exist");
  return *row;
}

struct Applier {
  PracticeState& state;
  const Event& event;

  template <class R>
  void operator()(const Created<R>& created) {
    if (state.table<R>().contains(key_of(created.record))) {
      throw CorruptionError("event creates a record whose id already exists");
    }
    state.table<R>().insert(created.record);
  }
  void operator()(const AgreementSet& e) {
    require<Engagement>(state, e.engagement.value).agreement = e.agreement;
  }
  void operator()(const EngagementStatusChanged& e) {
    auto& engagement = require<Engagement>(state, e.engagement.value);
    engagement.status = e.status;
    if (e.status == EngagementStatus::completed || e.status == EngagementStatus::ended_early)
      engagement.ended = event.at.date();
  }
  void operator()(const EngagementHandedOver& e) {
    auto& engagement = require<Engagement>(state, e.engagement.value);
    engagement.past_coaches.push_back(
        CoachTenure{engagement.coach, engagement.coach_since_seq, event.sequence});
    engagement.coach = e.new_coach;
    engagement.coach_since_seq = event.sequence;
    state.table<Engagement>().note_party(e.engagement.value, e.new_coach.value);
  }
  void operator()(const SessionStatusChanged& e) {
    require<Session>(state, e.session.value).status = e.status;
  }
  void operator()(const GoalMeasured& e) {
    insert_by_date(require<Goal>(state, e.goal.value).history, e.measurement);
  }
  void operator()(const GoalStatusChanged& e) {
    require<Goal>(state, e.goal.value).status = e.status;
  }
  void operator()(const GoalSharingChanged& e) {
    auto& goal = require<Goal>(state, e.goal.value);
    goal.shared_with_sponsor = e.shared;
    goal.meta.scope = e.shared ? Scope::sponsor : Scope::coaching;
    // A milestone is as visible as its goal: unsharing a goal must hide its milestones too.
    auto& milestones = state.table<Milestone>();
    for (const std::size_t i : milestones.of_engagement(goal.meta.engagement)) {
      Milestone* m = milestones.find(milestones.at(i).meta.id.value);
      if (m->goal == e.goal)
        m->meta.scope = goal.meta.scope;
    }
  }
  void operator()(const MilestoneReached& e) {
    require<Milestone>(state, e.milestone.value).reached = e.on;
  }
  void operator()(const ActionItemCompleted& e) {
    require<ActionItem>(state, e.action_item.value).done = e.on;
  }
  void operator()(const HabitCheckedIn& e) {
    auto& habit = require<Habit>(state, e.habit.value);
    // One check-in per date: a later check-in for the same date replaces the earlier one.
    auto same = std::find_if(habit.check_ins.begin(), habit.check_ins.end(),
                             [&](const HabitCheckIn& c) { return c.on == e.check_in.on; });
    if (same != habit.check_ins.end()) {
      *same = e.check_in;
    } else {
      insert_by_date(habit.check_ins, e.check_in);
    }
  }
  void operator()(const SkillRated& e) {
    insert_by_date(require<SkillRating>(state, e.skill.value).history, e.score);
  }
  void operator()(const BeliefStrengthRecorded& e) {
    insert_by_date(require<Belief>(state, e.belief.value).history, e.strength);
  }
  void operator()(const BeliefReframed& e) {
    require<Belief>(state, e.belief.value).reframe = e.reframe;
  }
  void operator()(const ConsentRevoked& e) {
    require<Consent>(state, e.consent.value).revoked = e.at;
  }
  void operator()(const ClientShredded& e) {
    Client& client = require<Client>(state, e.client.value);
    wipe_content(client);
    state.for_each_table_mut([&](auto& table) {
      table.for_each_row([&](auto& row) {
        if constexpr (requires { row.meta; }) {
          if (row.meta.client == e.client)
            wipe_content(row);
        }
      });
    });
    auto& tombstones = state.table<Tombstone>();
    if (!tombstones.contains(e.client.value)) {
      tombstones.insert(Tombstone{RecordId{e.client.value}, RecordKind::client, EngagementId{},
                                  e.client, ErasureReason::shredded, event.at, event.sequence});
    }
  }
  void operator()(const LegalHoldChanged& e) {
    require<Client>(state, e.client.value);
    auto& holds = state.table<LegalHold>();
    if (e.held && !holds.contains(e.client.value)) {
      holds.insert(LegalHold{e.client, event.at, event.author});
    } else if (!e.held) {
      holds.erase(e.client.value);
    }
  }
  void operator()(const RecordsErased& e) {
    for (const RecordId& id : e.records) {
      bool found = false;
      state.for_each_table_mut([&](auto& table) {
        using Row = typename std::decay_t<decltype(table.rows())>::value_type;
        if constexpr (requires(Row & r) { r.meta; }) {
          if (found)
            return;
          if (Row* row = table.find(id.value)) {
            found = true;
            wipe_content(*row);
            if (!state.table<Tombstone>().contains(id.value)) {
              state.table<Tombstone>().insert(Tombstone{id, Row::kind, row->meta.engagement,
                                                        row->meta.client, e.reason, event.at,
                                                        event.sequence});
            }
          }
        }
      });
      if (!found)
        throw CorruptionError("event erases a record that does not exist");
    }
  }
};

}  // namespace

void apply_event(PracticeState& state, const Event& event) {
  if (event.sequence != state.last_sequence + 1) {
    throw CorruptionError("event sequence " + std::to_string(event.sequence) + " does not follow " +
                          std::to_string(state.last_sequence));
  }
  std::visit(Applier{state, event}, event.payload);
  state.last_sequence = event.sequence;
}

}  // namespace libcoach::detail
