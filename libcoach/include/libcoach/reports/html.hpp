#pragma once
/// \file
/// Reports as self-contained HTML pages with inline SVG charts: one UTF-8 file with its style
/// sheet inside, no script and no external resource (a Content-Security-Policy forbids both),
/// readable on screen and printable on A4 (each top-level section on a new page, no chart cut
/// across pages). Every text from records is HTML-escaped (html_escape.hpp); charts carry an
/// accessible name and tables header cells.

#include <string>

#include "libcoach/reports/calendar.hpp"
#include "libcoach/reports/engagement_report.hpp"
#include "libcoach/reports/hours_log.hpp"
#include "libcoach/reports/html_escape.hpp"
#include "libcoach/reports/sponsor_report.hpp"

namespace libcoach {

/// \name HTML renderers
///@{
/// Sessions against the allotment; goal progress and each goal's measurements against its
/// baseline and target; milestones, action items; habit adherence; skill ratings and belief
/// strength over time; values; the well-being trend; iceberg findings.
std::string render_html(const EngagementReport& report);
/// Per engagement: attendance against the allotment (when granted) and shared-goal progress.
std::string render_html(const SponsorReport& report);
/// Totals, cumulative hours against the ACC, PCC and MCC thresholds, hours per month and the
/// held sessions.
std::string render_html(const HoursLog& report);
/// The sessions as a table.
std::string render_html(const SessionCalendar& report);
///@}

}  // namespace libcoach
