// Columnar listings as NumPy arrays, wrapped in libcoach.frames.Frame. The rows come from the
// C++ columnar listings (libcoach/access/columns.hpp), which apply the policy per row and
// audit like the per-record listings; this layer only moves the vectors into arrays without
// copying. Id columns leave as raw 16-byte UUIDs (NumPy dtype V16) that the Frame turns into
// strings on first use (`_id_texts`): one Python string per row is most of what a frame
// would otherwise cost, and many analyses never read an id. Engagement and client ids then
// get one string per distinct id, shared by every row that names it.

#include <pybind11/numpy.h>

#include <cstring>
#include <limits>
#include <memory>
#include <span>
#include <type_traits>
#include <unordered_map>

#include "common.hpp"
#include "libcoach/access/columns.hpp"

namespace libcoach::python {

/// The Python object a frame method returns; typed so that the stubs name the Python class.
struct FrameResult {
  py::object frame;
};

}  // namespace libcoach::python

namespace pybind11::detail {
template <>
struct type_caster<libcoach::python::FrameResult> {
  PYBIND11_TYPE_CASTER(libcoach::python::FrameResult, const_name("libcoach.frames.Frame"));
  bool load(handle, bool) { return false; }
  static handle cast(const libcoach::python::FrameResult& v, return_value_policy, handle) {
    return v.frame.inc_ref();
  }
};
}  // namespace pybind11::detail

namespace libcoach::python {

namespace {

// A Python object made once per process and kept (dtypes, category tuples, the Frame class):
// a frame of a few hundred rows costs little more than making these again would.
// pybind11's once-guard releases the GIL while another thread makes the object.
template <class Tag, class Make>
const py::object& made_once(Make&& make) {
  PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> stored;
  return stored.call_once_and_store_result(std::forward<Make>(make)).get_stored();
}

// A NumPy dtype by name (see made_once).
template <class Tag>
py::dtype named_dtype(const char* name) {
  return py::reinterpret_borrow<py::dtype>(made_once<Tag>([name] { return py::dtype(name); }));
}
struct BoolTag {};
struct InstantTag {};
struct DayTag {};
struct UuidTag {};

// A vector moved to the heap and owned by the array that views it as `dtype`: no copy.
template <class T>
py::array owned(std::vector<T>&& values, const py::dtype& dtype) {
  auto* owned = new std::vector<T>(std::move(values));
  py::capsule owner(owned, [](void* p) { delete static_cast<std::vector<T>*>(p); });
  return py::array(dtype, {static_cast<py::ssize_t>(owned->size())},
                   {static_cast<py::ssize_t>(sizeof(T))}, owned->data(), owner);
}

template <class T>
py::array take(std::vector<T>&& values) {
  return owned(std::move(values), py::dtype::of<T>());
}

// 0/1 bytes as a bool array (NumPy's bool is one byte), without copying.
py::array take_bool(std::vector<std::uint8_t>&& values) {
  return owned(std::move(values), named_dtype<BoolTag>("bool"));
}

// Seconds since the epoch as datetime64[s], without copying.
py::array take_instants(std::vector<std::int64_t>&& seconds) {
  return owned(std::move(seconds), named_dtype<InstantTag>("datetime64[s]"));
}

// Days since the epoch as datetime64[D]; NaT where `present` is 0 (when given).
py::array dates(const std::vector<std::int32_t>& days,
                const std::vector<std::uint8_t>* present = nullptr) {
  constexpr std::int64_t kNaT = std::numeric_limits<std::int64_t>::min();
  std::vector<std::int64_t> out(days.size());
  for (std::size_t i = 0; i < days.size(); ++i)
    out[i] = (present == nullptr || (*present)[i] != 0) ? days[i] : kNaT;
  return owned(std::move(out), named_dtype<DayTag>("datetime64[D]"));
}

// Small integers widened (or narrowed) to int32.
template <class T>
py::array int32s(const std::vector<T>& values) {
  std::vector<std::int32_t> out(values.begin(), values.end());
  return take(std::move(out));
}

// Writes the canonical 36-character text of a UUID.
void write_uuid(const boost::uuids::uuid& id, char* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  int j = 0;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10)
      out[j++] = '-';
    out[j++] = kHex[(id.data[i] >> 4) & 0xF];
    out[j++] = kHex[id.data[i] & 0xF];
  }
}

py::object uuid_str(const boost::uuids::uuid& id) {
  PyObject* s = PyUnicode_New(36, 127);
  if (s == nullptr)
    throw py::error_already_set();
  write_uuid(id, reinterpret_cast<char*>(PyUnicode_1BYTE_DATA(s)));
  return py::reinterpret_steal<py::object>(s);
}

// An object array of n Nones.
py::array_t<py::object> object_array(std::size_t n) {
  py::array_t<py::object> out(static_cast<py::ssize_t>(n));
  PyObject** slots = reinterpret_cast<PyObject**>(out.mutable_data());
  for (std::size_t i = 0; i < n; ++i) {
    if (slots[i] == nullptr) {
      Py_INCREF(Py_None);
      slots[i] = Py_None;
    }
  }
  return out;
}

// Stores `value` (a new reference) at slot i of an object array freshly filled with None.
void put(py::array_t<py::object>& a, std::size_t i, py::object value) {
  PyObject** slot = reinterpret_cast<PyObject**>(a.mutable_data()) + i;
  Py_XDECREF(*slot);
  *slot = value.release().ptr();
}

// One string per row, each distinct (record ids); nil ids become None.
py::array_t<py::object> unique_ids(std::span<const boost::uuids::uuid> ids) {
  auto out = object_array(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!ids[i].is_nil())
      put(out, i, uuid_str(ids[i]));
  }
  return out;
}

// One string per distinct id, shared by every row that names it (engagements, clients).
py::array_t<py::object> shared_ids(std::span<const boost::uuids::uuid> ids) {
  auto out = object_array(ids.size());
  std::unordered_map<boost::uuids::uuid, py::object, UuidHash> seen;
  const boost::uuids::uuid* last = nullptr;
  py::object last_str;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const boost::uuids::uuid& id = ids[i];
    if (id.is_nil())
      continue;
    if (last == nullptr || *last != id) {
      auto [it, inserted] = seen.try_emplace(id);
      if (inserted)
        it->second = uuid_str(id);
      last = &it->first;
      last_str = it->second;
    }
    put(out, i, last_str);
  }
  return out;
}

// An id column as raw UUIDs (dtype V16) without copying: the vector moves into the array.
template <class IdT>
py::array raw_ids(std::vector<IdT>&& ids) {
  static_assert(sizeof(IdT) == sizeof(boost::uuids::uuid) && std::is_standard_layout_v<IdT>,
                "an id is its UUID's 16 bytes");
  return owned(std::move(ids), named_dtype<UuidTag>("V16"));
}

// The strings of a raw id column (see raw_ids): shared per distinct id, or one per row.
py::array_t<py::object> id_texts(const py::array& raw, bool shared) {
  if (raw.ndim() != 1 || raw.itemsize() != 16 || raw.dtype().kind() != 'V')
    throw py::type_error("id column: expected a one-dimensional array of 16-byte UUIDs");
  const py::array contiguous = py::array::ensure(raw, py::array::c_style);
  const std::span<const boost::uuids::uuid> ids(
      static_cast<const boost::uuids::uuid*>(contiguous.data()),
      static_cast<std::size_t>(contiguous.size()));
  return shared ? shared_ids(ids) : unique_ids(ids);
}

// Text per row; None where `missing` is set.
py::array_t<py::object> texts(const std::vector<std::string>& values,
                              const std::vector<std::uint8_t>* missing = nullptr) {
  auto out = object_array(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (missing != nullptr && (*missing)[i] != 0)
      continue;
    put(out, i, py::str(values[i]));
  }
  return out;
}

// An enum column as int8 codes, without copying (the enums are one byte); the categories are
// its names in value order.
template <class E>
py::array codes(std::vector<E>&& values) {
  static_assert(sizeof(E) == 1, "enum columns are one byte per row");
  return owned(std::move(values), py::dtype::of<std::int8_t>());
}

// An enum's names in value order, as one tuple shared by every frame (see made_once).
template <class E>
py::tuple names_of(int count) {
  return py::reinterpret_borrow<py::tuple>(made_once<E>([count] {
    py::tuple out(count);
    for (int i = 0; i < count; ++i)
      out[i] = py::str(std::string(to_string(static_cast<E>(i))));
    return py::object(out);
  }));
}

// The enum columns' categories (counts as in bind_enums.cpp).
py::tuple modality_names() {
  return names_of<Modality>(3);
}
py::tuple session_status_names() {
  return names_of<SessionStatus>(4);
}
py::tuple goal_status_names() {
  return names_of<GoalStatus>(4);
}
py::tuple cadence_names() {
  return names_of<Cadence>(3);
}

// The Frame of `columns` (in the layout of `kind`, every column as long as the first) through
// Frame._made: the extension's own columns need none of the checks a caller's would.
FrameResult make_frame(const char* kind, py::dict columns, py::dict categories) {
  struct MadeTag {};
  const py::object& made = made_once<MadeTag>(
      [] { return py::module_::import("libcoach.frames").attr("Frame").attr("_made"); });
  const py::ssize_t rows =
      columns.empty() ? 0 : py::len(py::reinterpret_borrow<py::object>(columns.begin()->second));
  return FrameResult{made(kind, columns, categories, rows)};
}

template <class Columns, class Fn>
Columns query(Fn&& fn) {
  sync_log_level();
  py::gil_scoped_release release;
  return fn();
}

FrameResult sessions_frame(const View& view, std::optional<EngagementId> engagement) {
  SessionColumns c = query<SessionColumns>([&] { return session_columns(view, engagement); });
  py::dict cols;
  cols["id"] = raw_ids(std::move(c.id));
  cols["engagement"] = raw_ids(std::move(c.engagement));
  cols["client"] = raw_ids(std::move(c.client));
  cols["start"] = take_instants(std::move(c.start));
  cols["duration_minutes"] = take(std::move(c.duration_minutes));
  cols["modality"] = codes(std::move(c.modality));
  cols["status"] = codes(std::move(c.status));
  cols["group"] = take_bool(std::move(c.group));
  cols["pro_bono"] = take_bool(std::move(c.pro_bono));
  py::dict cats;
  cats["modality"] = modality_names();
  cats["status"] = session_status_names();
  return make_frame("sessions", cols, cats);
}

FrameResult goals_frame(const View& view, std::optional<EngagementId> engagement) {
  GoalColumns c = query<GoalColumns>([&] { return goal_columns(view, engagement); });
  py::dict cols;
  cols["id"] = raw_ids(std::move(c.id));
  cols["engagement"] = raw_ids(std::move(c.engagement));
  cols["client"] = raw_ids(std::move(c.client));
  cols["title"] = texts(c.title, &c.redacted);
  cols["status"] = codes(std::move(c.status));
  cols["baseline"] = take(std::move(c.baseline));
  cols["current"] = take(std::move(c.current));
  cols["target"] = take(std::move(c.target));
  cols["progress"] = take(std::move(c.progress));
  cols["due"] = dates(c.due, &c.has_due);
  cols["shared_with_sponsor"] = take_bool(std::move(c.shared_with_sponsor));
  cols["redacted"] = take_bool(std::move(c.redacted));
  py::dict cats;
  cats["status"] = goal_status_names();
  return make_frame("goals", cols, cats);
}

FrameResult habits_frame(const View& view, std::optional<EngagementId> engagement) {
  HabitColumns c = query<HabitColumns>([&] { return habit_columns(view, engagement); });
  py::dict cols;
  cols["id"] = raw_ids(std::move(c.id));
  cols["engagement"] = raw_ids(std::move(c.engagement));
  cols["client"] = raw_ids(std::move(c.client));
  cols["title"] = texts(c.title, &c.redacted);
  cols["cadence"] = codes(std::move(c.cadence));
  cols["check_ins"] = take(std::move(c.check_ins));
  cols["kept"] = take(std::move(c.kept));
  cols["adherence"] = take(std::move(c.adherence));
  cols["redacted"] = take_bool(std::move(c.redacted));
  py::dict cats;
  cats["cadence"] = cadence_names();
  return make_frame("habits", cols, cats);
}

FrameResult wellbeing_frame(const View& view, std::optional<EngagementId> engagement) {
  WellbeingColumns c = query<WellbeingColumns>([&] { return wellbeing_columns(view, engagement); });
  py::dict cols;
  cols["id"] = raw_ids(std::move(c.id));
  cols["engagement"] = raw_ids(std::move(c.engagement));
  cols["client"] = raw_ids(std::move(c.client));
  cols["on"] = dates(c.on);
  cols["thriving"] = take(std::move(c.thriving));
  cols["stress"] = take(std::move(c.stress));
  cols["burnout"] = take(std::move(c.burnout));
  cols["confidence"] = take(std::move(c.confidence));
  return make_frame("wellbeing", cols, py::dict());
}

FrameResult audit_frame(const View& view, std::optional<ClientId> client) {
  AuditColumns c = query<AuditColumns>([&] { return audit_columns(view, client); });
  py::dict cols;
  cols["sequence"] = take(std::vector<std::int64_t>(c.sequence.begin(), c.sequence.end()));
  cols["at"] = take_instants(std::move(c.at));
  cols["viewer_role"] = codes(std::move(c.viewer_role));
  cols["viewer_id"] = raw_ids(std::move(c.viewer_id));
  cols["action"] = codes(std::move(c.action));
  cols["kind"] = codes(std::move(c.kind));
  cols["record"] = raw_ids(std::move(c.record));
  cols["engagement"] = raw_ids(std::move(c.engagement));
  cols["client"] = raw_ids(std::move(c.client));
  {
    // Purposes are a handful of codes: one string each.
    auto purposes = object_array(c.purpose.size());
    std::unordered_map<std::string, py::object> seen;
    for (std::size_t i = 0; i < c.purpose.size(); ++i) {
      auto [it, inserted] = seen.try_emplace(c.purpose[i]);
      if (inserted)
        it->second = py::str(c.purpose[i]);
      put(purposes, i, it->second);
    }
    cols["purpose"] = purposes;
  }
  cols["outcome"] = codes(std::move(c.outcome));
  cols["count"] = int32s(c.count);
  py::dict cats;
  cats["viewer_role"] = names_of<Role>(5);
  cats["action"] = names_of<AuditAction>(7);
  cats["kind"] = names_of<RecordKind>(25);
  cats["outcome"] = names_of<AuditOutcome>(3);
  return make_frame("audit", cols, cats);
}

}  // namespace

void bind_frames(py::module_& m) {
  auto view = py::reinterpret_borrow<py::class_<View>>(m.attr("View"));
  const char* scope_doc =
      " With `engagement`, that engagement's records (NotFound when it is invisible to this "
      "viewer); without, those of every engagement the viewer may see. The policy applies "
      "per row and the listing is audited like the per-record listing.";
  m.def("_id_texts", &id_texts, py::arg("raw"), py::arg("shared"),
        "The strings of a frame's raw id column (16-byte UUIDs): one per distinct id when "
        "`shared`, else one per row; nil ids become None. Used by libcoach.frames.Frame.");
  view.def("sessions_frame", &sessions_frame, py::arg("engagement") = py::none(),
           (std::string("Sessions as columns (a libcoach.frames.Frame).") + scope_doc).c_str())
      .def("goals_frame", &goals_frame, py::arg("engagement") = py::none(),
           (std::string("Goals with their progress as columns; redacted rows have no title "
                        "and NaN numbers.") +
            scope_doc)
               .c_str())
      .def("habits_frame", &habits_frame, py::arg("engagement") = py::none(),
           (std::string("Habits with their check-in counts and adherence as columns.") + scope_doc)
               .c_str())
      .def("wellbeing_frame", &wellbeing_frame, py::arg("engagement") = py::none(),
           (std::string("Well-being check-ins as columns.") + scope_doc).c_str())
      .def("audit_frame", &audit_frame, py::arg("client") = py::none(),
           "Audit entries as columns: with `client`, who accessed that client's records "
           "(only that client may ask); without, the whole trail (practice admins only).");
}

}  // namespace libcoach::python
