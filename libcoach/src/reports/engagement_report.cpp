#include "libcoach/reports/engagement_report.hpp"
#include "reports/header.hpp"

#include <algorithm>
#include <set>

#include "libcoach/errors.hpp"

namespace libcoach {

std::string_view to_string(IcebergIssue issue) {
  switch (issue) {
    case IcebergIssue::goal_without_inner_work:
      return "goal_without_inner_work";
    case IcebergIssue::inner_without_goal:
      return "inner_without_goal";
  }
  return "goal_without_inner_work";
}

GoalLine goal_line(const Goal& goal) {
  GoalLine line;
  line.id = goal.id();
  line.status = goal.status;
  line.due = goal.due;
  line.shared_with_sponsor = goal.shared_with_sponsor;
  line.redacted = goal.meta.redacted;
  if (line.redacted)
    return line;  // Status and due date only: the policy removed the rest.
  line.title = goal.title;
  line.metric = goal.metric;
  line.unit = goal.unit;
  line.baseline = goal.baseline;
  line.current = goal.current();
  line.target = goal.target;
  line.progress = goal.progress();
  line.trend = goal.trend();
  line.measurements = static_cast<std::int32_t>(goal.history.size());
  line.history = goal.history;
  return line;
}

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

WellbeingTrend wellbeing_trend(std::vector<WellbeingCheckIn> rows) {
  // Redacted check-ins carry no ratings; leave them out of the figures.
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

template <class R>
void unlinked_inner(const std::vector<R>& rows, const std::set<RecordId>& linked,
                    std::vector<IcebergFinding>& out) {
  for (const R& r : rows) {
    if (!linked.contains(r.meta.id))
      out.push_back({IcebergIssue::inner_without_goal, R::kind, r.meta.id});
  }
}

}  // namespace

EngagementReport engagement_report(const View& view, EngagementId engagement,
                                   std::optional<Date> as_of) {
  // NotFound (and its audit entry) when the viewer may not see the engagement at all.
  const Engagement e = view.engagement(engagement);
  const Viewer& viewer = view.viewer();
  if (!viewer.is(e.coach) && !viewer.is(e.client)) {
    view.audit_report(RecordKind::engagement, engagement, 0, AuditOutcome::denied);
    throw AccessDenied("engagement report: only the engagement's coach or client");
  }

  EngagementReport r;
  r.engagement = e.id;
  r.coach = e.coach;
  r.client = e.client;
  r.status = e.status;
  if (e.agreement) {
    r.start = e.agreement->start;
    r.end = e.agreement->end;
  }
  r.allotment = view.allotment(engagement);
  for (const Session& s : view.sessions(engagement))
    r.sessions.push_back({s.id(), s.start, s.duration_minutes, s.modality, s.status});

  const std::vector<Goal> goals = view.goals(engagement);
  for (const Goal& g : goals)
    r.goals.push_back(goal_line(g));

  std::uint32_t count = static_cast<std::uint32_t>(r.sessions.size() + goals.size());
  const auto milestones = view.milestones(engagement);
  const auto actions = view.action_items(engagement);
  const auto habits = view.habits(engagement);
  const auto skills = view.skills(engagement);
  const auto beliefs = view.beliefs(engagement);
  const auto values = view.values(engagement);
  const auto fears = view.fears(engagement);
  const auto purposes = view.purposes(engagement);
  const auto reflections = view.reflections(engagement);
  const auto insights = view.insights(engagement);
  const auto wellbeing = view.wellbeing(engagement);
  const auto links = view.links(engagement);
  count += static_cast<std::uint32_t>(milestones.size() + actions.size() + habits.size() +
                                      skills.size() + beliefs.size() + values.size() +
                                      fears.size() + purposes.size() + reflections.size() +
                                      insights.size() + wellbeing.size() + links.size());

  r.header = reports::audited_header(view, ReportKind::engagement, RecordKind::engagement,
                                     engagement, count, as_of);
  const Date today = r.header.as_of;

  for (const Milestone& m : milestones) {
    MilestoneLine line{m.id(), m.goal, m.title, m.due, m.reached, false, m.meta.redacted};
    line.overdue = !m.reached && m.due && today > *m.due;
    r.milestones.push_back(std::move(line));
  }
  for (const ActionItem& a : actions)
    r.actions.push_back(
        {a.id(), a.goal, a.title, a.due, a.done, a.overdue(today), a.meta.redacted});
  for (const Habit& h : habits) {
    HabitLine line;
    line.id = h.id();
    line.goal = h.goal;
    line.title = h.title;
    line.cadence = h.cadence;
    line.redacted = h.meta.redacted;
    line.check_ins = static_cast<std::int32_t>(h.check_ins.size());
    line.kept = static_cast<std::int32_t>(std::count_if(h.check_ins.begin(), h.check_ins.end(),
                                                        [](const auto& c) { return c.kept; }));
    line.adherence = h.adherence();
    line.current_streak = h.current_streak();
    line.longest_streak = h.longest_streak();
    r.habits.push_back(std::move(line));
  }
  for (const SkillRating& s : skills) {
    SkillLine line{s.id(), s.competency, {}, s.meta.redacted};
    for (const auto& score : s.history)
      line.ratings.push_back({score.on, score.rating});
    r.skills.push_back(std::move(line));
  }
  for (const Belief& b : beliefs) {
    BeliefLine line{b.id(), b.statement, b.belief_kind, b.category, {}, b.reframe, b.meta.redacted};
    for (const auto& st : b.history)
      line.strength.push_back({st.on, st.strength});
    r.beliefs.push_back(std::move(line));
  }
  for (const Value& v : values)
    r.values.push_back({v.id(), v.name, v.rank, v.meaning, v.meta.redacted});
  std::stable_sort(r.values.begin(), r.values.end(),
                   [](const ValueLine& a, const ValueLine& b) { return a.rank < b.rank; });
  r.wellbeing = wellbeing_trend(wellbeing);

  // The iceberg: links the viewer may see, between goals and inner items the viewer may see.
  std::set<RecordId> linked_goals;
  std::set<RecordId> linked_inner;
  for (const InnerLink& l : links) {
    if (l.meta.redacted)
      continue;
    linked_goals.insert(l.goal.record());
    linked_inner.insert(l.inner);
  }
  for (const Goal& g : goals) {
    if (g.status == GoalStatus::abandoned || g.meta.redacted)
      continue;
    if (!linked_goals.contains(g.meta.id))
      r.iceberg.push_back({IcebergIssue::goal_without_inner_work, RecordKind::goal, g.meta.id});
  }
  unlinked_inner(values, linked_inner, r.iceberg);
  unlinked_inner(beliefs, linked_inner, r.iceberg);
  unlinked_inner(fears, linked_inner, r.iceberg);
  unlinked_inner(purposes, linked_inner, r.iceberg);
  unlinked_inner(reflections, linked_inner, r.iceberg);
  unlinked_inner(insights, linked_inner, r.iceberg);
  return r;
}

}  // namespace libcoach
