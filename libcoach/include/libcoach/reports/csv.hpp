#pragma once
/// \file
/// The tabular part of each report as CSV (RFC 4180: CRLF line ends, fields with a comma,
/// quote or line break quoted). Text cells that a spreadsheet would take for a formula
/// (starting with = + - @) get a leading apostrophe.
///
/// - engagement: one row per goal;
/// - sponsor: one row per goal of each engagement (an engagement without goals: one row);
/// - hours: one row per held session;
/// - calendar: one row per event;
/// - practice: one row per cell (the total first), then one per theme;
/// - prep: one row per item of the sheet (`section`: action, goal, belief, value, note, habit);
/// - nudges: one row per nudge.

#include <string>
#include <string_view>

#include "libcoach/reports/calendar.hpp"
#include "libcoach/reports/engagement_report.hpp"
#include "libcoach/reports/hours_log.hpp"
#include "libcoach/reports/nudges.hpp"
#include "libcoach/reports/practice_aggregates.hpp"
#include "libcoach/reports/session_prep.hpp"
#include "libcoach/reports/sponsor_report.hpp"

namespace libcoach {

/// \name CSV renderers
///@{
std::string render_csv(const EngagementReport& report);
std::string render_csv(const SponsorReport& report);
std::string render_csv(const HoursLog& report);
std::string render_csv(const SessionCalendar& report);
std::string render_csv(const PracticeAggregates& report);
std::string render_csv(const SessionPrep& report);
std::string render_csv(const Nudges& report);
///@}

/// One CSV field, quoted when needed; `text` fields are protected against formula injection.
std::string csv_field(std::string_view value, bool text = true);

}  // namespace libcoach
