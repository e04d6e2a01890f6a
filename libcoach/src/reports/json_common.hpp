#pragma once
// What every report's JSON document shares (internal): the header fields, optional values as
// null, and the final text (two-space indentation, trailing newline).

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "libcoach/reports/common.hpp"
#include "reports/format.hpp"

namespace libcoach::reports {

/// Keys keep their insertion order: the documents' key order is part of their format.
using Json = nlohmann::ordered_json;

/// A number rounded to four decimals, or null.
inline Json opt(const std::optional<double>& x) {
  return x ? Json(detail::round4(*x)) : Json(nullptr);
}
/// An ISO date, or null.
inline Json opt(const std::optional<Date>& d) {
  return d ? Json(d->to_string()) : Json(nullptr);
}
/// An id, or null.
template <class IdT>
Json opt(const std::optional<IdT>& id) {
  return id ? Json(id->to_string()) : Json(nullptr);
}

/// kind, schema_version, generated, as_of and viewer: the fields every document starts with.
inline Json header(const ReportHeader& h) {
  Json j;
  j["kind"] = std::string(to_string(h.kind));
  j["schema_version"] = kReportSchemaVersion;
  j["generated"] = h.generated.to_string();
  j["as_of"] = h.as_of.to_string();
  j["viewer"] = {{"role", std::string(to_string(h.viewer.role))}, {"id", format_uuid(h.viewer.id)}};
  return j;
}

/// The document's text.
inline std::string dump(const Json& j) {
  return j.dump(2) + "\n";
}

}  // namespace libcoach::reports
