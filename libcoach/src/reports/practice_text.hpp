#pragma once
// Texts the practice aggregates' human-readable renderings (Markdown, HTML) share (internal).

#include <cstdint>
#include <optional>
#include <string>

#include "libcoach/reports/practice_aggregates.hpp"

namespace libcoach::detail {

/// A count, or empty when absent (the month table has no goal counts).
inline std::string count_text(const std::optional<std::int32_t>& x) {
  return x ? std::to_string(*x) : std::string();
}

/// The heading of a dimension's table.
inline std::string heading_of(AggregateDimension d) {
  switch (d) {
    case AggregateDimension::organization:
      return "By organization";
    case AggregateDimension::coach:
      return "By coach";
    case AggregateDimension::cohort:
      return "By cohort (quarter the agreement started)";
    case AggregateDimension::month:
      return "By month of session";
  }
  return "";
}

}  // namespace libcoach::detail
