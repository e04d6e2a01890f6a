#include "libcoach/reports/calendar.hpp"
#include "reports/header.hpp"

#include <algorithm>

#include "libcoach/errors.hpp"

namespace libcoach {

SessionCalendar session_calendar(const View& view, std::optional<Date> as_of) {
  const Viewer& viewer = view.viewer();
  if (viewer.role != Role::coach) {
    view.audit_report(RecordKind::session, std::nullopt, 0, AuditOutcome::denied);
    throw AccessDenied("session calendar: coaches only");
  }
  SessionCalendar cal;
  cal.coach = CoachId{viewer.id};
  for (const Engagement& e : view.engagements()) {
    if (!viewer.is(e.coach))
      continue;
    for (const Session& s : view.sessions(e.id)) {
      cal.events.push_back(
          {s.id(), s.start, s.start.plus_seconds(s.duration_minutes * 60LL), s.modality, s.status});
    }
  }
  std::stable_sort(
      cal.events.begin(), cal.events.end(),
      [](const CalendarEvent& a, const CalendarEvent& b) { return a.start < b.start; });
  cal.header =
      reports::audited_header(view, ReportKind::calendar, RecordKind::session, std::nullopt,
                              static_cast<std::uint32_t>(cal.events.size()), as_of);
  return cal;
}

}  // namespace libcoach
