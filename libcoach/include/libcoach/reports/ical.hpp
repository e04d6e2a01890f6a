#pragma once
/// \file
/// A session calendar as iCalendar (RFC 5545): CRLF line ends, content lines folded at 75
/// octets (never inside a UTF-8 sequence), TEXT values escaped, one VEVENT per session with
/// a stable UID, DTSTART/DTEND in UTC and DTSTAMP the report's generation time. The summary
/// is "Coaching session (<modality>)": no names, no notes.

#include <string>
#include <string_view>

#include "libcoach/reports/calendar.hpp"

namespace libcoach {

/// The calendar as an iCalendar document (VCALENDAR with one VEVENT per event).
std::string render_ical(const SessionCalendar& calendar);

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
std::string ical_escape_text(std::string_view text);

/// Folds one content line (without its line end) into lines of at most 75 octets joined by
/// CRLF + space, never splitting a UTF-8 sequence; appends the final CRLF.
std::string ical_fold_line(std::string_view line);

}  // namespace libcoach
