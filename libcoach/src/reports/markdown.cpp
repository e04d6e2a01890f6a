#include "libcoach/reports/markdown.hpp"

#include "reports/format.hpp"
#include "reports/markdown_parts.hpp"

namespace libcoach {

using detail::date_text;
using detail::number_text;

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '\r':
        break;
      case '\n':
      case '\t':
        out += ' ';
        break;
      case '\\':
      case '|':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '<':
      case '>':
      case '#':
      case '!':
      case '~':
      case '&':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

using namespace detail::markdown;
using detail::trend_text;

void goals_table(std::string& out, const std::vector<GoalLine>& goals) {
  if (goals.empty()) {
    out += "No goals.\n";
    return;
  }
  table(out, {"Goal", "Status", "Baseline", "Current", "Target", "Progress", "Trend", "Due"});
  for (const auto& g : goals) {
    row(out, {title_of(g.redacted, g.title), std::string(to_string(g.status)),
              number_text(g.baseline), number_text(g.current), number_text(g.target),
              g.progress ? number_text(*g.progress * 100.0) + " %" : std::string(), trend_text(g),
              date_text(g.due)});
  }
}

void allotment_table(std::string& out, const Allotment& a) {
  table(out, {"Allotted", "Held", "Scheduled", "Cancelled", "No-show", "Remaining"});
  row(out, {std::to_string(a.allotted), std::to_string(a.held), std::to_string(a.scheduled),
            std::to_string(a.cancelled), std::to_string(a.no_show), std::to_string(a.remaining())});
}

}  // namespace

std::string render_markdown(const EngagementReport& r) {
  std::string out = header(r.header, "Engagement progress");
  out +=
      "- Engagement: " + r.engagement.to_string() + " (" + std::string(to_string(r.status)) + ")\n";
  out += "- Period: " + (r.start ? r.start->to_string() : std::string("–")) + " to " +
         (r.end ? r.end->to_string() : std::string("–")) + "\n";

  out += "\n## Sessions\n\n";
  allotment_table(out, r.allotment);

  out += "\n## Goals\n\n";
  goals_table(out, r.goals);

  out += "\n## Milestones\n\n";
  if (r.milestones.empty()) {
    out += "No milestones.\n";
  } else {
    table(out, {"Milestone", "Due", "Reached", "Overdue"});
    for (const auto& m : r.milestones)
      row(out,
          {title_of(m.redacted, m.title), date_text(m.due), date_text(m.reached), yes(m.overdue)});
  }

  out += "\n## Action items\n\n";
  actions_table(out, r.actions, "No action items.");

  out += "\n## Habits\n\n";
  if (r.habits.empty()) {
    out += "No habits.\n";
  } else {
    table(out, {"Habit", "Cadence", "Check-ins", "Adherence", "Current streak", "Longest streak"});
    for (const auto& h : r.habits)
      row(out, {title_of(h.redacted, h.title), std::string(to_string(h.cadence)),
                std::to_string(h.check_ins), number_text(h.adherence * 100.0) + " %",
                std::to_string(h.current_streak), std::to_string(h.longest_streak)});
  }

  out += "\n## Skills\n\n";
  if (r.skills.empty()) {
    out += "No skills rated.\n";
  } else {
    table(out, {"Competency", "Ratings"});
    for (const auto& s : r.skills)
      row(out, {title_of(s.redacted, s.competency), scores_text(s.ratings)});
  }

  out += "\n## Beliefs\n\n";
  beliefs_table(out, r.beliefs, "No beliefs.");

  out += "\n## Values\n\n";
  values_table(out, r.values, "No values.");

  out += "\n## Well-being\n\n";
  wellbeing_section(out, r.wellbeing);

  out += "\n## Iceberg\n\n";
  if (r.iceberg.empty()) {
    out += "Every goal has inner work linked, and every inner item a goal.\n";
  } else {
    table(out, {"Finding", "Kind", "Record"});
    for (const auto& f : r.iceberg)
      row(out,
          {std::string(to_string(f.issue)), std::string(to_string(f.kind)), f.record.to_string()});
  }
  return out;
}

std::string render_markdown(const SponsorReport& r) {
  std::string out = header(r.header, "Sponsor report");
  if (r.engagements.empty())
    out += "\nNo engagements.\n";
  for (const auto& e : r.engagements) {
    out += "\n## Engagement " + e.engagement.to_string() + "\n\n";
    out += "- Status: " + std::string(to_string(e.status)) + "\n";
    out += "- Period: " + (e.start ? e.start->to_string() : std::string("–")) + " to " +
           (e.end ? e.end->to_string() : std::string("–")) + "\n\n";
    if (e.attendance)
      allotment_table(out, *e.attendance);
    else
      out += "Attendance is not part of the agreement.\n";
    out += "\n### Goals\n\n";
    goals_table(out, e.goals);
  }
  return out;
}

std::string render_markdown(const HoursLog& r) {
  std::string out = header(r.header, "Coaching hours log");
  out += "\n## Totals\n\n";
  table(out, {"Hours", "Paid", "Pro bono", "Individual", "Group", "Clients"});
  row(out,
      {number_text(r.total_hours), number_text(r.paid_hours), number_text(r.pro_bono_hours),
       number_text(r.individual_hours), number_text(r.group_hours), std::to_string(r.clients)});
  out += "\n## ICF credentials\n\n";
  table(out, {"Credential", "Hours required", "Paid hours required", "Remaining", "Reached"});
  for (const auto& c : r.credentials)
    row(out, {std::string(to_string(c.credential)), number_text(c.required_hours),
              number_text(c.required_paid_hours), number_text(c.remaining_hours), yes(c.reached)});
  out += "\n## Sessions\n\n";
  if (r.entries.empty()) {
    out += "No held sessions.\n";
  } else {
    table(out, {"Client", "Date", "Type", "Payment", "Hours"});
    for (const auto& e : r.entries)
      row(out, {e.client, e.on.to_string(), e.group ? "group" : "individual",
                e.pro_bono ? "pro bono" : "paid", number_text(e.hours)});
  }
  return out;
}

std::string render_markdown(const SessionCalendar& r) {
  std::string out = header(r.header, "Coaching sessions");
  out += '\n';
  if (r.events.empty()) {
    out += "No sessions.\n";
    return out;
  }
  table(out, {"Start", "End", "Modality", "Status"});
  for (const auto& e : r.events)
    row(out, {e.start.to_string(), e.end.to_string(), std::string(to_string(e.modality)),
              std::string(to_string(e.status))});
  return out;
}

}  // namespace libcoach
