#pragma once
/// \file
/// Outer work: new habits and routines, with check-ins and streaks.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/model/record.hpp"

namespace libcoach {

/// How often a habit is meant to happen.
enum class Cadence : std::uint8_t { daily, weekdays, weekly };
/// "daily", "weekdays", "weekly".
std::string_view to_string(Cadence c);
/// Parses a cadence; throws ValidationError when unknown.
Cadence parse_cadence(std::string_view text);

/// One check-in: on this date the habit was (or was not) kept.
struct HabitCheckIn {
  Date on;
  bool kept = true;
};

/// A habit the client is building.
struct Habit {
  RecordMeta meta;
  std::optional<GoalId> goal;
  std::string title;
  Cadence cadence = Cadence::daily;
  std::vector<HabitCheckIn> check_ins;  ///< In date order, at most one per date.

  static constexpr RecordKind kind = RecordKind::habit;
  HabitId id() const { return HabitId{meta.id.value}; }
  /// Consecutive kept periods ending at the latest check-in (days, weekdays or weeks).
  std::int32_t current_streak() const;
  /// Longest run of consecutive kept periods.
  std::int32_t longest_streak() const;
  /// Share of check-ins that were kept, in [0, 1]; 0 when there are none.
  double adherence() const;
  /// The first day of the period after the latest check-in (the next day; the next weekday;
  /// the Monday of the next week), or the day the habit was created when it has none: the day
  /// the next check-in is due. Session preparation sheets and nudges use it.
  Date next_check_in() const;
};

}  // namespace libcoach
