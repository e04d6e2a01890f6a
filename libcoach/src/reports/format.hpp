#pragma once
// Number and date formatting shared by the report renderers (internal).

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "libcoach/reports/engagement_report.hpp"
#include "libcoach/time.hpp"

namespace libcoach::detail {

/// Rounded to four decimals, so that renderings do not depend on the last bits.
inline double round4(double x) {
  const double r = std::round(x * 10000.0) / 10000.0;
  return r == 0.0 ? 0.0 : r;  // no "-0"
}

/// Shortest text of a number rounded to four decimals ("0.6", "12", "1.25").
inline std::string number_text(double x) {
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, round4(x));
  return std::string(buf, res.ptr);
}

/// Text of an optional number; empty when absent.
inline std::string number_text(const std::optional<double>& x) {
  return x ? number_text(*x) : std::string();
}

/// Text of an optional date; empty when absent.
inline std::string date_text(const std::optional<Date>& d) {
  return d ? d->to_string() : std::string();
}

/// Name of a goal line's trend; empty when it has none (a redacted goal).
inline std::string trend_text(const GoalLine& g) {
  return g.trend ? std::string(to_string(*g.trend)) : std::string();
}

/// "yes" or "no", for flags in tables.
inline std::string yes(bool b) {
  return b ? "yes" : "no";
}

/// Dated scores in order: "3 (2026-03-02) → 6 (2026-04-01)".
inline std::string scores_text(const std::vector<DatedScore>& s) {
  std::string out;
  for (const auto& x : s) {
    if (!out.empty())
      out += " → ";
    out += std::to_string(x.value) + " (" + x.on.to_string() + ")";
  }
  return out;
}

/// "2026-01-01 to 2026-06-30", a dash for an open end.
inline std::string period_text(const std::optional<Date>& from, const std::optional<Date>& to) {
  return (from ? from->to_string() : std::string("–")) + " to " +
         (to ? to->to_string() : std::string("–"));
}

/// Text of an optional id; empty when absent.
template <class IdT>
std::string id_text(const std::optional<IdT>& id) {
  return id ? id->to_string() : std::string();
}

}  // namespace libcoach::detail
