#pragma once
/// \file
/// Nudges: the reminders due within a horizon that an application can turn into
/// notifications — action items due or overdue, habit check-ins, periodic inner-work
/// check-ins, the organizations' Inner Work Days and agreements ending — for what the viewer
/// may reach: a coach for the engagements they run, a client for their own, a practice admin
/// only the operational ones (Inner Work Days and agreements ending, without any text).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/access/view.hpp"
#include "libcoach/reports/common.hpp"

namespace libcoach {

/// What a nudge reminds of.
enum class NudgeKind : std::uint8_t {
  action_due,          ///< An open action item due between the day and the horizon's end.
  action_overdue,      ///< An open action item due before the day.
  habit_checkin,       ///< A habit's next check-in (`Habit::next_check_in`) is due.
  inner_work_checkin,  ///< The client's last reflection or well-being check-in is getting old.
  inner_work_day,      ///< An Inner Work Day of the client's sponsoring organization.
  agreement_ending,    ///< The coaching agreement's last day.
};
/// "action_due", "action_overdue", "habit_checkin", "inner_work_checkin", "inner_work_day",
/// "agreement_ending".
std::string_view to_string(NudgeKind kind);

/// One reminder.
struct Nudge {
  NudgeKind kind = NudgeKind::action_due;
  Date due;  ///< When it is due (in the past for overdue items and missed check-ins).
  std::optional<EngagementId> engagement;
  std::optional<OrganizationId> organization;  ///< For Inner Work Days.
  std::optional<RecordKind> record_kind;       ///< The action item or habit reminded of.
  std::optional<RecordId> record;
  Viewer recipient;       ///< Who the notification is for.
  std::string title;      ///< The record's title, only when the viewer may read it; else empty.
  bool redacted = false;  ///< The View returned the record without its text.
};

/// Inner Work Days of one organization: `per_year` days a year, one per period of
/// 12 / `per_year` months, on the first weekday (Monday to Friday) of each period's first
/// month. `per_year` must divide 12 (1, 2, 3, 4, 6 or 12).
struct InnerWorkDays {
  OrganizationId organization;
  std::int32_t per_year = 4;
};

/// What `nudges` looks for.
struct NudgeOptions {
  std::optional<Date> as_of;  ///< The day; default: the practice's today.
  /// Nudges due from the day to `horizon_days` days later (inclusive) are listed, overdue
  /// action items and missed check-ins whatever their date. 0..366.
  std::int32_t horizon_days = 7;
  /// A client's inner-work check-in is due this many days after their latest reflection or
  /// well-being check-in (on the day itself when there is none). 1..366.
  std::int32_t inner_work_checkin_days = 30;
  /// Organizations that hold Inner Work Days; each organization at most once.
  std::vector<InnerWorkDays> inner_work_days;
};

/// Throws ValidationError when the options are out of range (a negative or too long horizon,
/// a check-in period below one day, `per_year` not dividing 12, a nil or repeated
/// organization).
void validate(const NudgeOptions& options);

/// The nudges of one viewer as of a day, sorted by due date (then kind).
struct Nudges {
  ReportHeader header;
  std::int32_t horizon_days = 7;
  std::int32_t inner_work_checkin_days = 30;
  std::vector<Nudge> nudges;
};

/// The Inner Work Days of one year: the first weekday of months 1, 1 + 12/per_year, ...
/// \throws ValidationError when `per_year` does not divide 12.
std::vector<Date> inner_work_days_of_year(int year, std::int32_t per_year);

/// Builds the nudges within reach of the view's viewer, reading only through `view`, and
/// records one `report` audit entry. Only active engagements are nudged about.
///
/// - a coach: for each engagement they run, action items (due and overdue), habit check-ins,
///   the client's inner-work check-in, Inner Work Days and the agreement's end; recipient the
///   coach;
/// - a client: the same for their own engagements; recipient the client;
/// - a practice admin: for every engagement, Inner Work Days (one nudge to the client and one
///   to the coach, for the application to send) and the agreement's end (recipient the
///   admin), with no titles.
///
/// \throws ValidationError for invalid options; AccessDenied for sponsor contacts and
///         supervisors (audited).
Nudges nudges(const View& view, const NudgeOptions& options = {});

}  // namespace libcoach
