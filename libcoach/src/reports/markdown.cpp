#include "libcoach/reports/markdown.hpp"

#include "reports/format.hpp"
#include "reports/markdown_table.hpp"

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

using reports::header;
using reports::row;
using reports::table;

std::string title_of(bool redacted, const std::string& title) {
  return redacted ? std::string("(redacted)") : markdown_escape(title);
}

std::string trend_text(const GoalLine& g) {
  return g.trend ? std::string(to_string(*g.trend)) : std::string();
}

std::string yes(bool b) {
  return b ? "yes" : "no";
}

std::string scores_text(const std::vector<DatedScore>& s) {
  std::string out;
  for (const auto& x : s) {
    if (!out.empty())
      out += " → ";
    out += std::to_string(x.value) + " (" + x.on.to_string() + ")";
  }
  return out;
}

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
  if (r.actions.empty()) {
    out += "No action items.\n";
  } else {
    table(out, {"Action", "Due", "Done", "Overdue"});
    for (const auto& a : r.actions)
      row(out,
          {title_of(a.redacted, a.title), date_text(a.due), date_text(a.done), yes(a.overdue)});
  }

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
  if (r.beliefs.empty()) {
    out += "No beliefs.\n";
  } else {
    table(out, {"Belief", "Kind", "Strength", "Reframe"});
    for (const auto& b : r.beliefs)
      row(out, {title_of(b.redacted, b.statement), std::string(to_string(b.kind)),
                scores_text(b.strength), b.redacted ? std::string() : markdown_escape(b.reframe)});
  }

  out += "\n## Values\n\n";
  if (r.values.empty()) {
    out += "No values.\n";
  } else {
    table(out, {"Rank", "Value", "Meaning"});
    for (const auto& v : r.values)
      row(out, {std::to_string(v.rank), title_of(v.redacted, v.name),
                v.redacted ? std::string() : markdown_escape(v.meaning)});
  }

  out += "\n## Well-being\n\n";
  const auto& w = r.wellbeing;
  if (w.check_ins == 0) {
    out += "No check-ins.\n";
  } else {
    out += std::to_string(w.check_ins) + " check-ins, " + date_text(w.first_on) + " to " +
           date_text(w.last_on) + ".\n\n";
    table(out, {"Dimension", "First", "Last", "Mean"});
    const auto dim = [&](const char* name, const DimensionTrend& d) {
      row(out, {name, std::to_string(d.first), std::to_string(d.last), number_text(d.mean)});
    };
    dim("thriving", w.thriving);
    dim("stress", w.stress);
    dim("burnout", w.burnout);
    dim("confidence", w.confidence);
  }

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
