#pragma once
// A report's JSON document (reports/json_document.hpp) as Python values: what
// `json.loads(report.to_json())` gives, made from the document itself rather than from its
// printed text (`to_dict`).

#include "common.hpp"
#include "reports/json_document.hpp"

namespace libcoach::python {

/// Objects become dicts (in document order), arrays lists, numbers int or float, and
/// non-finite numbers None, as the printed text has them (null).
py::object python_values(const detail::json::Json& document);

}  // namespace libcoach::python
