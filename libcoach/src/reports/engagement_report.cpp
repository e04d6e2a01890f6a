#include "libcoach/reports/engagement_report.hpp"
#include "reports/header.hpp"
#include "reports/lines.hpp"

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
    r.sessions.push_back(reports::session_line(s));

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
    r.actions.push_back(reports::action_line(a, today));
  for (const Habit& h : habits)
    r.habits.push_back(reports::habit_line(h));
  for (const SkillRating& s : skills) {
    SkillLine line{s.id(), s.competency, {}, s.meta.redacted};
    for (const auto& score : s.history)
      line.ratings.push_back({score.on, score.rating});
    r.skills.push_back(std::move(line));
  }
  for (const Belief& b : beliefs)
    r.beliefs.push_back(reports::belief_line(b));
  for (const Value& v : values)
    r.values.push_back(reports::value_line(v));
  std::stable_sort(r.values.begin(), r.values.end(),
                   [](const ValueLine& a, const ValueLine& b) { return a.rank < b.rank; });
  r.wellbeing = reports::wellbeing_trend(wellbeing);

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
