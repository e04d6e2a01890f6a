#pragma once
// The report lines built from one record as the View returned it, shared by the engagement
// progress report and the session preparation sheet so that both judge overdue items,
// adherence and well-being trends the same way (internal).

#include <vector>

#include "libcoach/reports/engagement_report.hpp"

namespace libcoach::reports {

/// A session's operational facts.
SessionLine session_line(const Session& session);
/// An action item's line; overdue as of `today` (`ActionItem::overdue`).
ActionLine action_line(const ActionItem& action, Date today);
/// A habit's line: check-ins, kept, adherence and streaks.
HabitLine habit_line(const Habit& habit);
/// A belief's line: its strength over time and the reframe.
BeliefLine belief_line(const Belief& belief);
/// A value's line.
ValueLine value_line(const Value& value);
/// First, last and mean of each dimension over the check-ins, in date order; redacted
/// check-ins carry no ratings and are left out.
WellbeingTrend wellbeing_trend(std::vector<WellbeingCheckIn> rows);

}  // namespace libcoach::reports
