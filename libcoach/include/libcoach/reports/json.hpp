#pragma once
/// \file
/// Reports as JSON: deterministic key order, two-space indentation, a trailing newline; the
/// documents follow docs/schema/report-<kind>.schema.json. Numbers are rounded to four
/// decimals; absent values are null.

#include <string>

#include "libcoach/reports/calendar.hpp"
#include "libcoach/reports/engagement_report.hpp"
#include "libcoach/reports/hours_log.hpp"
#include "libcoach/reports/nudges.hpp"
#include "libcoach/reports/practice_aggregates.hpp"
#include "libcoach/reports/session_prep.hpp"
#include "libcoach/reports/sponsor_report.hpp"

namespace libcoach {

/// \name JSON renderers
///@{
std::string render_json(const EngagementReport& report);
std::string render_json(const SponsorReport& report);
std::string render_json(const HoursLog& report);
std::string render_json(const SessionCalendar& report);
std::string render_json(const PracticeAggregates& report);
std::string render_json(const SessionPrep& report);
std::string render_json(const Nudges& report);
///@}

}  // namespace libcoach
