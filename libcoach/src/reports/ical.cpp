#include "libcoach/reports/ical.hpp"

#include <algorithm>

namespace libcoach {

std::string ical_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n')
          ++i;
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string ical_fold_line(std::string_view line) {
  std::string out;
  std::size_t width = 0;  // octets on the current physical line
  std::size_t i = 0;
  while (i < line.size()) {
    // The length of the UTF-8 sequence starting here (1 for ASCII and stray bytes).
    const auto lead = static_cast<unsigned char>(line[i]);
    std::size_t n = 1;
    if (lead >= 0xF0)
      n = 4;
    else if (lead >= 0xE0)
      n = 3;
    else if (lead >= 0xC0)
      n = 2;
    n = std::min(n, line.size() - i);
    if (width + n > 75) {
      out += "\r\n ";
      width = 1;  // the leading space counts
    }
    out.append(line.substr(i, n));
    width += n;
    i += n;
  }
  out += "\r\n";
  return out;
}

namespace {

// 20260302T090000Z
std::string ical_time(Timestamp t) {
  std::string iso = t.to_string();  // 2026-03-02T09:00:00Z
  std::string out;
  for (const char c : iso) {
    if (c != '-' && c != ':')
      out += c;
  }
  return out;
}

std::string_view modality_text(Modality m) {
  switch (m) {
    case Modality::in_person:
      return "in person";
    case Modality::video:
      return "video";
    case Modality::phone:
      return "phone";
  }
  return "video";
}

}  // namespace

std::string render_ical(const SessionCalendar& calendar) {
  std::string out;
  const auto line = [&out](std::string_view text) { out += ical_fold_line(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//libcoach//Coaching sessions//EN");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  const std::string stamp = ical_time(calendar.header.generated);
  for (const auto& e : calendar.events) {
    line("BEGIN:VEVENT");
    line("UID:" + e.session.to_string() + "@libcoach");
    line("DTSTAMP:" + stamp);
    line("DTSTART:" + ical_time(e.start));
    line("DTEND:" + ical_time(e.end));
    line("SUMMARY:" +
         ical_escape_text("Coaching session (" + std::string(modality_text(e.modality)) + ")"));
    if (e.status == SessionStatus::cancelled)
      line("STATUS:CANCELLED");
    else
      line("STATUS:CONFIRMED");
    line("TRANSP:OPAQUE");
    line("CLASS:CONFIDENTIAL");
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace libcoach
