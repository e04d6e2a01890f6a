#pragma once
// Shared by every bind_<area>.cpp: the datetime converters, enum arguments that also accept
// their lower-case names, content-free repr helpers, the guard used on every call into the
// practice, and the declarations of the per-area binding functions.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "libcoach/reports/html_escape.hpp"

namespace py = pybind11;

namespace libcoach::python {

// The datetime conversions live in bind_time.cpp, the one translation unit that includes
// CPython's datetime.h: its C API pointer is a per-file static, so inline code using it from
// this header would read an uninitialised copy in every other file.

/// Reads a datetime.date (not a datetime) into `out`; false when `value` is something else.
/// \throws ValidationError for dates outside libcoach's range.
bool date_from_python(py::handle value, Date& out);
/// A datetime.date.
py::object date_to_python(Date d);
/// True for a datetime.datetime.
bool is_python_datetime(py::handle value);

/// Converts an aware datetime to a Timestamp (microseconds are dropped: libcoach keeps
/// seconds). Naive datetimes are refused: guessing a zone would silently shift session times.
Timestamp timestamp_from_python(py::handle value);
/// A timezone-aware UTC datetime.
py::object timestamp_to_python(Timestamp t);

/// An enum argument given either as the enum member or as its lower-case name.
template <class E>
using EnumArg = std::variant<E, std::string>;

template <class E>
E parse_enum(std::string_view text);

// The C++ parsers are the single source of truth for the names (and throw ValidationError).
#define LIBCOACH_PARSE_ENUM(E, parser)            \
  template <>                                     \
  inline E parse_enum<E>(std::string_view text) { \
    return parser(text);                          \
  }
LIBCOACH_PARSE_ENUM(Role, parse_role)
LIBCOACH_PARSE_ENUM(Scope, parse_scope)
LIBCOACH_PARSE_ENUM(RecordKind, parse_record_kind)
LIBCOACH_PARSE_ENUM(Credential, parse_credential)
LIBCOACH_PARSE_ENUM(ContactRole, parse_contact_role)
LIBCOACH_PARSE_ENUM(EngagementStatus, parse_engagement_status)
LIBCOACH_PARSE_ENUM(Modality, parse_modality)
LIBCOACH_PARSE_ENUM(SessionStatus, parse_session_status)
LIBCOACH_PARSE_ENUM(GoalStatus, parse_goal_status)
LIBCOACH_PARSE_ENUM(Cadence, parse_cadence)
LIBCOACH_PARSE_ENUM(BeliefKind, parse_belief_kind)
LIBCOACH_PARSE_ENUM(ReflectionPractice, parse_reflection_practice)
LIBCOACH_PARSE_ENUM(ConsentKind, parse_consent_kind)
LIBCOACH_PARSE_ENUM(DisclosureReason, parse_disclosure_reason)
LIBCOACH_PARSE_ENUM(Scale, parse_scale)
#undef LIBCOACH_PARSE_ENUM

template <class E>
E enum_of(const EnumArg<E>& value) {
  if (const E* e = std::get_if<E>(&value))
    return *e;
  return parse_enum<E>(std::get<std::string>(value));
}

/// The first 8 hex digits of an id and an ellipsis: enough to tell records apart in a repr.
inline std::string short_id(const boost::uuids::uuid& id) {
  return format_uuid(id).substr(0, 8) + "…";
}
template <class IdT>
std::string short_id(const IdT& id) {
  return short_id(id.value);
}

/// "<Kind 1b4e28ba… scope=coaching EXTRA>" for a content record; never any of its text.
std::string record_repr(std::string_view type, const RecordMeta& meta, const std::string& extra);

// Every value a notebook repr (_repr_html_) shows goes through the library's html_escape
// (libcoach/reports/html_escape.hpp), the same escaper as the HTML reports'.
using libcoach::html_escape;
/// A compact card: a title and one row per (label, value), all escaped (bind_model.cpp).
std::string html_card(std::string_view title,
                      const std::vector<std::pair<std::string, std::string>>& rows);

/// "role:1b4e28ba…".
inline std::string short_actor(const Actor& a) {
  return std::string(to_string(a.role)) + ":" + short_id(a.id);
}

/// " name=value" for a set optional date, "" otherwise.
inline std::string opt_date(std::string_view name, const std::optional<Date>& d) {
  return d ? " " + std::string(name) + "=" + d->to_string() : std::string();
}

/// A content record's class with its id, kind and metadata as read-only properties. Records
/// are copies taken under the practice's lock: reading them later never races a writer.
template <class R>
py::class_<R> record_class(py::module_& m, const char* name, const char* doc) {
  py::class_<R> c(m, name, doc);
  c.def_property_readonly("id", &R::id, "The record's typed id.")
      .def_property_readonly(
          "kind", [](const R&) { return R::kind; }, "The record kind.")
      .def_readonly("meta", &R::meta, "Id, engagement, client, scope, author and creation.")
      .def_property_readonly(
          "engagement", [](const R& r) { return r.meta.engagement; },
          "The engagement the record belongs to.")
      .def_property_readonly(
          "client", [](const R& r) { return r.meta.client; }, "The client of that engagement.")
      .def_property_readonly(
          "scope", [](const R& r) { return r.meta.scope; }, "Who the record is meant for.")
      .def_property_readonly(
          "author", [](const R& r) { return r.meta.author; }, "Who created it.")
      .def_property_readonly(
          "created", [](const R& r) { return r.meta.created; }, "When it was created (UTC).")
      .def_property_readonly(
          "redacted", [](const R& r) { return r.meta.redacted; },
          "True when the policy removed its text for this viewer.");
  return c;
}

/// Brings spdlog's level in line with the "libcoach" Python logger's effective level, so
/// that a line Python would drop is never formatted (and never takes the GIL).
void sync_log_level();

/// Constructed, in order, before every call into a Practice or View: sync the log level
/// while the GIL is still held, then release the GIL. Every call that may take the practice's
/// lock must release the GIL first, because the practice calls back into Python (the clock,
/// the log sink) while holding that lock.
struct SyncLogLevel {
  SyncLogLevel() { sync_log_level(); }
};
using released = py::call_guard<SyncLogLevel, py::gil_scoped_release>;

/// \name The binding areas, called from module.cpp in dependency order
///@{
void bind_errors(py::module_& m);
void bind_enums(py::module_& m);
void bind_ids(py::module_& m);
void bind_time(py::module_& m);
void bind_model(py::module_& m);
void bind_outer(py::module_& m);
void bind_inner(py::module_& m);
void bind_confidentiality(py::module_& m);
void bind_audit(py::module_& m);
void bind_view(py::module_& m);
void bind_practice(py::module_& m);
void bind_synthetic(py::module_& m, py::class_<Practice>& practice);
void bind_store(py::module_& m, py::class_<Practice>& practice);
void bind_logging(py::module_& m);
/// Wraps every function of the module so that argument-type errors do not echo arguments.
void scrub_type_errors(py::module_& m);
///@}

/// The `clock=` argument of Practice constructors: None, a native Clock or a Python callable.
using OptionalClock = py::typing::Optional<py::typing::Callable<Timestamp()>>;
/// PracticeOptions from the Python arguments every Practice constructor takes.
PracticeOptions practice_options(const OptionalClock& clock, std::optional<std::uint64_t> id_seed);

/// An actor argument: an Actor, or a party id, whose kind fixes the role. A dedicated type
/// (rather than an implicit conversion) so that the stubs name every accepted type.
struct ActorArg {
  Actor actor;
};

/// A record id argument: a RecordId or one of the typed ids in `Ids`.
template <class... Ids>
struct AnyRecordId {
  RecordId id;
};
/// Any record an engagement holds (consents, disclosures).
using ContentRecordId =
    AnyRecordId<RecordId, SessionId, NoteId, GoalId, MilestoneId, ActionItemId, HabitId, SkillId,
                ValueId, BeliefId, FearId, PurposeId, ReflectionId, InsightId, WellbeingId, LinkId,
                ConsentId, DisclosureId, ReferralId>;
/// The inner items a goal can be linked to.
using InnerRecordId =
    AnyRecordId<RecordId, ValueId, BeliefId, FearId, PurposeId, ReflectionId, InsightId>;

/// A native clock (system or stepping) handed to Python as libcoach.Clock: reading it needs
/// no Python call, so a practice built with it never takes the GIL for the time.
struct ClockHolder {
  Clock clock;
};
/// Wraps a Python callable returning an aware datetime into a libcoach Clock.
Clock clock_from_python(py::object callable);

}  // namespace libcoach::python

namespace pybind11::detail {

/// True when `src` is an instance of exactly the Python class bound for T. Casters that
/// accept one of several classes look for the exact class first: a pybind11 load that fails
/// is not cheap (it looks up a module-local attribute on the argument's type, which raises
/// and formats an AttributeError), and trying the alternatives in order cost a command
/// several of them — microseconds per call.
template <class T>
bool is_exact_instance(handle src) {
  static PyTypeObject* const type =
      reinterpret_cast<PyTypeObject*>(get_type_handle(typeid(T), /*throw_if_missing=*/true).ptr());
  return Py_TYPE(src.ptr()) == type;
}

template <>
struct type_caster<libcoach::Date> {
  PYBIND11_TYPE_CASTER(libcoach::Date, const_name("datetime.date"));

  bool load(handle src, bool /*convert*/) {
    return src && libcoach::python::date_from_python(src, value);
  }
  static handle cast(libcoach::Date d, return_value_policy /*policy*/, handle /*parent*/) {
    return libcoach::python::date_to_python(d).release();
  }
};

template <>
struct type_caster<libcoach::Timestamp> {
  PYBIND11_TYPE_CASTER(libcoach::Timestamp, const_name("datetime.datetime"));

  bool load(handle src, bool /*convert*/) {
    if (!src || !libcoach::python::is_python_datetime(src))
      return false;
    value = libcoach::python::timestamp_from_python(src);
    return true;
  }
  static handle cast(libcoach::Timestamp t, return_value_policy /*policy*/, handle /*parent*/) {
    return libcoach::python::timestamp_to_python(t).release();
  }
};

template <>
struct type_caster<libcoach::python::ActorArg> {
  PYBIND11_TYPE_CASTER(libcoach::python::ActorArg,
                       union_concat(make_caster<libcoach::Actor>::name,
                                    make_caster<libcoach::CoachId>::name,
                                    make_caster<libcoach::ClientId>::name,
                                    make_caster<libcoach::SponsorContactId>::name,
                                    make_caster<libcoach::AdminId>::name,
                                    make_caster<libcoach::SupervisorId>::name));

  bool load(handle src, bool /*convert*/) {
    using namespace libcoach;
    // The argument's exact class first (see is_exact_instance), then subclasses in order.
    for (const bool exact : {true, false}) {
      if (load_as<Actor>(src, exact, [](const Actor& a) { return a; }) ||
          load_as<CoachId>(src, exact, &Actor::coach) ||
          load_as<ClientId>(src, exact, &Actor::client) ||
          load_as<SponsorContactId>(src, exact, &Actor::sponsor) ||
          load_as<AdminId>(src, exact, &Actor::admin) ||
          load_as<SupervisorId>(src, exact, &Actor::supervisor)) {
        return true;
      }
    }
    return false;
  }

  static handle cast(const libcoach::python::ActorArg& v, return_value_policy policy,
                     handle parent) {
    return make_caster<libcoach::Actor>::cast(v.actor, policy, parent);
  }

 private:
  template <class T, class F>
  bool load_as(handle src, bool exact, F&& to_actor) {
    if (exact && !is_exact_instance<T>(src))
      return false;
    make_caster<T> caster;
    if (!caster.load(src, false))
      return false;
    value.actor = to_actor(cast_op<T&>(caster));
    return true;
  }
};

template <class... Ids>
struct type_caster<libcoach::python::AnyRecordId<Ids...>> {
  using Value = libcoach::python::AnyRecordId<Ids...>;
  PYBIND11_TYPE_CASTER(Value, union_concat(make_caster<Ids>::name...));

  bool load(handle src, bool /*convert*/) {
    // The argument's exact class first (see is_exact_instance), then subclasses in order.
    return (load_as<Ids>(src, true) || ...) || (load_as<Ids>(src, false) || ...);
  }

  static handle cast(const Value& v, return_value_policy policy, handle parent) {
    return make_caster<libcoach::RecordId>::cast(v.id, policy, parent);
  }

 private:
  static libcoach::RecordId record_of(const libcoach::RecordId& id) { return id; }
  template <class T>
  static libcoach::RecordId record_of(const T& id) {
    return id.record();
  }
  template <class T>
  bool load_as(handle src, bool exact) {
    if (exact && !is_exact_instance<T>(src))
      return false;
    make_caster<T> caster;
    if (!caster.load(src, false))
      return false;
    value.id = record_of(cast_op<T&>(caster));
    return true;
  }
};

}  // namespace pybind11::detail
