// The client's data rights: legal holds, shredding, retention, tombstones, key rotation, and
// the JSON interchange (practice backup and restore, client data package). Every call
// releases the GIL: shredding and retention compact the store, exports walk everything.

#include <pybind11/native_enum.h>
#include <pybind11/stl/filesystem.h>

#include "common.hpp"
#include "libcoach/interchange.hpp"

namespace libcoach::python {

namespace {

std::string short_date(const Date& d) {
  return d.to_string();
}

}  // namespace

void bind_data_rights(py::module_& m, py::class_<Practice>& practice) {
  py::native_enum<ErasureReason>(m, "ErasureReason", "enum.Enum", "Why content was erased.")
      .value("shredded", ErasureReason::shredded)
      .value("retention", ErasureReason::retention)
      .finalize();

  py::class_<Tombstone>(m, "Tombstone",
                        "An erased record (or, with record_kind client, a shredded client): "
                        "ids and dates only.")
      .def_readonly("id", &Tombstone::id)
      .def_readonly("record_kind", &Tombstone::record_kind)
      .def_readonly("engagement", &Tombstone::engagement)
      .def_readonly("client", &Tombstone::client)
      .def_readonly("reason", &Tombstone::reason)
      .def_readonly("at", &Tombstone::at)
      .def_readonly("erased_seq", &Tombstone::erased_seq)
      .def("__repr__", [](const Tombstone& t) {
        return "<Tombstone " + std::string(to_string(t.record_kind)) + " " + short_id(t.id) + " " +
               std::string(to_string(t.reason)) + ">";
      });
  py::class_<LegalHold>(m, "LegalHold", "A legal hold in force on a client's data.")
      .def_readonly("client", &LegalHold::id)
      .def_readonly("since", &LegalHold::since)
      .def_readonly("by", &LegalHold::by)
      .def("__repr__",
           [](const LegalHold& h) { return "<LegalHold client=" + short_id(h.id) + ">"; });

  py::class_<RetentionRule>(m, "RetentionRule",
                            "Content of `scope` (and `kind`, when given) is erased "
                            "`months_after_end` months after its engagement ended.")
      .def(py::init([](EnumArg<Scope> scope, std::int32_t months_after_end,
                       std::optional<EnumArg<RecordKind>> kind) {
             RetentionRule rule;
             rule.scope = enum_of(scope);
             rule.months_after_end = months_after_end;
             if (kind)
               rule.kind = enum_of(*kind);
             return rule;
           }),
           py::arg("scope"), py::arg("months_after_end"), py::kw_only(),
           py::arg("kind") = py::none())
      .def_readonly("scope", &RetentionRule::scope)
      .def_readonly("months_after_end", &RetentionRule::months_after_end)
      .def_readonly("kind", &RetentionRule::kind)
      .def("__repr__", [](const RetentionRule& r) {
        return "<RetentionRule " + std::string(to_string(r.scope)) +
               (r.kind ? "/" + std::string(to_string(*r.kind)) : std::string()) + " " +
               std::to_string(r.months_after_end) + " months>";
      });
  py::class_<RetainedRecordErasure>(m, "RetainedRecordErasure",
                                    "One record a retention run erased (or would erase).")
      .def_readonly("id", &RetainedRecordErasure::id)
      .def_readonly("kind", &RetainedRecordErasure::kind)
      .def_readonly("engagement", &RetainedRecordErasure::engagement)
      .def_readonly("scope", &RetainedRecordErasure::scope)
      .def_readonly("engagement_ended", &RetainedRecordErasure::engagement_ended)
      .def_readonly("due", &RetainedRecordErasure::due)
      .def("__repr__", [](const RetainedRecordErasure& e) {
        return "<RetainedRecordErasure " + std::string(to_string(e.kind)) + " " + short_id(e.id) +
               " due=" + short_date(e.due) + ">";
      });
  py::class_<RetentionReport>(m, "RetentionReport", "What apply_retention found and did.")
      .def_readonly("dry_run", &RetentionReport::dry_run)
      .def_readonly("as_of", &RetentionReport::as_of)
      .def_readonly("erased", &RetentionReport::erased)
      .def_readonly("held_back", &RetentionReport::held_back)
      .def("counts", &RetentionReport::counts, "Erased records per kind.")
      .def("__repr__", [](const RetentionReport& r) {
        return std::string("<RetentionReport ") + (r.dry_run ? "dry_run " : "") +
               "erased=" + std::to_string(r.erased.size()) +
               " held_back=" + std::to_string(r.held_back) + ">";
      });
  m.def("add_months", &add_months, py::arg("date"), py::arg("months"),
        "The date `months` calendar months later (clamped to the month's last day).");

  practice
      .def(
          "set_legal_hold",
          [](Practice& p, const ActorArg& by, ClientId client, bool held) {
            p.set_legal_hold(by.actor, client, held);
          },
          py::arg("by"), py::arg("client"), py::arg("held") = true, released(),
          "Places (or, with held=False, lifts) a legal hold on a client's data. Admins only.")
      .def(
          "shred_client",
          [](Practice& p, const ActorArg& by, ClientId client) {
            p.shred_client(by.actor, client);
          },
          py::arg("by"), py::arg("client"), released(),
          "Right to erasure: destroys the client's data key, erases their content and compacts "
          "the store; their records stay as tombstones. Raises LegalHoldError while a hold is "
          "in force. Admins only. Irreversible.")
      .def(
          "apply_retention",
          [](Practice& p, const ActorArg& by, const std::vector<RetentionRule>& rules,
             std::optional<Date> as_of,
             bool dry_run) { return p.apply_retention(by.actor, rules, as_of, dry_run); },
          py::arg("by"), py::arg("rules"), py::kw_only(), py::arg("as_of") = py::none(),
          py::arg("dry_run") = false, released(),
          "Erases content whose retention period ran out (as of `as_of`, default today) and "
          "compacts; with dry_run=True changes nothing and reports the same list.")
      .def(
          "tombstones",
          [](const Practice& p, const ActorArg& by) { return p.tombstones(by.actor); },
          py::arg("by"), released(), "Every tombstone, oldest first. Admins only.")
      .def(
          "legal_holds",
          [](const Practice& p, const ActorArg& by) { return p.legal_holds(by.actor); },
          py::arg("by"), released(), "The legal holds in force. Admins only.")
      .def_property_readonly("is_encrypted", &Practice::is_encrypted,
                             "True when the store encrypts content at rest.")
      .def(
          "rotate_key",
          [](Practice& p, const std::shared_ptr<KeySource>& next) { p.rotate_key(*next); },
          py::arg("next"), released(),
          "Re-wraps the store's data keys under a new key; only the key file changes.");

  m.def(
      "export_practice",
      [](const Practice& p, const ActorArg& by) { return export_practice(p, by.actor); },
      py::arg("practice"), py::arg("by"), released(),
      "The whole practice as one JSON document (docs/interchange.md). Admins only; audited. "
      "The document holds confidential content in plain text: protect it like the key.");
  m.def(
      "export_client",
      [](const Practice& p, const ActorArg& by, ClientId client) {
        return export_client(p, by.actor, client);
      },
      py::arg("practice"), py::arg("by"), py::arg("client"), released(),
      "Everything held about one client as one JSON document (right of access). The client "
      "or an admin; audited.");
  m.def(
      "import_practice",
      [](const std::string& json, std::optional<std::filesystem::path> path,
         const OptionalClock& clock, std::optional<std::uint64_t> id_seed,
         std::optional<std::shared_ptr<KeySource>> key,
         std::optional<std::filesystem::path> key_file) {
        PracticeOptions options = practice_options(clock, id_seed);
        OpenOptions store;
        if (key)
          store.key = *key;
        if (key_file)
          store.key_file = *key_file;
        py::gil_scoped_release release;
        if (path)
          return std::make_unique<Practice>(
              import_practice(json, *path, std::move(options), store));
        return std::make_unique<Practice>(import_practice(json, std::move(options)));
      },
      py::arg("json"), py::arg("path") = py::none(), py::kw_only(), py::arg("clock") = py::none(),
      py::arg("id_seed") = py::none(), py::arg("key") = py::none(),
      py::arg("key_file") = py::none(),
      "A practice restored from an export: in memory, or in a new store directory `path` "
      "(encrypted with `key`). Invalid documents raise ValidationError naming the JSON path; "
      "nothing is created then.");
}

}  // namespace libcoach::python
