// The practice aggregates as JSON (docs/schema/report-practice.schema.json).

#include "libcoach/reports/json.hpp"
#include "reports/json_document.hpp"

namespace libcoach {

namespace {

using detail::json::Json;
using detail::json::opt;

Json opt(const std::optional<std::int32_t>& x) {
  return x ? Json(*x) : Json(nullptr);
}

// Every measure is present: null when the cell is suppressed (or the measure absent).
Json cell(const AggregateCell& c) {
  const std::optional<AggregateMeasures>& m = c.measures;
  const auto count = [&m](std::int32_t AggregateMeasures::*field) {
    return m ? Json(*m.*field) : Json(nullptr);
  };
  Json j;
  j["key"] = c.key;
  j["label"] = c.label;
  j["suppressed"] = c.suppressed;
  j["clients"] = count(&AggregateMeasures::clients);
  j["engagements"] = count(&AggregateMeasures::engagements);
  j["sessions_held"] = count(&AggregateMeasures::sessions_held);
  j["sessions_cancelled"] = count(&AggregateMeasures::sessions_cancelled);
  j["sessions_no_show"] = count(&AggregateMeasures::sessions_no_show);
  j["attendance_rate"] = m ? opt(m->attendance_rate) : Json(nullptr);
  j["goals"] = m ? opt(m->goals) : Json(nullptr);
  j["goals_achieved"] = m ? opt(m->goals_achieved) : Json(nullptr);
  j["wellbeing_mean"] = m ? opt(m->wellbeing_mean) : Json(nullptr);
  return j;
}

Json themes(const std::vector<ThemeCount>& list) {
  Json out = Json::array();
  for (const auto& t : list)
    out.push_back({{"name", t.name}, {"clients", t.clients}});
  return out;
}

}  // namespace

detail::json::Json detail::json::document(const PracticeAggregates& r) {
  Json j = detail::json::header(r.header);
  j["period"] = {{"from", opt(r.from)}, {"to", opt(r.to)}};
  j["organization"] = opt(r.organization);
  j["k"] = r.k;
  j["total"] = cell(r.total);
  Json tables = Json::array();
  for (const auto& t : r.tables) {
    Json cells = Json::array();
    for (const auto& c : t.cells)
      cells.push_back(cell(c));
    tables.push_back({{"dimension", std::string(to_string(t.dimension))}, {"cells", cells}});
  }
  j["tables"] = std::move(tables);
  j["themes"] = r.themes ? Json{{"values", themes(r.themes->values)},
                                {"belief_categories", themes(r.themes->belief_categories)}}
                         : Json(nullptr);
  return j;
}

std::string render_json(const PracticeAggregates& r) {
  return detail::json::dump(detail::json::document(r));
}

}  // namespace libcoach
