#pragma once
/// \file
/// Umbrella header of the reports: builders (engagement progress, sponsor, hours log,
/// session calendar, practice aggregates) and renderers (JSON, CSV, Markdown, iCalendar,
/// HTML). See docs/reports.md.

#include "libcoach/reports/calendar.hpp"
#include "libcoach/reports/common.hpp"
#include "libcoach/reports/csv.hpp"
#include "libcoach/reports/engagement_report.hpp"
#include "libcoach/reports/hours_log.hpp"
#include "libcoach/reports/html.hpp"
#include "libcoach/reports/ical.hpp"
#include "libcoach/reports/json.hpp"
#include "libcoach/reports/markdown.hpp"
#include "libcoach/reports/nudges.hpp"
#include "libcoach/reports/practice_aggregates.hpp"
#include "libcoach/reports/session_prep.hpp"
#include "libcoach/reports/sponsor_report.hpp"
