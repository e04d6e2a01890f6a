// The deterministic synthetic practice: for demos, tests and benchmarks. Generation runs
// with the GIL released (a large practice takes a while).

#include "common.hpp"

namespace libcoach::python {

namespace {
SyntheticOptions options_of(std::uint64_t seed, const EnumArg<Scale>& scale,
                            std::optional<Date> start) {
  SyntheticOptions options;
  options.seed = seed;
  options.scale = enum_of(scale);
  if (start)
    options.start = *start;
  return options;
}
}  // namespace

void bind_synthetic(py::module_& m, py::class_<Practice>& practice) {
  py::class_<SyntheticRoster>(m, "SyntheticRoster",
                              "The ids of what the generator created, to look around with.")
      .def_readonly("admin", &SyntheticRoster::admin)
      .def_readonly("coaches", &SyntheticRoster::coaches)
      .def_readonly("clients", &SyntheticRoster::clients)
      .def_readonly("organizations", &SyntheticRoster::organizations)
      .def_readonly("sponsor_contacts", &SyntheticRoster::sponsor_contacts)
      .def_readonly("supervisors", &SyntheticRoster::supervisors)
      .def_readonly("engagements", &SyntheticRoster::engagements)
      .def("__repr__", [](const SyntheticRoster& r) {
        return "<SyntheticRoster coaches=" + std::to_string(r.coaches.size()) +
               " clients=" + std::to_string(r.clients.size()) +
               " organizations=" + std::to_string(r.organizations.size()) +
               " engagements=" + std::to_string(r.engagements.size()) + ">";
      });

  const py::arg_v scale_default("scale", EnumArg<Scale>{Scale::small}, "Scale.small");

  m.def(
      "populate_practice",
      [](Practice& target, std::uint64_t seed, const EnumArg<Scale>& scale,
         std::optional<Date> start) {
        return populate_practice(target, options_of(seed, scale, start));
      },
      py::arg("practice"), py::kw_only(), py::arg("seed") = 42, scale_default,
      py::arg("start") = py::none(), released(),
      "Fills an empty practice with a synthetic one (raises Conflict when it already has an "
      "admin). `scale`: tiny, small, medium or large. `start`: first day (2026-01-01).");

  practice.def_static(
      "synthetic",
      [](std::uint64_t seed, const EnumArg<Scale>& scale, std::optional<Date> start) {
        const SyntheticOptions options = options_of(seed, scale, start);
        auto out = std::make_unique<Practice>(synthetic_practice_options(options));
        SyntheticRoster roster = populate_practice(*out, options);
        return std::make_pair(std::move(out), std::move(roster));
      },
      py::kw_only(), py::arg("seed") = 42, scale_default, py::arg("start") = py::none(), released(),
      "A reproducible synthetic practice (its own stepping clock and seeded ids) and the "
      "roster of what was created: the same arguments always give the same practice.");
}

}  // namespace libcoach::python
