#include "libcoach/reports/session_prep.hpp"

#include <algorithm>
#include <set>

#include "libcoach/errors.hpp"
#include "reports/header.hpp"
#include "reports/lines.hpp"

namespace libcoach {

namespace {

// The earliest scheduled session starting on or after `today`.
const Session* next_scheduled(const std::vector<Session>& sessions, Date today) {
  const Session* next = nullptr;
  for (const Session& s : sessions) {
    if (s.status == SessionStatus::scheduled && s.start.date() >= today &&
        (next == nullptr || s.start < next->start))
      next = &s;
  }
  return next;
}

// The latest held session that started before `before`.
const Session* last_held(const std::vector<Session>& sessions, Timestamp before) {
  const Session* last = nullptr;
  for (const Session& s : sessions) {
    if (s.status == SessionStatus::held && s.start < before &&
        (last == nullptr || s.start > last->start))
      last = &s;
  }
  return last;
}

// The goal's value on `day`: its latest measurement on or before it, else the baseline.
double value_on(const Goal& goal, Date day) {
  double value = goal.baseline;
  for (const GoalMeasurement& m : goal.history) {
    if (m.on <= day)
      value = m.value;
  }
  return value;
}

bool touched_since(const Belief& b, Date since) {
  return b.meta.created.date() >= since ||
         std::any_of(b.history.begin(), b.history.end(),
                     [since](const BeliefStrength& s) { return s.on >= since; });
}

}  // namespace

SessionPrep session_prep(const View& view, EngagementId engagement, std::optional<Date> as_of) {
  // NotFound (and its audit entry) when the viewer may not see the engagement at all.
  const Engagement e = view.engagement(engagement);
  if (!view.viewer().is(e.coach)) {
    view.audit_report(RecordKind::engagement, engagement, 0, AuditOutcome::denied);
    throw AccessDenied("session prep: only the engagement's current coach");
  }

  const auto sessions = view.sessions(engagement);
  const auto goals = view.goals(engagement);
  const auto actions = view.action_items(engagement);
  const auto habits = view.habits(engagement);
  const auto beliefs = view.beliefs(engagement);
  const auto values = view.values(engagement);
  const auto links = view.links(engagement);
  const auto notes = view.notes(engagement);
  const auto wellbeing = view.wellbeing(engagement);
  const auto count = static_cast<std::uint32_t>(sessions.size() + goals.size() + actions.size() +
                                                habits.size() + beliefs.size() + values.size() +
                                                links.size() + notes.size() + wellbeing.size());

  SessionPrep r;
  r.header = reports::audited_header(view, ReportKind::prep, RecordKind::engagement, engagement,
                                     count, as_of);
  const Date today = r.header.as_of;
  r.engagement = e.id;
  r.coach = e.coach;
  r.client = e.client;
  r.status = e.status;

  const Session* next = next_scheduled(sessions, today);
  // Held sessions after the sheet's day (a sheet for a past day) do not count as the last.
  const Timestamp day_end = Timestamp::at(today.plus_days(1));
  const Session* last = last_held(sessions, next && next->start < day_end ? next->start : day_end);
  if (next)
    r.next_session = reports::session_line(*next);
  if (last)
    r.last_session = reports::session_line(*last);
  // Before any session was held, everything counts as "since": the earliest day there is.
  const Date since = last ? last->start.date() : Date::from_ymd(1900, 1, 1);

  for (const ActionItem& a : actions) {
    if (!a.done)
      r.actions.push_back(reports::action_line(a, today));
  }

  std::set<RecordId> active_goals;
  for (const Goal& g : goals) {
    if (g.status == GoalStatus::abandoned)
      continue;
    PrepGoal line{goal_line(g), std::nullopt};
    if (!g.meta.redacted)
      line.then = value_on(g, since);
    if (g.status == GoalStatus::active && !g.meta.redacted)
      active_goals.insert(g.meta.id);
    r.goals.push_back(std::move(line));
  }

  // Inner work in play: linked (through links the viewer may read) to an active goal.
  std::set<RecordId> in_play;
  for (const InnerLink& l : links) {
    if (!l.meta.redacted && active_goals.contains(l.goal.record()))
      in_play.insert(l.inner);
  }
  for (const Belief& b : beliefs) {
    if (in_play.contains(b.meta.id) || touched_since(b, since))
      r.beliefs.push_back(reports::belief_line(b));
  }
  for (const Value& v : values) {
    if (in_play.contains(v.meta.id) || v.meta.created.date() >= since)
      r.values.push_back(reports::value_line(v));
  }
  std::stable_sort(r.values.begin(), r.values.end(),
                   [](const ValueLine& a, const ValueLine& b) { return a.rank < b.rank; });

  if (last) {
    for (const Note& n : notes) {
      // The client's private notes stay out even when a consent opened them to the coach:
      // a preparation sheet is printed and carried around.
      if (n.session != last->id() || n.meta.scope == Scope::client_private)
        continue;
      r.notes.push_back(
          {n.id(), n.meta.scope, n.meta.redacted ? std::string() : n.text, n.meta.redacted});
    }
  }

  const Date by = next ? next->start.date() : today;
  for (const Habit& h : habits) {
    const Date due = h.next_check_in();
    if (due <= by)
      r.habits.push_back({reports::habit_line(h), due});
  }

  std::vector<WellbeingCheckIn> recent;
  for (const WellbeingCheckIn& w : wellbeing) {
    if (w.on >= since)
      recent.push_back(w);
  }
  r.wellbeing = reports::wellbeing_trend(std::move(recent));
  return r;
}

}  // namespace libcoach
