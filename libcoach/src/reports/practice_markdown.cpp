// The practice aggregates as Markdown: the period, the total, one table per dimension
// ("suppressed" across a suppressed cell's measures) and, for admins, the themes.

#include "libcoach/reports/markdown.hpp"
#include "reports/format.hpp"
#include "reports/markdown_parts.hpp"
#include "reports/practice_text.hpp"

namespace libcoach {

namespace {

using detail::count_text;
using detail::heading_of;
using detail::number_text;
using detail::period_text;
using detail::markdown::row;
using detail::markdown::table;

void cells_table(std::string& out, std::string_view first,
                 const std::vector<AggregateCell>& cells) {
  table(out, {std::string(first), "Clients", "Engagements", "Held", "Cancelled", "No-show",
              "Attendance", "Goals", "Achieved", "Well-being"});
  for (const auto& c : cells) {
    const std::string name =
        markdown_escape(c.key) + (c.label.empty() ? "" : " (" + markdown_escape(c.label) + ")");
    if (!c.measures) {
      const std::string s = "suppressed";
      row(out, {name, s, s, s, s, s, s, s, s, s});
      continue;
    }
    const AggregateMeasures& m = *c.measures;
    row(out, {name, std::to_string(m.clients), std::to_string(m.engagements),
              std::to_string(m.sessions_held), std::to_string(m.sessions_cancelled),
              std::to_string(m.sessions_no_show), number_text(m.attendance_rate),
              count_text(m.goals), count_text(m.goals_achieved), number_text(m.wellbeing_mean)});
  }
}

void themes_table(std::string& out, std::string_view title, const std::vector<ThemeCount>& list) {
  out += "\n### " + std::string(title) + "\n\n";
  if (list.empty()) {
    out += "None to show.\n";
    return;
  }
  table(out, {"Theme", "Clients"});
  for (const auto& t : list)
    row(out, {markdown_escape(t.name), std::to_string(t.clients)});
}

}  // namespace

std::string render_markdown(const PracticeAggregates& r) {
  std::string out = detail::markdown::header(r.header, "Practice aggregates");
  out += "- Period: " + period_text(r.from, r.to) + "\n";
  out += "- Organization: " + (r.organization ? r.organization->to_string() : "all") + "\n";
  out += "- k: " + std::to_string(r.k) +
         " (figures about fewer clients, or that would reveal them, are suppressed)\n";
  out += "\n## Total\n\n";
  cells_table(out, "", {r.total});
  for (const auto& t : r.tables) {
    out += "\n## " + heading_of(t.dimension) + "\n\n";
    if (t.cells.empty()) {
      out += "No figures.\n";
      continue;
    }
    cells_table(out, to_string(t.dimension), t.cells);
  }
  if (r.themes) {
    out += "\n## Inner-work themes (consenting clients)\n";
    themes_table(out, "Values", r.themes->values);
    themes_table(out, "Belief categories", r.themes->belief_categories);
  }
  return out;
}

}  // namespace libcoach
