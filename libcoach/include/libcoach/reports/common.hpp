#pragma once
/// \file
/// What every report carries: who it was produced for, when, and as of which day. Reports are
/// plain data built only from a `View` (so they pass the same policy, redaction and audit as
/// every other read); the renderers in json.hpp, csv.hpp, markdown.hpp, ical.hpp and html.hpp
/// turn them into text.

#include <cstdint>
#include <string>
#include <string_view>

#include "libcoach/model.hpp"

namespace libcoach {

/// The kinds of report.
enum class ReportKind : std::uint8_t {
  engagement,  ///< Engagement progress, for its coach or client.
  sponsor,     ///< A sponsor contact's engagements.
  hours,       ///< A coach's coaching hours log.
  calendar,    ///< A coach's sessions (iCalendar).
  practice,    ///< Practice aggregates with k-anonymity, for an admin or a sponsor contact.
  prep,        ///< A session preparation sheet, for the engagement's coach.
  nudges,      ///< Reminders due within a horizon, for the viewer's own reach.
};
/// "engagement", "sponsor", "hours", "calendar", "practice", "prep", "nudges".
std::string_view to_string(ReportKind kind);

/// The facts every report starts with.
struct ReportHeader {
  ReportKind kind = ReportKind::engagement;
  Viewer viewer;        ///< Who the report was produced for.
  Timestamp generated;  ///< The practice's "now" when it was produced (its audit entry's time).
  Date as_of;           ///< The day overdue items and similar are judged against.
};

/// The version of the reports' JSON documents (`schema_version`; docs/schema/).
inline constexpr int kReportSchemaVersion = 1;

/// The first 8 hex digits of an id: enough to tell clients apart in a log, not to look
/// them up.
std::string anonymised_id(const boost::uuids::uuid& id);

}  // namespace libcoach
