#pragma once
/// \file
/// The practice aggregates report: k-anonymous counts across engagements — by sponsoring
/// organization, coach, cohort (quarter the agreement started) and month — for a practice
/// admin or a sponsor contact (their own organization), with the inner-work themes clients
/// consented to share (admins only). Cells describing fewer than k clients, and cells whose
/// publication would let those be recovered by subtraction, are suppressed. The exact rules
/// are in docs/reports.md ("Practice aggregates").

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/access/view.hpp"
#include "libcoach/reports/common.hpp"

namespace libcoach {

/// What the report covers and how strictly it suppresses.
struct PracticeAggregateOptions {
  std::optional<Date> from{};  ///< First day of the period (none: unbounded).
  std::optional<Date> to{};    ///< Last day of the period, inclusive (none: unbounded).
  /// One sponsoring organization; none: all (admins) or the viewer's own (sponsor contacts).
  std::optional<OrganizationId> organization{};
  std::int32_t k = 5;  ///< Minimum number of distinct clients a published figure describes (≥ 3).
  std::optional<Date> as_of{};  ///< The day consents are judged against; default: today.
  /// Called with (done, total) while the report is computed; outside any lock of the
  /// practice, on the calling thread. Optional.
  std::function<void(std::uint64_t done, std::uint64_t total)> progress{};
};

/// The dimensions the report is broken down by, one table each.
enum class AggregateDimension : std::uint8_t {
  organization,  ///< Sponsoring organization (`independent` for unsponsored engagements).
  coach,         ///< The engagement's current coach.
  cohort,        ///< Quarter the agreement started in ("2026-Q1").
  month,         ///< Month a session started in, UTC ("2026-03").
};
/// "organization", "coach", "cohort", "month".
std::string_view to_string(AggregateDimension dimension);

/// The figures of one published cell.
struct AggregateMeasures {
  std::int32_t clients = 0;  ///< Distinct clients.
  std::int32_t engagements = 0;
  std::int32_t sessions_held = 0;
  std::int32_t sessions_cancelled = 0;
  std::int32_t sessions_no_show = 0;
  std::optional<double> attendance_rate;  ///< held / (held + no_show); absent when both are 0.
  std::optional<std::int32_t> goals;      ///< Absent in the month table (not broken down by month).
  std::optional<std::int32_t> goals_achieved;  ///< Absent in the month table.
  std::optional<double> wellbeing_mean;        ///< Mean `thriving`; absent without check-ins.
};

/// One cell: a key of its dimension and its figures, unless suppressed.
struct AggregateCell {
  std::string key;    ///< Id, `independent`, `YYYY-Qn`, `YYYY-MM`, or `total`.
  std::string label;  ///< The organization's name in the organization table; else empty.
  bool suppressed = false;
  std::optional<AggregateMeasures> measures;  ///< Absent when suppressed.
};

/// The cells of one dimension, in key order (byte order of the key text).
struct AggregateTable {
  AggregateDimension dimension = AggregateDimension::organization;
  std::vector<AggregateCell> cells;
};

/// One theme and the number of distinct consenting clients who hold it.
struct ThemeCount {
  std::string name;  ///< Trimmed, ASCII letters lower-cased.
  std::int32_t clients = 0;
};

/// Inner-work themes from clients with an `aggregate_themes` consent; each theme held by at
/// least k of them, at most ten per list, most common first. Both lists are empty when fewer
/// than k clients consented.
struct AggregateThemes {
  std::vector<ThemeCount> values;             ///< Value names.
  std::vector<ThemeCount> belief_categories;  ///< Belief categories.
};

/// The practice aggregates report.
struct PracticeAggregates {
  ReportHeader header;
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<OrganizationId> organization;  ///< The organization covered; none: all.
  std::int32_t k = 5;
  AggregateCell total;                 ///< Key `total`.
  std::vector<AggregateTable> tables;  ///< organization, coach, cohort, month.
  /// Admins only; never present in a sponsor contact's report.
  std::optional<AggregateThemes> themes;
};

/// Builds the aggregates for the view's viewer: a practice admin (every organization, or the
/// one asked for) or a sponsor contact (their own organization only). Reads through the
/// View's aggregate-only path — numbers, never text, except consented theme names for admins
/// — and records one `report` audit entry.
/// \throws ValidationError when k < 3 or from > to; AccessDenied for any other viewer, or a
///         sponsor contact asking for another organization; NotFound when an admin names an
///         organization that does not exist.
PracticeAggregates practice_aggregates(const View& view,
                                       const PracticeAggregateOptions& options = {});

}  // namespace libcoach
