#include "json_values.hpp"

#include <cmath>

namespace libcoach::python {

py::object python_values(const detail::json::Json& j) {
  using Value = detail::json::Json::value_t;
  switch (j.type()) {
    case Value::object: {
      py::dict out;
      for (const auto& [key, value] : j.items())
        out[py::str(key)] = python_values(value);
      return std::move(out);
    }
    case Value::array: {
      py::list out(j.size());
      std::size_t i = 0;
      for (const auto& value : j)
        out[i++] = python_values(value);
      return std::move(out);
    }
    case Value::string:
      return py::str(j.get_ref<const std::string&>());
    case Value::boolean:
      return py::bool_(j.get<bool>());
    case Value::number_integer:
      return py::int_(j.get<std::int64_t>());
    case Value::number_unsigned:
      return py::int_(j.get<std::uint64_t>());
    case Value::number_float: {
      const double x = j.get<double>();
      // The printed document has null for these (nlohmann's dump), and so must the values.
      return std::isfinite(x) ? py::object(py::float_(x)) : py::object(py::none());
    }
    case Value::null:
    case Value::binary:
    case Value::discarded:
      return py::none();
  }
  return py::none();
}

}  // namespace libcoach::python
