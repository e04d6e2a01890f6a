#pragma once
// The Markdown pieces the report renderers share: the title block, tables and the sections
// that several reports carry (action items, beliefs, values, well-being) (internal).

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/reports/engagement_report.hpp"
#include "libcoach/reports/markdown.hpp"
#include "reports/format.hpp"

namespace libcoach::detail::markdown {

using Row = std::initializer_list<std::string>;

/// A table's head and separator line.
inline void table(std::string& out, Row head) {
  out += '|';
  for (const auto& h : head)
    out += " " + h + " |";
  out += "\n|";
  for (std::size_t i = 0; i < head.size(); ++i)
    out += " --- |";
  out += '\n';
}

/// A table row; empty cells show as a dash.
inline void row(std::string& out, Row cells) {
  out += '|';
  for (const auto& c : cells)
    out += " " + (c.empty() ? std::string("–") : c) + " |";
  out += '\n';
}

/// The title and the generated / as of / for lines.
inline std::string header(const ReportHeader& h, std::string_view title) {
  std::string out = "# " + std::string(title) + "\n\n";
  out += "- Generated: " + h.generated.to_string() + "\n";
  out += "- As of: " + h.as_of.to_string() + "\n";
  out += "- For: " + std::string(to_string(h.viewer.role)) + " " + format_uuid(h.viewer.id) + "\n";
  return out;
}

inline std::string title_of(bool redacted, const std::string& title) {
  return redacted ? std::string("(redacted)") : markdown_escape(title);
}

using detail::scores_text;
using detail::yes;

/// The action items table, or `empty` when there are none.
inline void actions_table(std::string& out, const std::vector<ActionLine>& actions,
                          std::string_view empty) {
  if (actions.empty()) {
    out += std::string(empty) + "\n";
    return;
  }
  table(out, {"Action", "Due", "Done", "Overdue"});
  for (const auto& a : actions)
    row(out, {title_of(a.redacted, a.title), date_text(a.due), date_text(a.done), yes(a.overdue)});
}

/// The beliefs table (strength over time and reframe), or `empty`.
inline void beliefs_table(std::string& out, const std::vector<BeliefLine>& beliefs,
                          std::string_view empty) {
  if (beliefs.empty()) {
    out += std::string(empty) + "\n";
    return;
  }
  table(out, {"Belief", "Kind", "Strength", "Reframe"});
  for (const auto& b : beliefs)
    row(out, {title_of(b.redacted, b.statement), std::string(to_string(b.kind)),
              scores_text(b.strength), b.redacted ? std::string() : markdown_escape(b.reframe)});
}

/// The values table by rank, or `empty`.
inline void values_table(std::string& out, const std::vector<ValueLine>& values,
                         std::string_view empty) {
  if (values.empty()) {
    out += std::string(empty) + "\n";
    return;
  }
  table(out, {"Rank", "Value", "Meaning"});
  for (const auto& v : values)
    row(out, {std::to_string(v.rank), title_of(v.redacted, v.name),
              v.redacted ? std::string() : markdown_escape(v.meaning)});
}

/// The well-being summary: check-ins and period, then first / last / mean per dimension.
inline void wellbeing_section(std::string& out, const WellbeingTrend& w) {
  if (w.check_ins == 0) {
    out += "No check-ins.\n";
    return;
  }
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

}  // namespace libcoach::detail::markdown
