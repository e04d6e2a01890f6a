// The session preparation sheet as JSON (docs/schema/report-prep.schema.json), CSV (one row
// per item of the sheet) and Markdown.

#include "libcoach/reports/csv.hpp"
#include "libcoach/reports/json.hpp"
#include "libcoach/reports/markdown.hpp"
#include "reports/csv_parts.hpp"
#include "reports/format.hpp"
#include "reports/json_document.hpp"
#include "reports/markdown_parts.hpp"

namespace libcoach {

using detail::date_text;
using detail::number_text;
using detail::trend_text;

detail::json::Json detail::json::document(const SessionPrep& r) {
  using namespace detail::json;
  Json j = header(r.header);
  j["engagement"] = {{"id", r.engagement.to_string()},
                     {"coach", r.coach.to_string()},
                     {"client", r.client.to_string()},
                     {"status", std::string(to_string(r.status))}};
  j["next_session"] = r.next_session ? session(*r.next_session) : Json(nullptr);
  j["last_session"] = r.last_session ? session(*r.last_session) : Json(nullptr);
  Json actions = Json::array();
  for (const auto& a : r.actions)
    actions.push_back(action(a));
  j["action_items"] = std::move(actions);
  Json goals = Json::array();
  for (const auto& g : r.goals) {
    Json line = goal(g.goal);
    line["then"] = opt(g.then);
    goals.push_back(std::move(line));
  }
  j["goals"] = std::move(goals);
  Json beliefs = Json::array();
  for (const auto& b : r.beliefs)
    beliefs.push_back(belief(b));
  j["beliefs"] = std::move(beliefs);
  Json values = Json::array();
  for (const auto& v : r.values)
    values.push_back(value(v));
  j["values"] = std::move(values);
  Json notes = Json::array();
  for (const auto& n : r.notes) {
    notes.push_back({{"id", n.id.to_string()},
                     {"scope", std::string(to_string(n.scope))},
                     {"redacted", n.redacted},
                     {"text", n.text}});
  }
  j["notes"] = std::move(notes);
  Json habits = Json::array();
  for (const auto& h : r.habits) {
    Json line = habit(h.habit);
    line["due"] = h.due.to_string();
    habits.push_back(std::move(line));
  }
  j["habits"] = std::move(habits);
  j["wellbeing"] = wellbeing(r.wellbeing);
  return j;
}

std::string render_json(const SessionPrep& r) {
  return detail::json::dump(detail::json::document(r));
}

std::string render_csv(const SessionPrep& r) {
  using namespace detail::csv;
  std::string out;
  header_row(out, {"engagement", "section", "record", "redacted", "title", "due", "overdue", "then",
                   "now", "trend"});
  const std::string e = r.engagement.to_string();
  for (const auto& a : r.actions)
    row(out, {val(e), val("action"), val(a.id.to_string()), flag(a.redacted), txt(a.title),
              val(date_text(a.due)), flag(a.overdue), val(""), val(""), val("")});
  for (const auto& g : r.goals)
    row(out, {val(e), val("goal"), val(g.goal.id.to_string()), flag(g.goal.redacted),
              txt(g.goal.title), val(date_text(g.goal.due)), val(""), val(number_text(g.then)),
              val(number_text(g.goal.current)), val(trend_text(g.goal))});
  for (const auto& b : r.beliefs) {
    // Strength then (the first rating shown) and now (the latest).
    const std::string then = b.strength.empty() ? "" : std::to_string(b.strength.front().value);
    const std::string now = b.strength.empty() ? "" : std::to_string(b.strength.back().value);
    row(out, {val(e), val("belief"), val(b.id.to_string()), flag(b.redacted), txt(b.statement),
              val(""), val(""), val(then), val(now), val("")});
  }
  for (const auto& v : r.values)
    row(out, {val(e), val("value"), val(v.id.to_string()), flag(v.redacted), txt(v.name), val(""),
              val(""), val(""), val(std::to_string(v.rank)), val("")});
  for (const auto& n : r.notes)
    row(out, {val(e), val("note"), val(n.id.to_string()), flag(n.redacted), txt(n.text), val(""),
              val(""), val(""), val(""), val("")});
  for (const auto& h : r.habits)
    row(out, {val(e), val("habit"), val(h.habit.id.to_string()), flag(h.habit.redacted),
              txt(h.habit.title), val(h.due.to_string()), val(""), val(""),
              val(std::to_string(h.habit.current_streak)), val("")});
  return out;
}

std::string render_markdown(const SessionPrep& r) {
  using namespace detail::markdown;
  const auto session_text = [](const std::optional<SessionLine>& s) {
    return s ? s->start.to_string() + " (" + std::string(to_string(s->modality)) + ", " +
                   std::to_string(s->duration_minutes) + " min)"
             : std::string("none");
  };
  std::string out = header(r.header, "Session preparation");
  out +=
      "- Engagement: " + r.engagement.to_string() + " (" + std::string(to_string(r.status)) + ")\n";
  out += "- Next session: " + session_text(r.next_session) + "\n";
  out += "- Last held session: " + session_text(r.last_session) + "\n";

  out += "\n## Open action items\n\n";
  actions_table(out, r.actions, "No open action items.");

  out += "\n## Goals since the last session\n\n";
  if (r.goals.empty()) {
    out += "No goals.\n";
  } else {
    table(out, {"Goal", "Status", "Then", "Now", "Target", "Trend", "Due"});
    for (const auto& g : r.goals)
      row(out, {title_of(g.goal.redacted, g.goal.title), std::string(to_string(g.goal.status)),
                number_text(g.then), number_text(g.goal.current), number_text(g.goal.target),
                trend_text(g.goal), date_text(g.goal.due)});
  }

  out += "\n## Beliefs in play\n\n";
  beliefs_table(out, r.beliefs, "No beliefs in play.");

  out += "\n## Values in play\n\n";
  values_table(out, r.values, "No values in play.");

  out += "\n## Notes of the last session\n\n";
  if (r.notes.empty()) {
    out += "No notes.\n";
  } else {
    table(out, {"Scope", "Note"});
    for (const auto& n : r.notes)
      row(out, {std::string(to_string(n.scope)), title_of(n.redacted, n.text)});
  }

  out += "\n## Habit check-ins due\n\n";
  if (r.habits.empty()) {
    out += "No check-ins due.\n";
  } else {
    table(out, {"Habit", "Cadence", "Due", "Adherence", "Current streak"});
    for (const auto& h : r.habits)
      row(out, {title_of(h.habit.redacted, h.habit.title), std::string(to_string(h.habit.cadence)),
                h.due.to_string(), number_text(h.habit.adherence * 100.0) + " %",
                std::to_string(h.habit.current_streak)});
  }

  out += "\n## Well-being since the last session\n\n";
  wellbeing_section(out, r.wellbeing);
  return out;
}

}  // namespace libcoach
