// The practice aggregates as CSV: one row per cell — the total first, then each table in
// key order — and one row per theme. Suppressed cells have `suppressed` 1 and empty measures.

#include "libcoach/reports/csv.hpp"
#include "reports/csv_parts.hpp"
#include "reports/format.hpp"

namespace libcoach {

namespace {

using detail::number_text;
using detail::csv::flag;
using detail::csv::row;
using detail::csv::txt;
using detail::csv::val;

std::string count_text(const std::optional<std::int32_t>& x) {
  return x ? std::to_string(*x) : std::string();
}

void cell_row(std::string& out, std::string_view dimension, const AggregateCell& c) {
  const std::optional<AggregateMeasures>& m = c.measures;
  const auto count = [&m](std::int32_t AggregateMeasures::*field) {
    return val(m ? std::to_string(*m.*field) : std::string());
  };
  row(out, {val(std::string(dimension)), txt(c.key), txt(c.label), flag(c.suppressed),
            count(&AggregateMeasures::clients), count(&AggregateMeasures::engagements),
            count(&AggregateMeasures::sessions_held), count(&AggregateMeasures::sessions_cancelled),
            count(&AggregateMeasures::sessions_no_show),
            val(m ? number_text(m->attendance_rate) : std::string()),
            val(m ? count_text(m->goals) : std::string()),
            val(m ? count_text(m->goals_achieved) : std::string()),
            val(m ? number_text(m->wellbeing_mean) : std::string())});
}

void theme_rows(std::string& out, std::string_view dimension, const std::vector<ThemeCount>& list) {
  for (const auto& t : list) {
    row(out, {val(std::string(dimension)), txt(t.name), txt(""), flag(false),
              val(std::to_string(t.clients)), val(""), val(""), val(""), val(""), val(""), val(""),
              val(""), val("")});
  }
}

}  // namespace

std::string render_csv(const PracticeAggregates& r) {
  std::string out;
  detail::csv::header_row(out, {"dimension", "key", "label", "suppressed", "clients", "engagements",
                                "sessions_held", "sessions_cancelled", "sessions_no_show",
                                "attendance_rate", "goals", "goals_achieved", "wellbeing_mean"});
  cell_row(out, "total", r.total);
  for (const auto& t : r.tables) {
    for (const auto& c : t.cells)
      cell_row(out, to_string(t.dimension), c);
  }
  if (r.themes) {
    theme_rows(out, "value_theme", r.themes->values);
    theme_rows(out, "belief_theme", r.themes->belief_categories);
  }
  return out;
}

}  // namespace libcoach
