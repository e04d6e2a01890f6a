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
#include "libcoach/reports/nudges.hpp"
#include "libcoach/reports/practice_aggregates.hpp"
#include "libcoach/reports/session_prep.hpp"
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
/// The total and, per dimension, the published cells' sessions as bars (months also with the
/// mean well-being line) and every cell in a table ("suppressed" where suppressed); for
/// admins, the consented inner-work themes.
std::string render_html(const PracticeAggregates& report);
/// The next and last sessions, open actions, goals since the last session with their
/// progress bars, habit check-ins due, beliefs (strength over time) and values in play,
/// well-being since, and the last session's notes.
std::string render_html(const SessionPrep& report);
/// The nudges as a table.
std::string render_html(const Nudges& report);
///@}

}  // namespace libcoach
