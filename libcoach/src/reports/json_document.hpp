#pragma once
// Each report's JSON document as a tree (internal): render_json prints it, and the Python
// binding turns the same tree into Python values (`to_dict`), so that a notebook does not
// pay for printing the text and parsing it back. One builder per report serves both.

#include "libcoach/reports/calendar.hpp"
#include "libcoach/reports/engagement_report.hpp"
#include "libcoach/reports/hours_log.hpp"
#include "libcoach/reports/nudges.hpp"
#include "libcoach/reports/practice_aggregates.hpp"
#include "libcoach/reports/session_prep.hpp"
#include "libcoach/reports/sponsor_report.hpp"
#include "reports/json_parts.hpp"

namespace libcoach::detail::json {

/// The document render_json prints (docs/schema/report-<kind>.schema.json).
Json document(const EngagementReport& report);
Json document(const SponsorReport& report);
Json document(const HoursLog& report);
Json document(const SessionCalendar& report);
Json document(const PracticeAggregates& report);
Json document(const SessionPrep& report);
Json document(const Nudges& report);

}  // namespace libcoach::detail::json
