#pragma once
// What every report class of the Python module shares: the compact notebook card and the
// members (kind, viewer, generated, as_of, to_json, to_dict, to_csv, to_markdown).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common.hpp"
#include "json_values.hpp"
#include "libcoach/reports/reports.hpp"

namespace libcoach::python {

// A compact card: the report's title and a few content-free figures (counts, dates, ids).
inline std::string card(std::string_view title, const ReportHeader& h,
                        const std::vector<std::pair<std::string, std::string>>& rows) {
  std::string out =
      "<table class=\"libcoach-report\"><caption>" + html_escape(title) + "</caption><tbody>";
  const auto row = [&out](std::string_view k, std::string_view v) {
    out += "<tr><th>" + html_escape(k) + "</th><td>" + html_escape(v) + "</td></tr>";
  };
  row("generated", h.generated.to_string());
  row("as of", h.as_of.to_string());
  row("for", std::string(to_string(h.viewer.role)) + ":" + short_id(h.viewer.id));
  for (const auto& [k, v] : rows)
    row(k, v);
  out += "</tbody></table>";
  return out;
}

inline std::string hours_text(double h) {
  std::string s = std::to_string(h);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.')
    s.pop_back();
  return s;
}

// The members every report class shares.
template <class R>
py::class_<R> report_class(py::module_& m, const char* name, const char* doc) {
  py::class_<R> c(m, name, doc);
  c.def_property_readonly(
       "kind", [](const R& r) { return std::string(to_string(r.header.kind)); },
       "The report kind: engagement, sponsor, hours, calendar, practice, prep or nudges.")
      .def_property_readonly(
          "viewer", [](const R& r) { return r.header.viewer; }, "Who it was produced for.")
      .def_property_readonly(
          "generated", [](const R& r) { return r.header.generated; }, "When it was produced (UTC).")
      .def_property_readonly(
          "as_of", [](const R& r) { return r.header.as_of; },
          "The day overdue items are judged against.")
      .def(
          "to_json", [](const R& r) { return render_json(r); },
          "The report as JSON (docs/schema/report-<kind>.schema.json).")
      .def(
          "to_dict", [](const R& r) { return python_values(detail::json::document(r)); },
          "The JSON document as Python values (what json.loads(to_json()) gives).")
      .def(
          "to_csv", [](const R& r) { return render_csv(r); }, "The tabular part as CSV.")
      .def(
          "to_markdown", [](const R& r) { return render_markdown(r); }, "The report as Markdown.");
  return c;
}

}  // namespace libcoach::python
