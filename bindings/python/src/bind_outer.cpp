// Outer work, above the waterline: goals and milestones, action items, habits with their
// check-ins, and competencies rated over time.

#include <cstdio>

#include "common.hpp"

namespace libcoach::python {

namespace {
std::string fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}
}  // namespace

void bind_outer(py::module_& m) {
  py::class_<GoalMeasurement>(m, "GoalMeasurement", "One measurement of a goal's metric.")
      .def_readonly("on", &GoalMeasurement::on)
      .def_readonly("value", &GoalMeasurement::value)
      .def("__repr__", [](const GoalMeasurement& g) {
        return "<GoalMeasurement on=" + g.on.to_string() + ">";
      });
  record_class<Goal>(m, "Goal",
                     "A measurable goal. Scope sponsor when the client agreed to share it, "
                     "else coaching. A redacted goal keeps only status, due date and sharing.")
      .def_readonly("title", &Goal::title)
      .def_readonly("description", &Goal::description)
      .def_readonly("metric", &Goal::metric, "What is measured.")
      .def_readonly("unit", &Goal::unit)
      .def_readonly("baseline", &Goal::baseline)
      .def_readonly("target", &Goal::target)
      .def_readonly("history", &Goal::history, "Dated measurements, in date order.")
      .def_readonly("due", &Goal::due)
      .def_readonly("status", &Goal::status)
      .def_readonly("shared_with_sponsor", &Goal::shared_with_sponsor)
      .def_property_readonly("current", &Goal::current,
                             "Latest measured value, or the baseline before any measurement.")
      .def_property_readonly("progress", &Goal::progress,
                             "Progress from baseline towards target, in [0, 1].")
      .def_property_readonly("trend", &Goal::trend,
                             "How the goal is going, from its last measurements.")
      .def("__repr__",
           [](const Goal& g) {
             std::string extra = " status=" + std::string(to_string(g.status));
             if (!g.meta.redacted) {
               extra += " progress=" + fixed2(g.progress()) +
                        " trend=" + std::string(to_string(g.trend()));
             }
             return record_repr("Goal", g.meta, extra + opt_date("due", g.due));
           })
      .def("_repr_html_", [](const Goal& g) {
        // Like the repr: id, scope, status, progress and dates; never the title, metric or
        // values. A redacted goal shows no progress at all.
        std::vector<std::pair<std::string, std::string>> rows = {
            {"id", g.meta.id.to_string()},
            {"scope", std::string(to_string(g.meta.scope))},
            {"status", std::string(to_string(g.status))},
        };
        if (g.due)
          rows.emplace_back("due", g.due->to_string());
        rows.emplace_back("shared with sponsor", g.shared_with_sponsor ? "yes" : "no");
        std::string bar;
        if (g.meta.redacted) {
          rows.emplace_back("redacted", "yes: withheld by the policy");
        } else {
          const int percent = static_cast<int>(g.progress() * 100.0 + 0.5);
          rows.emplace_back("progress", std::to_string(percent) + "%");
          rows.emplace_back("trend", std::string(to_string(g.trend())));
          rows.emplace_back("measurements", std::to_string(g.history.size()));
          bar =
              "<div style=\"width:12em;border:1px solid #999;height:0.8em\"><div "
              "style=\"width:" +
              std::to_string(percent) + "%;background:#4a8;height:100%\"></div></div>";
        }
        std::string card = html_card("Goal", rows);
        return card.substr(0, card.size() - 6) + bar + "</div>";
      });
  record_class<Milestone>(m, "Milestone", "A milestone on the way to a goal.")
      .def_readonly("goal", &Milestone::goal)
      .def_readonly("title", &Milestone::title)
      .def_readonly("due", &Milestone::due)
      .def_readonly("reached", &Milestone::reached)
      .def("__repr__", [](const Milestone& x) {
        return record_repr(
            "Milestone", x.meta,
            " goal=" + short_id(x.goal) + opt_date("due", x.due) + opt_date("reached", x.reached));
      });
  record_class<ActionItem>(m, "ActionItem",
                           "Something the client committed to do, optionally towards a goal.")
      .def_readonly("goal", &ActionItem::goal)
      .def_readonly("title", &ActionItem::title)
      .def_readonly("due", &ActionItem::due)
      .def_readonly("done", &ActionItem::done)
      .def("overdue", &ActionItem::overdue, py::arg("today"),
           "True when not done and `today` is after the due date.")
      .def("__repr__", [](const ActionItem& a) {
        return record_repr("ActionItem", a.meta,
                           (a.goal ? " goal=" + short_id(*a.goal) : std::string()) +
                               opt_date("due", a.due) + opt_date("done", a.done));
      });
  py::class_<HabitCheckIn>(m, "HabitCheckIn", "On this date the habit was (or was not) kept.")
      .def_readonly("on", &HabitCheckIn::on)
      .def_readonly("kept", &HabitCheckIn::kept)
      .def("__repr__", [](const HabitCheckIn& c) {
        return "<HabitCheckIn on=" + c.on.to_string() + (c.kept ? " kept>" : " missed>");
      });
  record_class<Habit>(m, "Habit", "A habit the client is building.")
      .def_readonly("goal", &Habit::goal)
      .def_readonly("title", &Habit::title)
      .def_readonly("cadence", &Habit::cadence)
      .def_readonly("check_ins", &Habit::check_ins, "In date order, at most one per date.")
      .def_property_readonly("current_streak", &Habit::current_streak,
                             "Consecutive kept periods ending at the latest check-in.")
      .def_property_readonly("longest_streak", &Habit::longest_streak)
      .def_property_readonly("adherence", &Habit::adherence,
                             "Share of check-ins that were kept, in [0, 1].")
      .def("__repr__", [](const Habit& h) {
        return record_repr("Habit", h.meta,
                           " cadence=" + std::string(to_string(h.cadence)) +
                               " check_ins=" + std::to_string(h.check_ins.size()) +
                               " streak=" + std::to_string(h.current_streak()));
      });
  py::class_<SkillScore>(m, "SkillScore", "One rating of a competency, 0..10.")
      .def_readonly("on", &SkillScore::on)
      .def_readonly("rating", &SkillScore::rating)
      .def("__repr__", [](const SkillScore& s) {
        return "<SkillScore on=" + s.on.to_string() + " rating=" + std::to_string(s.rating) + ">";
      });
  record_class<SkillRating>(m, "SkillRating", "A competency being practised, rated over time.")
      .def_readonly("competency", &SkillRating::competency)
      .def_readonly("history", &SkillRating::history, "In date order.")
      .def("__repr__", [](const SkillRating& s) {
        return record_repr(
            "SkillRating", s.meta,
            " ratings=" + std::to_string(s.history.size()) +
                (s.history.empty() ? std::string()
                                   : " latest=" + std::to_string(s.history.back().rating)));
      });
}

}  // namespace libcoach::python
