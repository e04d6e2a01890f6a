#include "libcoach/reports/html.hpp"

#include <cctype>
#include <map>

#include "libcoach/commands.hpp"
#include "reports/format.hpp"
#include "reports/html_blocks.hpp"
#include "reports/html_page.hpp"
#include "reports/svg_chart.hpp"

// Each report is one function stringing together the blocks of html_page.hpp (page, sections,
// tables), html_blocks.hpp (goals, attendance, scores) and svg_chart.hpp (charts). Record text
// is passed to the blocks as plain text; they escape it.

namespace libcoach {

using detail::date_text;
using detail::number_text;
using detail::scores_text;
using detail::yes;
using html::BarChart;
using html::Cells;
using html::figure;
using html::LineChart;
using html::paragraph;
using html::Rows;
using html::section;
using html::subsection;
using html::table;

namespace {

// ---- Engagement progress -----------------------------------------------------------------------

std::string sessions_part(const EngagementReport& r) {
  std::string out = html::attendance(r.allotment);
  if (r.sessions.empty())
    return out + paragraph("No sessions.", true);
  Rows rows;
  for (const SessionLine& s : r.sessions)
    rows.push_back({s.start.to_string(), std::to_string(s.duration_minutes),
                    std::string(to_string(s.modality)), std::string(to_string(s.status))});
  return out +
         table("Each session",
               {{"Start (UTC)", Cells::date}, {"Minutes", Cells::number}, {"Modality"}, {"Status"}},
               rows);
}

std::string goals_part(const EngagementReport& r) {
  std::string out = html::goal_progress_chart(r.goals) + html::goals_table(r.goals);
  for (const GoalLine& g : r.goals)
    out += html::goal_line_chart(g);
  return out;
}

std::string milestones_part(const EngagementReport& r) {
  if (r.milestones.empty())
    return paragraph("No milestones.", true);
  Rows rows;
  for (const MilestoneLine& m : r.milestones)
    rows.push_back({html::title_of(m.redacted, m.title), date_text(m.due), date_text(m.reached),
                    yes(m.overdue)});
  return table("", {{"Milestone"}, {"Due", Cells::date}, {"Reached", Cells::date}, {"Overdue"}},
               rows);
}

std::string habits_part(const EngagementReport& r) {
  if (r.habits.empty())
    return paragraph("No habits.", true);
  BarChart chart;
  chart.title = "Habit adherence: share of check-ins kept";
  chart.value_suffix = " %";
  chart.max = 100.0;
  Rows rows;
  for (const HabitLine& h : r.habits) {
    if (!h.redacted && h.check_ins > 0)
      chart.groups.push_back({h.title + " (" + std::to_string(h.kept) + " of " +
                                  std::to_string(h.check_ins) + " kept)",
                              {h.adherence * 100.0}});
    rows.push_back({html::title_of(h.redacted, h.title), std::string(to_string(h.cadence)),
                    std::to_string(h.check_ins), html::percent(h.adherence),
                    std::to_string(h.current_streak), std::to_string(h.longest_streak)});
  }
  std::string out;
  if (!chart.groups.empty())
    out += figure(html::bar_chart(chart), "Share of check-ins kept, per habit.");
  return out + table("",
                     {{"Habit"},
                      {"Cadence"},
                      {"Check-ins", Cells::number},
                      {"Adherence", Cells::number},
                      {"Current streak", Cells::number},
                      {"Longest streak", Cells::number}},
                     rows);
}

std::string skills_part(const EngagementReport& r) {
  if (r.skills.empty())
    return paragraph("No skills rated.", true);
  std::vector<html::ScoreSeries> series;
  Rows rows;
  for (const SkillLine& s : r.skills) {
    if (!s.redacted)
      series.push_back({s.competency, &s.ratings});
    rows.push_back({html::title_of(s.redacted, s.competency), scores_text(s.ratings)});
  }
  return html::scores_chart("Skill ratings over time", "rating", series) +
         table("", {{"Competency"}, {"Ratings"}}, rows);
}

std::string iceberg_part(const EngagementReport& r) {
  if (r.iceberg.empty())
    return paragraph("Every goal has inner work linked, and every inner item a goal.");
  Rows rows;
  for (const IcebergFinding& f : r.iceberg)
    rows.push_back(
        {std::string(to_string(f.issue)), std::string(to_string(f.kind)), f.record.to_string()});
  return table("", {{"Finding"}, {"Kind"}, {"Record"}}, rows);
}

// ---- Hours log -------------------------------------------------------------------------------

/// "ACC", "PCC", "MCC": how the ICF writes them.
std::string credential_name(Credential c) {
  std::string out(to_string(c));
  for (char& ch : out)
    ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return out;
}

std::string cumulative_hours_chart(const HoursLog& r) {
  if (r.entries.empty())
    return {};
  LineChart chart;
  chart.title = "Cumulative coaching hours against the ICF thresholds";
  chart.y_label = "hours";
  chart.y_min = 0.0;
  chart.series = {{"all hours", {}}, {"paid hours", {}}};
  double all = 0.0;
  double paid = 0.0;
  for (const HoursEntry& e : r.entries) {
    all += e.hours;
    if (!e.pro_bono)
      paid += e.hours;
    const double x = static_cast<double>(e.on.days());
    // One point per day: the day's last total.
    const auto add = [x](html::LineSeries& series, double value) {
      if (!series.points.empty() && series.points.back().x == x)
        series.points.back().y = value;
      else
        series.points.push_back({x, value});
    };
    add(chart.series[0], all);
    add(chart.series[1], paid);
  }
  // The thresholds up to the next one to reach: drawing MCC's 2,500 hours under a log of 30
  // would flatten the line.
  for (const CredentialProgress& c : r.credentials) {
    chart.references.push_back(
        {credential_name(c.credential) + " " + number_text(c.required_hours) + " h",
         c.required_hours});
    if (!c.reached)
      break;
  }
  return figure(html::line_chart(chart),
                "All and paid hours, summed over time, against the hours each credential needs.");
}

std::string monthly_hours_chart(const HoursLog& r) {
  if (r.entries.empty())
    return {};
  std::map<int, std::pair<double, double>> months;  // year*12+month-1 → paid, pro bono
  for (const HoursEntry& e : r.entries) {
    auto& m = months[e.on.year() * 12 + static_cast<int>(e.on.month()) - 1];
    (e.pro_bono ? m.second : m.first) += e.hours;
  }
  BarChart chart;
  chart.title = "Coaching hours per month, paid and pro bono";
  chart.series = {"paid", "pro bono"};
  chart.horizontal = false;
  chart.value_label = "hours";
  for (int m = months.begin()->first; m <= months.rbegin()->first; ++m) {
    const auto it = months.find(m);
    const auto [paid, pro_bono] = it == months.end() ? std::pair{0.0, 0.0} : it->second;
    chart.groups.push_back(
        {Date::from_ymd(m / 12, static_cast<unsigned>(m % 12 + 1), 1).to_string().substr(0, 7),
         {paid, pro_bono}});
  }
  return figure(html::bar_chart(chart), "Held hours per calendar month (UTC).");
}

}  // namespace

std::string render_html(const EngagementReport& r) {
  std::string body = html::facts({{"Engagement", r.engagement.to_string()},
                                  {"Status", std::string(to_string(r.status))},
                                  {"Period", detail::period_text(r.start, r.end)}});
  body += section("Sessions", sessions_part(r));
  body +=
      section("Outer work",
              subsection("Goals", goals_part(r)) + subsection("Milestones", milestones_part(r)) +
                  subsection("Action items", html::actions_table(r.actions)) +
                  subsection("Habits", habits_part(r)) + subsection("Skills", skills_part(r)));
  body += section("Inner work", subsection("Beliefs", html::beliefs_part(r.beliefs)) +
                                    subsection("Values", html::values_table(r.values)) +
                                    subsection("Well-being", html::wellbeing_part(r.wellbeing)));
  body += section("Iceberg", iceberg_part(r));
  return html::page("Engagement progress", r.header, body);
}

std::string render_html(const SponsorReport& r) {
  std::string body;
  if (r.engagements.empty())
    body += paragraph("No engagements.", true);
  for (const SponsorEngagement& e : r.engagements) {
    std::string part = html::facts({{"Status", std::string(to_string(e.status))},
                                    {"Period", detail::period_text(e.start, e.end)}});
    part += subsection("Attendance", e.attendance
                                         ? html::attendance(*e.attendance)
                                         : paragraph("Attendance is not part of the agreement."));
    part += subsection("Goals", html::goal_progress_chart(e.goals) + html::goals_table(e.goals));
    body += section("Engagement " + e.engagement.to_string(), part);
  }
  return html::page("Sponsor report", r.header, body);
}

std::string render_html(const HoursLog& r) {
  std::string totals = table(
      "",
      {{"Hours", Cells::number},
       {"Paid", Cells::number},
       {"Pro bono", Cells::number},
       {"Individual", Cells::number},
       {"Group", Cells::number},
       {"Clients", Cells::number}},
      {{number_text(r.total_hours), number_text(r.paid_hours), number_text(r.pro_bono_hours),
        number_text(r.individual_hours), number_text(r.group_hours), std::to_string(r.clients)}});
  Rows credentials;
  for (const CredentialProgress& c : r.credentials)
    credentials.push_back({credential_name(c.credential), number_text(c.required_hours),
                           number_text(c.required_paid_hours), number_text(c.remaining_hours),
                           yes(c.reached)});
  totals += table("ICF credentials",
                  {{"Credential"},
                   {"Hours required", Cells::number},
                   {"Paid hours required", Cells::number},
                   {"Remaining", Cells::number},
                   {"Reached"}},
                  credentials);
  totals += cumulative_hours_chart(r) + monthly_hours_chart(r);

  std::string sessions;
  if (r.entries.empty()) {
    sessions = paragraph("No held sessions.", true);
  } else {
    Rows rows;
    for (const HoursEntry& e : r.entries)
      rows.push_back({e.client, e.on.to_string(), e.group ? "group" : "individual",
                      e.pro_bono ? "pro bono" : "paid", number_text(e.hours)});
    sessions = table(
        "", {{"Client"}, {"Date", Cells::date}, {"Type"}, {"Payment"}, {"Hours", Cells::number}},
        rows);
  }
  return html::page("Coaching hours log", r.header,
                    section("Totals", totals) + section("Sessions", sessions));
}

std::string render_html(const SessionCalendar& r) {
  std::string body;
  if (r.events.empty()) {
    body = paragraph("No sessions.", true);
  } else {
    Rows rows;
    for (const CalendarEvent& e : r.events)
      rows.push_back({e.start.to_string(), e.end.to_string(), std::string(to_string(e.modality)),
                      std::string(to_string(e.status))});
    body = table(
        "", {{"Start (UTC)", Cells::date}, {"End (UTC)", Cells::date}, {"Modality"}, {"Status"}},
        rows);
  }
  return html::page("Coaching sessions", r.header, section("Sessions", body));
}

}  // namespace libcoach
