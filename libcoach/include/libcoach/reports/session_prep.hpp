#pragma once
/// \file
/// The session preparation sheet: what the engagement's coach looks at before the next
/// session — open and overdue action items, goal progress since the last held session, the
/// beliefs and values in play, the notes of the last session the coach may read, habit
/// check-ins due and the well-being trend since the last session.

#include <optional>
#include <string>
#include <vector>

#include "libcoach/access/view.hpp"
#include "libcoach/reports/common.hpp"
#include "libcoach/reports/engagement_report.hpp"

namespace libcoach {

/// A goal's progress since the last held session: `then` is the latest measurement on or
/// before that session's day (the baseline when none, or when no session was held yet);
/// `goal.current` is the value now. Redacted goals carry no numbers.
struct PrepGoal {
  GoalLine goal;
  std::optional<double> then;
};

/// A habit whose next check-in (`Habit::next_check_in`) falls on or before the next
/// session's day (or the sheet's day when no session is scheduled).
struct PrepHabit {
  HabitLine habit;
  Date due;
};

/// A note about the last held session, as the View returned it (client_private notes are
/// never part of the sheet, even when a consent lets the coach read them).
struct PrepNote {
  NoteId id;
  Scope scope = Scope::coaching;
  std::string text;  ///< Empty when redacted.
  bool redacted = false;
};

/// The preparation sheet for an engagement's next session.
struct SessionPrep {
  ReportHeader header;
  EngagementId engagement;
  CoachId coach;
  ClientId client;
  EngagementStatus status = EngagementStatus::proposed;
  /// The earliest scheduled session on or after the sheet's day; none when nothing is
  /// scheduled.
  std::optional<SessionLine> next_session;
  /// The latest held session that started before the next session and before the end of
  /// the sheet's day; "since" below means since its day.
  std::optional<SessionLine> last_session;
  std::vector<ActionLine> actions;  ///< Open (not done) action items; overdue as of the day.
  std::vector<PrepGoal> goals;      ///< Goals not abandoned.
  /// Beliefs linked to an active goal, or whose strength was rated or that were created on or
  /// after the last session's day (all of them before any session was held).
  std::vector<BeliefLine> beliefs;
  /// Values linked to an active goal, or created on or after the last session's day.
  std::vector<ValueLine> values;
  std::vector<PrepNote> notes;    ///< Notes about the last held session.
  std::vector<PrepHabit> habits;  ///< Habit check-ins due by the next session.
  WellbeingTrend wellbeing;       ///< Check-ins on or after the last session's day.
};

/// Builds the preparation sheet of one engagement's next session for the view's viewer, who
/// must be the engagement's current coach. Reads only through `view` (so scopes, redaction
/// and consents apply and every listing audits) and records one `report` audit entry.
/// \param as_of the sheet's day: the next session is the first scheduled on or after it;
///        default: the practice's today.
/// \throws NotFound when the engagement does not exist or is invisible to the viewer (its
///         existence is confidential); AccessDenied when the viewer sees it but is not its
///         current coach (the client, an admin, a sponsor contact, a supervisor).
SessionPrep session_prep(const View& view, EngagementId engagement,
                         std::optional<Date> as_of = std::nullopt);

}  // namespace libcoach
