#include "reports/lines.hpp"

#include <algorithm>

namespace libcoach::reports {

namespace {

DimensionTrend dimension(const std::vector<WellbeingCheckIn>& rows,
                         std::int32_t WellbeingCheckIn::*field) {
  DimensionTrend t;
  if (rows.empty())
    return t;
  t.first = rows.front().*field;
  t.last = rows.back().*field;
  double sum = 0.0;
  for (const auto& r : rows)
    sum += r.*field;
  t.mean = sum / static_cast<double>(rows.size());
  return t;
}

}  // namespace

SessionLine session_line(const Session& s) {
  return {s.id(), s.start, s.duration_minutes, s.modality, s.status};
}

ActionLine action_line(const ActionItem& a, Date today) {
  return {a.id(), a.goal, a.title, a.due, a.done, a.overdue(today), a.meta.redacted};
}

HabitLine habit_line(const Habit& h) {
  HabitLine line;
  line.id = h.id();
  line.goal = h.goal;
  line.title = h.title;
  line.cadence = h.cadence;
  line.redacted = h.meta.redacted;
  line.check_ins = static_cast<std::int32_t>(h.check_ins.size());
  line.kept = static_cast<std::int32_t>(
      std::count_if(h.check_ins.begin(), h.check_ins.end(), [](const auto& c) { return c.kept; }));
  line.adherence = h.adherence();
  line.current_streak = h.current_streak();
  line.longest_streak = h.longest_streak();
  return line;
}

BeliefLine belief_line(const Belief& b) {
  BeliefLine line{b.id(), b.statement, b.belief_kind, b.category, {}, b.reframe, b.meta.redacted};
  for (const auto& st : b.history)
    line.strength.push_back({st.on, st.strength});
  return line;
}

ValueLine value_line(const Value& v) {
  return {v.id(), v.name, v.rank, v.meaning, v.meta.redacted};
}

WellbeingTrend wellbeing_trend(std::vector<WellbeingCheckIn> rows) {
  std::erase_if(rows, [](const WellbeingCheckIn& w) { return w.meta.redacted; });
  std::stable_sort(
      rows.begin(), rows.end(),
      [](const WellbeingCheckIn& a, const WellbeingCheckIn& b) { return a.on < b.on; });
  WellbeingTrend out;
  out.check_ins = static_cast<std::int32_t>(rows.size());
  if (rows.empty())
    return out;
  out.first_on = rows.front().on;
  out.last_on = rows.back().on;
  out.thriving = dimension(rows, &WellbeingCheckIn::thriving);
  out.stress = dimension(rows, &WellbeingCheckIn::stress);
  out.burnout = dimension(rows, &WellbeingCheckIn::burnout);
  out.confidence = dimension(rows, &WellbeingCheckIn::confidence);
  for (const WellbeingCheckIn& w : rows)
    out.points.push_back({w.on, w.thriving, w.stress, w.burnout, w.confidence});
  return out;
}

}  // namespace libcoach::reports
