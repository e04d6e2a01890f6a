// The audit trail as Python sees it: entries (never content) and chain verification.

#include "common.hpp"

namespace libcoach::python {

namespace {
py::bytes digest_bytes(const Digest& d) {
  return {reinterpret_cast<const char*>(d.data()), d.size()};
}
}  // namespace

void bind_audit(py::module_& m) {
  py::class_<AuditEntry>(m, "AuditEntry",
                         "One audited access: who, what, which record, why and how it ended. "
                         "Never content.")
      .def_readonly("sequence", &AuditEntry::sequence, "1-based position in the trail.")
      .def_readonly("at", &AuditEntry::at)
      .def_readonly("viewer", &AuditEntry::viewer)
      .def_readonly("action", &AuditEntry::action)
      .def_readonly("kind", &AuditEntry::kind)
      .def_readonly("record", &AuditEntry::record, "Nil for list entries.")
      .def_readonly("engagement", &AuditEntry::engagement)
      .def_readonly("client", &AuditEntry::client)
      .def_readonly("purpose", &AuditEntry::purpose, "The viewer's stated purpose code.")
      .def_readonly("outcome", &AuditEntry::outcome)
      .def_readonly("count", &AuditEntry::count, "Records concerned (list entries).")
      .def_property_readonly(
          "previous", [](const AuditEntry& e) { return digest_bytes(e.previous); },
          "BLAKE2b-256 of the previous entry (zeros for the first).")
      .def_property_readonly(
          "hash", [](const AuditEntry& e) { return digest_bytes(e.hash); },
          "BLAKE2b-256 over `previous` and this entry's fields.")
      .def("__repr__", [](const AuditEntry& e) {
        return "<AuditEntry #" + std::to_string(e.sequence) + " " + e.at.to_string() + " " +
               std::string(to_string(e.action)) + " " + std::string(to_string(e.kind)) + " " +
               std::string(to_string(e.outcome)) + " viewer=" + short_actor(e.viewer) +
               (e.record.is_nil() ? " count=" + std::to_string(e.count)
                                  : " record=" + short_id(e.record.value)) +
               ">";
      });
  py::class_<AuditVerification>(m, "AuditVerification",
                                "The outcome of verifying a chain; truthy when intact.")
      .def_readonly("ok", &AuditVerification::ok)
      .def_readonly("first_bad", &AuditVerification::first_bad,
                    "Sequence of the first bad entry, if any.")
      .def_readonly("problem", &AuditVerification::problem)
      .def("__bool__", [](const AuditVerification& v) { return v.ok; })
      .def("__repr__", [](const AuditVerification& v) {
        return v.ok ? std::string("<AuditVerification ok>")
                    : "<AuditVerification bad at #" + std::to_string(v.first_bad.value_or(0)) +
                          ": " + v.problem + ">";
      });
  m.def(
      "verify_audit_chain",
      [](const std::vector<AuditEntry>& entries) { return verify_audit_chain(entries); },
      py::arg("entries"), py::call_guard<py::gil_scoped_release>(),
      "Checks a chain of entries: dense sequence numbers from 1, each `previous` equal to the "
      "prior hash, each hash recomputed.");
  m.def(
      "audit_hash", [](const AuditEntry& e) { return digest_bytes(audit_hash(e)); },
      py::arg("entry"), "The hash an entry should carry, given its fields and `previous`.");
}

}  // namespace libcoach::python
