// The session preparation sheet as an HTML page: the next and last sessions, open action
// items, goals since the last session (with their progress bars), beliefs and values in play,
// the last session's notes, habit check-ins due and well-being since.

#include "libcoach/reports/html.hpp"
#include "reports/format.hpp"
#include "reports/html_blocks.hpp"
#include "reports/html_page.hpp"

namespace libcoach {

namespace {

using detail::date_text;
using detail::number_text;
using html::Cells;
using html::paragraph;
using html::Rows;
using html::section;
using html::subsection;
using html::table;

std::string session_text(const std::optional<SessionLine>& s) {
  return s ? s->start.to_string() + " (" + std::string(to_string(s->modality)) + ", " +
                 std::to_string(s->duration_minutes) + " min)"
           : std::string("none");
}

std::string goals_part(const std::vector<PrepGoal>& goals) {
  if (goals.empty())
    return paragraph("No goals.", true);
  std::vector<GoalLine> lines;
  Rows rows;
  for (const PrepGoal& g : goals) {
    lines.push_back(g.goal);
    rows.push_back({html::title_of(g.goal.redacted, g.goal.title),
                    std::string(to_string(g.goal.status)), number_text(g.then),
                    number_text(g.goal.current), number_text(g.goal.target),
                    detail::trend_text(g.goal), date_text(g.goal.due)});
  }
  return html::goal_progress_chart(lines) + table("",
                                                  {{"Goal"},
                                                   {"Status"},
                                                   {"Then", Cells::number},
                                                   {"Now", Cells::number},
                                                   {"Target", Cells::number},
                                                   {"Trend"},
                                                   {"Due", Cells::date}},
                                                  rows);
}

std::string notes_part(const std::vector<PrepNote>& notes) {
  if (notes.empty())
    return paragraph("No notes.", true);
  Rows rows;
  for (const PrepNote& n : notes)
    rows.push_back({std::string(to_string(n.scope)), html::title_of(n.redacted, n.text)});
  return table("", {{"Scope"}, {"Note"}}, rows);
}

std::string habits_part(const std::vector<PrepHabit>& habits) {
  if (habits.empty())
    return paragraph("No check-ins due.", true);
  Rows rows;
  for (const PrepHabit& h : habits)
    rows.push_back({html::title_of(h.habit.redacted, h.habit.title),
                    std::string(to_string(h.habit.cadence)), h.due.to_string(),
                    html::percent(h.habit.adherence), std::to_string(h.habit.current_streak)});
  return table("",
               {{"Habit"},
                {"Cadence"},
                {"Due", Cells::date},
                {"Adherence", Cells::number},
                {"Current streak", Cells::number}},
               rows);
}

}  // namespace

std::string render_html(const SessionPrep& r) {
  const std::string overview = html::facts({{"Engagement", r.engagement.to_string()},
                                            {"Status", std::string(to_string(r.status))},
                                            {"Next session", session_text(r.next_session)},
                                            {"Last held session", session_text(r.last_session)}});
  std::string body = section("Sessions", overview);
  body +=
      section("Outer work", subsection("Open action items", html::actions_table(r.actions)) +
                                subsection("Goals since the last session", goals_part(r.goals)) +
                                subsection("Habit check-ins due", habits_part(r.habits)));
  body += section("Inner work", subsection("Beliefs in play", html::beliefs_part(r.beliefs)) +
                                    subsection("Values in play", html::values_table(r.values)) +
                                    subsection("Well-being since the last session",
                                               html::wellbeing_part(r.wellbeing)));
  body += section("Notes of the last session", notes_part(r.notes));
  return html::page("Session preparation", r.header, body);
}

}  // namespace libcoach
