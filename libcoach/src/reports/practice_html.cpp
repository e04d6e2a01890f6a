// The practice aggregates as an HTML page: the period and threshold, the total, and per
// dimension a chart of the published cells' sessions (attendance, for months also the
// well-being trend) and their table; suppressed cells show "suppressed" and are left out of
// the charts. For admins, the consented inner-work themes.

#include "libcoach/reports/html.hpp"

#include "libcoach/commands.hpp"
#include "reports/format.hpp"
#include "reports/html_blocks.hpp"
#include "reports/html_page.hpp"
#include "reports/practice_text.hpp"
#include "reports/svg_chart.hpp"

namespace libcoach {

namespace {

using detail::count_text;
using detail::heading_of;
using detail::number_text;
using html::Cells;
using html::figure;
using html::paragraph;
using html::Rows;
using html::section;
using html::subsection;
using html::table;

/// A cell's name: its key, and the organization's name when there is one.
std::string cell_name(const AggregateCell& c) {
  return c.label.empty() ? c.key : c.key + " (" + c.label + ")";
}

std::string cells_table(const std::string& first, const std::vector<AggregateCell>& cells) {
  Rows rows;
  for (const AggregateCell& c : cells) {
    if (!c.measures) {
      rows.push_back({cell_name(c), "suppressed", "", "", "", "", "", "", "", ""});
      continue;
    }
    const AggregateMeasures& m = *c.measures;
    rows.push_back({cell_name(c), std::to_string(m.clients), std::to_string(m.engagements),
                    std::to_string(m.sessions_held), std::to_string(m.sessions_cancelled),
                    std::to_string(m.sessions_no_show),
                    m.attendance_rate ? html::percent(*m.attendance_rate) : std::string(),
                    count_text(m.goals), count_text(m.goals_achieved),
                    number_text(m.wellbeing_mean)});
  }
  return table("",
               {{first},
                {"Clients", Cells::number},
                {"Engagements", Cells::number},
                {"Held", Cells::number},
                {"Cancelled", Cells::number},
                {"No-show", Cells::number},
                {"Attendance", Cells::number},
                {"Goals", Cells::number},
                {"Achieved", Cells::number},
                {"Well-being", Cells::number}},
               rows);
}

/// Held, cancelled and no-show sessions of each published cell, stacked.
std::string sessions_chart(const AggregateTable& t) {
  html::BarChart chart;
  chart.title = "Sessions " + heading_of(t.dimension).substr(3) + ": held, cancelled, no-show";
  chart.series = {"held", "cancelled", "no-show"};
  chart.horizontal = t.dimension != AggregateDimension::month;
  chart.value_label = "sessions";
  for (const AggregateCell& c : t.cells) {
    if (!c.measures)
      continue;
    chart.groups.push_back({html::fit_label(cell_name(c), 40),
                            {static_cast<double>(c.measures->sessions_held),
                             static_cast<double>(c.measures->sessions_cancelled),
                             static_cast<double>(c.measures->sessions_no_show)}});
  }
  if (chart.groups.empty())
    return {};
  return figure(html::bar_chart(chart), "Sessions per published cell (suppressed cells left out).");
}

/// The months' mean `thriving` as a line (0–10); empty when no month has a figure.
std::string wellbeing_by_month_chart(const AggregateTable& months) {
  html::LineChart chart;
  chart.title = "Mean thriving per month";
  chart.y_label = "thriving";
  chart.x_axis = html::XAxis::date;
  chart.y_min = 0.0;
  chart.y_max = static_cast<double>(kMaxRating);
  chart.series = {{"mean thriving", {}}};
  for (const AggregateCell& c : months.cells) {
    if (!c.measures || !c.measures->wellbeing_mean)
      continue;
    const Date first = Date::parse(c.key + "-01");
    chart.series[0].points.push_back(
        {static_cast<double>(first.days()), *c.measures->wellbeing_mean});
  }
  if (chart.series[0].points.empty())
    return {};
  return figure(html::line_chart(chart), "Mean well-being (thriving, 0–10) of published months.");
}

std::string themes_part(const std::vector<ThemeCount>& list) {
  if (list.empty())
    return paragraph("None to show.", true);
  Rows rows;
  for (const ThemeCount& t : list)
    rows.push_back({t.name, std::to_string(t.clients)});
  return table("", {{"Theme"}, {"Clients", Cells::number}}, rows);
}

}  // namespace

std::string render_html(const PracticeAggregates& r) {
  std::string overview = html::facts(
      {{"Period", detail::period_text(r.from, r.to)},
       {"Organization", r.organization ? r.organization->to_string() : std::string("all")},
       {"k", std::to_string(r.k) +
                 " (figures about fewer clients, or that would reveal them, are suppressed)"}});
  overview += cells_table("", {r.total});
  std::string body = section("Total", overview);
  for (const AggregateTable& t : r.tables) {
    if (t.cells.empty()) {
      body += section(heading_of(t.dimension), paragraph("No figures.", true));
      continue;
    }
    std::string part = sessions_chart(t);
    if (t.dimension == AggregateDimension::month)
      part += wellbeing_by_month_chart(t);
    body += section(heading_of(t.dimension),
                    part + cells_table(std::string(to_string(t.dimension)), t.cells));
  }
  if (r.themes) {
    body += section("Inner-work themes (consenting clients)",
                    subsection("Values", themes_part(r.themes->values)) +
                        subsection("Belief categories", themes_part(r.themes->belief_categories)));
  }
  return html::page("Practice aggregates", r.header, body);
}

}  // namespace libcoach
