// The practice aggregates report (libcoach/reports/practice_aggregates.hpp): k-anonymous
// figures for a practice admin or a sponsor contact, built in C++ with the GIL released.
// Python gets the report object (renderers, a content-free card) and `practice_aggregates`.

#include <pybind11/functional.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "common.hpp"
#include "libcoach/reports/reports.hpp"
#include "report_class.hpp"

namespace libcoach::python {

namespace {

std::size_t count_cells(const PracticeAggregates& r, bool suppressed) {
  std::size_t n = r.total.suppressed == suppressed ? 1 : 0;
  for (const auto& t : r.tables)
    for (const auto& c : t.cells)
      n += c.suppressed == suppressed ? 1 : 0;
  return n;
}

std::optional<std::int32_t> total_clients(const PracticeAggregates& r) {
  if (!r.total.measures)
    return std::nullopt;
  return r.total.measures->clients;
}

std::string period_text(const PracticeAggregates& r) {
  return (r.from ? r.from->to_string() : std::string("…")) + " to " +
         (r.to ? r.to->to_string() : std::string("…"));
}

using Progress = std::function<void(std::uint64_t, std::uint64_t)>;

}  // namespace

void bind_practice_aggregates(py::module_& m) {
  report_class<PracticeAggregates>(
      m, "PracticeAggregates",
      "k-anonymous figures across engagements by organization, coach, cohort and month, for a\n"
      "practice admin or a sponsor contact (see docs/reports.md).")
      .def_readonly("k", &PracticeAggregates::k, "The anonymity threshold used.")
      .def_readonly("organization", &PracticeAggregates::organization,
                    "The organization covered; None: all.")
      .def_property_readonly("total_clients", &total_clients,
                             "Distinct clients of the total; None when suppressed.")
      .def_property_readonly(
          "published_cells", [](const PracticeAggregates& r) { return count_cells(r, false); },
          "Number of cells published, the total included.")
      .def_property_readonly(
          "suppressed_cells", [](const PracticeAggregates& r) { return count_cells(r, true); },
          "Number of cells suppressed, the total included.")
      .def("_repr_html_",
           [](const PracticeAggregates& r) {
             const auto clients = total_clients(r);
             return card("Practice aggregates", r.header,
                         {{"period", period_text(r)},
                          {"organization", r.organization ? short_id(*r.organization) : "all"},
                          {"k", std::to_string(r.k)},
                          {"clients", clients ? std::to_string(*clients) : "suppressed"},
                          {"cells published", std::to_string(count_cells(r, false))},
                          {"cells suppressed", std::to_string(count_cells(r, true))}});
           })
      .def("__repr__", [](const PracticeAggregates& r) {
        return "<PracticeAggregates k=" + std::to_string(r.k) +
               " published=" + std::to_string(count_cells(r, false)) +
               " suppressed=" + std::to_string(count_cells(r, true)) + ">";
      });

  m.def(
      "practice_aggregates",
      [](const View& view, std::optional<Date> from, std::optional<Date> to,
         std::optional<OrganizationId> organization, std::int32_t k, std::optional<Date> as_of,
         std::optional<Progress> progress) {
        PracticeAggregateOptions options;
        options.from = from;
        options.to = to;
        options.organization = organization;
        options.k = k;
        options.as_of = as_of;
        if (progress)
          options.progress = std::move(*progress);  // Takes the GIL when called.
        return practice_aggregates(view, options);
      },
      py::arg("view"), py::kw_only(), py::arg("from_") = py::none(), py::arg("to") = py::none(),
      py::arg("organization") = py::none(), py::arg("k") = 5, py::arg("as_of") = py::none(),
      py::arg("progress") = py::none(), released(),
      "k-anonymous practice aggregates for the view's viewer: a practice admin (every\n"
      "organization, or `organization`) or a sponsor contact (their own organization).\n"
      "`progress(done, total)` is called while it is computed. Raises ValidationError when\n"
      "k < 3 or from_ > to, AccessDenied for other viewers or another organization. Audited.");
}

}  // namespace libcoach::python
