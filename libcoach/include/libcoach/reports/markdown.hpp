#pragma once
/// \file
/// Reports as Markdown: a heading per section, tables for lists. Text from records is
/// escaped (Markdown punctuation backslashed, line breaks turned into spaces) so that it
/// cannot break out of its table cell or inject links or HTML.

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

/// \name Markdown renderers
///@{
std::string render_markdown(const EngagementReport& report);
std::string render_markdown(const SponsorReport& report);
std::string render_markdown(const HoursLog& report);
std::string render_markdown(const SessionCalendar& report);
std::string render_markdown(const PracticeAggregates& report);
std::string render_markdown(const SessionPrep& report);
std::string render_markdown(const Nudges& report);
///@}

/// Escapes text for a Markdown table cell.
std::string markdown_escape(std::string_view text);

}  // namespace libcoach
