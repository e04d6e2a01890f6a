#include "reports/html_blocks.hpp"

#include <cmath>

#include "libcoach/commands.hpp"
#include "reports/format.hpp"
#include "reports/html_page.hpp"
#include "reports/svg_chart.hpp"

namespace libcoach::html {

using detail::date_text;
using detail::number_text;
using detail::scores_text;
using detail::yes;

std::string percent(double share) {
  // One decimal: "54.7 %" reads better than the four decimals of the data formats.
  return number_text(std::round(share * 1000.0) / 10.0) + " %";
}

std::string goals_table(const std::vector<GoalLine>& goals) {
  if (goals.empty())
    return paragraph("No goals.", true);
  std::vector<std::vector<std::string>> rows;
  for (const GoalLine& g : goals)
    rows.push_back({g.redacted ? std::string("(redacted)") : g.title,
                    std::string(to_string(g.status)), number_text(g.baseline),
                    number_text(g.current), number_text(g.target),
                    g.progress ? percent(*g.progress) : std::string(),
                    g.trend ? std::string(to_string(*g.trend)) : std::string(), date_text(g.due)});
  return table("",
               {{"Goal"},
                {"Status"},
                {"Baseline", Cells::number},
                {"Current", Cells::number},
                {"Target", Cells::number},
                {"Progress", Cells::number},
                {"Trend"},
                {"Due", Cells::date}},
               rows);
}

std::string goal_progress_chart(const std::vector<GoalLine>& goals) {
  BarChart chart;
  chart.title = "Progress of each goal from baseline to target";
  chart.value_suffix = " %";
  chart.max = 100.0;
  for (const GoalLine& g : goals)
    if (!g.redacted && g.progress)
      chart.groups.push_back({g.title, {*g.progress * 100.0}});
  if (chart.groups.empty())
    return {};
  return figure(bar_chart(chart), "Progress from baseline (0 %) to target (100 %).");
}

std::string goal_line_chart(const GoalLine& goal) {
  if (goal.redacted || goal.history.empty())
    return {};
  LineChart chart;
  chart.title = "Measurements of goal: " + goal.title;
  chart.y_label = goal.unit.empty() ? goal.metric : goal.unit;
  LineSeries measured{"measured", {}};
  for (const GoalMeasurement& m : goal.history)
    measured.points.push_back({static_cast<double>(m.on.days()), m.value});
  chart.series.push_back(std::move(measured));
  if (goal.target)
    chart.references.push_back({"target " + number_text(*goal.target), *goal.target});
  if (goal.baseline)
    chart.references.push_back({"baseline " + number_text(*goal.baseline), *goal.baseline});
  std::string caption = goal.title;
  if (!goal.metric.empty())
    caption += " — " + goal.metric;
  return figure(line_chart(chart), caption);
}

std::string attendance(const Allotment& a) {
  BarChart chart;
  chart.title = "Sessions against the allotment";
  chart.series = {"held", "no-show", "scheduled", "cancelled"};
  chart.groups = {{"Sessions used",
                   {static_cast<double>(a.held), static_cast<double>(a.no_show),
                    static_cast<double>(a.scheduled), 0.0}},
                  {"Cancelled", {0.0, 0.0, 0.0, static_cast<double>(a.cancelled)}}};
  if (a.allotted > 0)
    chart.references.push_back(
        {"allotted " + std::to_string(a.allotted), static_cast<double>(a.allotted)});
  chart.value_label = "sessions";
  std::string out = figure(bar_chart(chart),
                           "Held, no-show and scheduled sessions use the allotment; cancelled "
                           "ones do not.");
  out += table(
      "Allotment",
      {{"Allotted", Cells::number},
       {"Held", Cells::number},
       {"Scheduled", Cells::number},
       {"Cancelled", Cells::number},
       {"No-show", Cells::number},
       {"Remaining", Cells::number}},
      {{std::to_string(a.allotted), std::to_string(a.held), std::to_string(a.scheduled),
        std::to_string(a.cancelled), std::to_string(a.no_show), std::to_string(a.remaining())}});
  return out;
}

std::string scores_chart(const std::string& title, const std::string& y_label,
                         const std::vector<ScoreSeries>& series) {
  LineChart chart;
  chart.title = title;
  chart.y_label = y_label;
  chart.y_min = 0.0;
  chart.y_max = static_cast<double>(kMaxRating);
  for (const ScoreSeries& s : series) {
    if (s.scores == nullptr || s.scores->empty())
      continue;
    LineSeries line{s.name, {}};
    for (const DatedScore& d : *s.scores)
      line.points.push_back({static_cast<double>(d.on.days()), static_cast<double>(d.value)});
    chart.series.push_back(std::move(line));
  }
  if (chart.series.empty())
    return {};
  return figure(line_chart(chart), title + " (0–10).");
}

std::string title_of(bool redacted, const std::string& title) {
  return redacted ? std::string("(redacted)") : title;
}

std::string actions_table(const std::vector<ActionLine>& actions) {
  if (actions.empty())
    return paragraph("No action items.", true);
  Rows rows;
  for (const ActionLine& a : actions)
    rows.push_back(
        {title_of(a.redacted, a.title), date_text(a.due), date_text(a.done), yes(a.overdue)});
  return table("", {{"Action"}, {"Due", Cells::date}, {"Done", Cells::date}, {"Overdue"}}, rows);
}

std::string beliefs_part(const std::vector<BeliefLine>& beliefs) {
  if (beliefs.empty())
    return paragraph("No beliefs.", true);
  std::vector<ScoreSeries> series;
  Rows rows;
  for (const BeliefLine& b : beliefs) {
    if (!b.redacted)
      series.push_back({b.statement, &b.strength});
    rows.push_back({title_of(b.redacted, b.statement), std::string(to_string(b.kind)),
                    b.redacted ? std::string() : b.category, scores_text(b.strength),
                    b.redacted ? std::string() : b.reframe});
  }
  return scores_chart("Belief strength over time", "strength", series) +
         table("", {{"Belief"}, {"Kind"}, {"Category"}, {"Strength"}, {"Reframe"}}, rows);
}

std::string values_table(const std::vector<ValueLine>& values) {
  if (values.empty())
    return paragraph("No values.", true);
  Rows rows;
  for (const ValueLine& v : values)
    rows.push_back({std::to_string(v.rank), title_of(v.redacted, v.name),
                    v.redacted ? std::string() : v.meaning});
  return table("", {{"Rank", Cells::number}, {"Value"}, {"Meaning"}}, rows);
}

std::string wellbeing_part(const WellbeingTrend& w) {
  if (w.check_ins == 0)
    return paragraph("No check-ins.", true);
  LineChart chart;
  chart.title = "Well-being over time";
  chart.y_label = "rating";
  chart.y_min = 0.0;
  chart.y_max = static_cast<double>(kMaxRating);
  chart.series = {{"thriving", {}}, {"stress", {}}, {"burnout", {}}, {"confidence", {}}};
  for (const WellbeingPoint& p : w.points) {
    const double x = static_cast<double>(p.on.days());
    chart.series[0].points.push_back({x, static_cast<double>(p.thriving)});
    chart.series[1].points.push_back({x, static_cast<double>(p.stress)});
    chart.series[2].points.push_back({x, static_cast<double>(p.burnout)});
    chart.series[3].points.push_back({x, static_cast<double>(p.confidence)});
  }
  std::string out = figure(line_chart(chart), std::to_string(w.check_ins) + " check-ins, " +
                                                  date_text(w.first_on) + " to " +
                                                  date_text(w.last_on) + " (0–10).");
  Rows rows;
  const auto dim = [&rows](const char* name, const DimensionTrend& d) {
    rows.push_back({name, std::to_string(d.first), std::to_string(d.last), number_text(d.mean)});
  };
  dim("thriving", w.thriving);
  dim("stress", w.stress);
  dim("burnout", w.burnout);
  dim("confidence", w.confidence);
  return out + table("Figures",
                     {{"Dimension"},
                      {"First", Cells::number},
                      {"Last", Cells::number},
                      {"Mean", Cells::number}},
                     rows);
}

}  // namespace libcoach::html
