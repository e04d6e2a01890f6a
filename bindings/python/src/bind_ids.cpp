// Strong ids: one Python class per id kind, so that a ClientId passed where a CoachId is
// expected fails with TypeError instead of quietly naming the wrong party. Actor (= Viewer)
// is built from a typed id, which fixes its role.

#include <pybind11/operators.h>
#include <pybind11/typing.h>

#include "common.hpp"

namespace libcoach::python {

namespace {

// `other: object` (not the id type) keeps the stubs compatible with object.__eq__, and an id
// of another kind is simply unequal rather than a TypeError.
template <class T>
py::object compare_equal(const T& a, const py::object& other, bool want_equal) {
  if (!py::isinstance<T>(other))
    return py::reinterpret_borrow<py::object>(Py_NotImplemented);
  return py::bool_((a == other.cast<const T&>()) == want_equal);
}

// What every id class has: parsing, text, comparisons, hashing and pickling.
template <class IdT>
void add_id_protocol(py::class_<IdT>& c, const char* name) {
  c.def(py::init(&IdT::parse), py::arg("text"),
        "Parses canonical UUID text (raises ValidationError when malformed).")
      .def_static("parse", &IdT::parse, py::arg("text"),
                  "Parses canonical UUID text (raises ValidationError when malformed).")
      .def_property_readonly("is_nil", &IdT::is_nil, "True for the all-zero UUID.")
      .def(
          "__eq__",
          [](const IdT& a, const py::object& other) { return compare_equal(a, other, true); },
          py::arg("other"), py::is_operator())
      .def(
          "__ne__",
          [](const IdT& a, const py::object& other) { return compare_equal(a, other, false); },
          py::arg("other"), py::is_operator())
      .def(py::self < py::self)
      .def(py::self <= py::self)
      .def(py::self > py::self)
      .def(py::self >= py::self)
      .def("__hash__", [](const IdT& id) { return UuidHash{}(id.value); })
      .def("__str__", &IdT::to_string)
      .def("__repr__",
           [name](const IdT& id) { return std::string(name) + "('" + id.to_string() + "')"; })
      .def(py::pickle([](const IdT& id)
                          -> py::typing::Tuple<py::str> { return py::make_tuple(id.to_string()); },
                      [](const py::typing::Tuple<py::str>& state) {
                        return IdT::parse(state[0].cast<std::string>());
                      }));
}

template <class IdT>
void bind_id(py::module_& m, const char* name, const char* what) {
  const std::string doc = std::string("The id of a ") + what +
                          ". Build one from canonical UUID text; compare, hash and print it.";
  py::class_<IdT> c(m, name, doc.c_str());
  add_id_protocol(c, name);
  c.def_property_readonly("record", &IdT::record, "The same UUID as an untyped RecordId.");
}

}  // namespace

void bind_ids(py::module_& m) {
  py::class_<RecordId> record_id(
      m, "RecordId",
      "An untyped record id, used where records of several kinds meet (links, "
      "consents, disclosures, audit entries). Every typed id converts to it.");
  add_id_protocol(record_id, "RecordId");

#define LIBCOACH_BIND_ID(Name, what) bind_id<Name>(m, #Name, what);
  LIBCOACH_BIND_ID(CoachId, "coach")
  LIBCOACH_BIND_ID(ClientId, "client")
  LIBCOACH_BIND_ID(OrganizationId, "sponsoring organization")
  LIBCOACH_BIND_ID(SponsorContactId, "sponsor contact")
  LIBCOACH_BIND_ID(AdminId, "practice admin")
  LIBCOACH_BIND_ID(SupervisorId, "supervisor")
  LIBCOACH_BIND_ID(EngagementId, "coaching engagement")
  LIBCOACH_BIND_ID(SessionId, "session")
  LIBCOACH_BIND_ID(NoteId, "note")
  LIBCOACH_BIND_ID(GoalId, "goal")
  LIBCOACH_BIND_ID(MilestoneId, "milestone")
  LIBCOACH_BIND_ID(ActionItemId, "action item")
  LIBCOACH_BIND_ID(HabitId, "habit")
  LIBCOACH_BIND_ID(SkillId, "rated skill")
  LIBCOACH_BIND_ID(ValueId, "core value")
  LIBCOACH_BIND_ID(BeliefId, "belief")
  LIBCOACH_BIND_ID(FearId, "fear")
  LIBCOACH_BIND_ID(PurposeId, "purpose statement")
  LIBCOACH_BIND_ID(ReflectionId, "reflection")
  LIBCOACH_BIND_ID(InsightId, "insight")
  LIBCOACH_BIND_ID(WellbeingId, "well-being check-in")
  LIBCOACH_BIND_ID(LinkId, "inner-to-goal link")
  LIBCOACH_BIND_ID(ConsentId, "consent")
  LIBCOACH_BIND_ID(DisclosureId, "break-glass disclosure")
  LIBCOACH_BIND_ID(ReferralId, "therapy referral")
#undef LIBCOACH_BIND_ID
  // After the typed ids, so that the signature names them.
  record_id.def(py::init([](const ContentRecordId& id) { return id.id; }), py::arg("id"),
                "The untyped form of a typed id. A RecordId never equals a typed id; compare "
                "with `typed_id.record`.");

  py::class_<Actor>(m, "Actor",
                    "A party acting on or looking at a practice: a role and the id of that "
                    "party. `Viewer` is the same class. Build one with Actor(party_id) or "
                    "Actor.coach(id) etc.; commands and views also take a party id directly.")
      .def(py::init(&Actor::coach), py::arg("id"))
      .def(py::init(&Actor::client), py::arg("id"))
      .def(py::init(&Actor::sponsor), py::arg("id"))
      .def(py::init(&Actor::admin), py::arg("id"))
      .def(py::init(&Actor::supervisor), py::arg("id"))
      .def_static("coach", &Actor::coach, py::arg("id"))
      .def_static("client", &Actor::client, py::arg("id"))
      .def_static("sponsor", &Actor::sponsor, py::arg("id"))
      .def_static("admin", &Actor::admin, py::arg("id"))
      .def_static("supervisor", &Actor::supervisor, py::arg("id"))
      .def_static("parse", &Actor::parse, py::arg("text"), "Parses \"role:uuid\".")
      .def_readonly("role", &Actor::role)
      .def_property_readonly(
          "id",
          [](const Actor& a) -> py::object {
            switch (a.role) {
              case Role::coach:
                return py::cast(CoachId{a.id});
              case Role::client:
                return py::cast(ClientId{a.id});
              case Role::sponsor_contact:
                return py::cast(SponsorContactId{a.id});
              case Role::admin:
                return py::cast(AdminId{a.id});
              case Role::supervisor:
                return py::cast(SupervisorId{a.id});
            }
            return py::cast(RecordId{a.id});
          },
          "The party's typed id (CoachId for a coach, ClientId for a client, ...).")
      // Only another Actor compares equal: `actor == coach_id` is False, as their hashes
      // differ.
      .def(
          "__eq__",
          [](const Actor& a, const py::object& other) { return compare_equal(a, other, true); },
          py::arg("other"), py::is_operator())
      .def(
          "__ne__",
          [](const Actor& a, const py::object& other) { return compare_equal(a, other, false); },
          py::arg("other"), py::is_operator())
      .def("__hash__",
           [](const Actor& a) {
             return UuidHash{}(a.id) ^ (static_cast<std::size_t>(a.role) * 0x9E3779B9u);
           })
      .def("__str__", &Actor::to_string)
      .def("__repr__", [](const Actor& a) { return "Actor.parse('" + a.to_string() + "')"; })
      .def(py::pickle([](const Actor& a)
                          -> py::typing::Tuple<py::str> { return py::make_tuple(a.to_string()); },
                      [](const py::typing::Tuple<py::str>& state) {
                        return Actor::parse(state[0].cast<std::string>());
                      }));
  m.attr("Viewer") = m.attr("Actor");
}

}  // namespace libcoach::python
