#pragma once
/// \file
/// A coach's sessions as calendar events, for `render_ical`. Events carry no confidential
/// text: no client names, no notes — only times, modality and status.

#include <vector>

#include "libcoach/access/view.hpp"
#include "libcoach/reports/common.hpp"

namespace libcoach {

/// One session as a calendar event.
struct CalendarEvent {
  SessionId session;  ///< Makes the event's UID.
  Timestamp start;
  Timestamp end;
  Modality modality = Modality::video;
  SessionStatus status = SessionStatus::scheduled;
};

/// A coach's calendar.
struct SessionCalendar {
  ReportHeader header;
  CoachId coach;
  std::vector<CalendarEvent> events;  ///< In start order.
};

/// Builds the calendar of the viewer, a coach: every session of the engagements they run.
/// Reads only through `view` and records one `report` audit entry.
/// \throws AccessDenied when the viewer is not a coach.
SessionCalendar session_calendar(const View& view, std::optional<Date> as_of = std::nullopt);

}  // namespace libcoach
