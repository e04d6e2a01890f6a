#pragma once
/// \file
/// Outer work: measurable goals and their milestones.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/model/record.hpp"

namespace libcoach {

/// Goal lifecycle: proposed → active → achieved | abandoned (proposed → abandoned too).
enum class GoalStatus : std::uint8_t { proposed, active, achieved, abandoned };
/// Lower-case status name.
std::string_view to_string(GoalStatus s);
/// Parses a goal status; throws ValidationError when unknown.
GoalStatus parse_goal_status(std::string_view text);

/// How a goal is going, derived from its measured history.
enum class GoalTrend : std::uint8_t { not_started, improving, stalled, worsening, achieved };
/// Lower-case trend name.
std::string_view to_string(GoalTrend t);

/// One measurement of a goal's metric.
struct GoalMeasurement {
  Date on;
  double value = 0.0;
};

/// A measurable goal. Scope is `sponsor` when the client agreed to share it, else `coaching`.
struct Goal {
  RecordMeta meta;
  std::string title;
  std::string description;
  std::string metric;  ///< What is measured ("delegated decisions per week").
  std::string unit;    ///< Unit of the metric ("decisions").
  double baseline = 0.0;
  double target = 0.0;
  std::vector<GoalMeasurement> history;  ///< Dated measurements, in date order.
  std::optional<Date> due;
  GoalStatus status = GoalStatus::proposed;
  bool shared_with_sponsor = false;

  static constexpr RecordKind kind = RecordKind::goal;
  GoalId id() const { return GoalId{meta.id.value}; }
  /// Latest measured value, or the baseline when nothing was measured yet.
  double current() const { return history.empty() ? baseline : history.back().value; }
  /// Progress from baseline towards target in [0, 1] (clamped); 1 when baseline == target.
  double progress() const;
  /// Trend of the last measurements relative to the direction baseline → target.
  GoalTrend trend() const;
};

/// A milestone on the way to a goal.
struct Milestone {
  RecordMeta meta;
  GoalId goal;
  std::string title;
  std::optional<Date> due;
  std::optional<Date> reached;

  static constexpr RecordKind kind = RecordKind::milestone;
  MilestoneId id() const { return MilestoneId{meta.id.value}; }
};

}  // namespace libcoach
