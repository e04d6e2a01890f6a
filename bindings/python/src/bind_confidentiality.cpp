// The records of confidentiality itself: therapy referrals (coach-only), client consents
// and break-glass disclosures.

#include "common.hpp"

namespace libcoach::python {

void bind_confidentiality(py::module_& m) {
  record_class<Referral>(m, "Referral",
                         "A referral of the client to a therapist. Always coach_private.")
      .def_readonly("on", &Referral::on)
      .def_readonly("reason", &Referral::reason)
      .def_readonly("referred_to", &Referral::referred_to)
      .def("__repr__", [](const Referral& r) {
        return record_repr("Referral", r.meta, " on=" + r.on.to_string());
      });
  record_class<Consent>(m, "Consent",
                        "A consent given by the client: a grantee may see specific records or "
                        "kinds for a purpose and a period. Revocable.")
      .def_readonly("consent_kind", &Consent::consent_kind)
      .def_readonly("grantee", &Consent::grantee)
      .def_readonly("records", &Consent::records)
      .def_readonly("kinds", &Consent::kinds)
      .def_readonly("purpose", &Consent::purpose)
      .def_readonly("from_", &Consent::from, "First day the consent applies.")
      .def_readonly("to", &Consent::to, "Last day the consent applies.")
      .def_readonly("revoked", &Consent::revoked, "When the client revoked it, if they did.")
      .def("in_force", &Consent::in_force, py::arg("now"),
           "True when granted, not revoked at `now`, and `now` falls in the period.")
      .def("__repr__", [](const Consent& c) {
        return record_repr("Consent", c.meta,
                           " kind=" + std::string(to_string(c.consent_kind)) +
                               (c.grantee ? " grantee=" + short_actor(*c.grantee) : std::string()) +
                               " " + c.from.to_string() + ".." + c.to.to_string() +
                               " records=" + std::to_string(c.records.size()) + " kinds=" +
                               std::to_string(c.kinds.size()) + (c.revoked ? " revoked" : ""));
      });
  record_class<Disclosure>(m, "Disclosure",
                           "The record of one break-glass disclosure. Visible to the "
                           "disclosing coach and to the client.")
      .def_readonly("disclosed_kind", &Disclosure::disclosed_kind)
      .def_readonly("disclosed", &Disclosure::disclosed)
      .def_readonly("reason", &Disclosure::reason)
      .def_readonly("justification", &Disclosure::justification)
      .def_readonly("recipient", &Disclosure::recipient)
      .def("__repr__", [](const Disclosure& d) {
        return record_repr("Disclosure", d.meta,
                           " reason=" + std::string(to_string(d.reason)) + " " +
                               std::string(to_string(d.disclosed_kind)) + "=" +
                               short_id(d.disclosed.value));
      });
}

}  // namespace libcoach::python
