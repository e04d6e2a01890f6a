#include "libcoach/model/goal.hpp"

#include <algorithm>
#include <cmath>

namespace libcoach {

double Goal::progress() const {
  const double span = target - baseline;
  if (span == 0.0)
    return 1.0;
  return std::clamp((current() - baseline) / span, 0.0, 1.0);
}

GoalTrend Goal::trend() const {
  if (status == GoalStatus::achieved)
    return GoalTrend::achieved;
  if (history.empty())
    return GoalTrend::not_started;
  // Compare the latest measurement with the one before it (or the baseline), in the
  // direction the goal wants to move. A tolerance keeps measurement noise from flipping it.
  const double previous = history.size() >= 2 ? history[history.size() - 2].value : baseline;
  const double direction = target >= baseline ? 1.0 : -1.0;
  const double delta = (history.back().value - previous) * direction;
  const double tolerance = std::max(1e-9, std::abs(target - baseline) * 0.01);
  if (delta > tolerance)
    return GoalTrend::improving;
  if (delta < -tolerance)
    return GoalTrend::worsening;
  return GoalTrend::stalled;
}

}  // namespace libcoach
