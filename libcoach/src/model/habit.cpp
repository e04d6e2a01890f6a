#include "libcoach/model/habit.hpp"

#include <algorithm>

namespace libcoach {

namespace {
// Period index of a date under a cadence: consecutive periods differ by one. Weekdays skip
// weekends, so Friday and the next Monday are consecutive.
std::int64_t period_of(Date d, Cadence cadence) {
  const std::int64_t days = d.days();
  switch (cadence) {
    case Cadence::daily:
      return days;
    case Cadence::weekly:
      // 1970-01-01 was a Thursday; shift so that weeks start on Monday.
      return (days + 3) / 7;
    case Cadence::weekdays: {
      const std::int64_t week = (days + 3) / 7;
      const std::int64_t weekday = std::min<std::int64_t>((days + 3) % 7, 4);
      return week * 5 + weekday;
    }
  }
  return days;
}

// The first day of period `p` (the inverse of period_of on each period's first day).
Date first_day_of(std::int64_t p, Cadence cadence) {
  switch (cadence) {
    case Cadence::daily:
      return Date::from_days(static_cast<std::int32_t>(p));
    case Cadence::weekly:
      return Date::from_days(static_cast<std::int32_t>(p * 7 - 3));
    case Cadence::weekdays:
      return Date::from_days(static_cast<std::int32_t>((p / 5) * 7 - 3 + p % 5));
  }
  return Date::from_days(static_cast<std::int32_t>(p));
}

template <class F>
void for_each_run(const std::vector<HabitCheckIn>& check_ins, Cadence cadence, F&& on_run_end) {
  std::int32_t run = 0;
  std::int64_t last_period = 0;
  for (const auto& c : check_ins) {
    const std::int64_t p = period_of(c.on, cadence);
    if (!c.kept) {
      on_run_end(run);
      run = 0;
    } else if (run > 0 && p == last_period) {
      // A second check-in in the same period does not lengthen the streak.
    } else if (run > 0 && p == last_period + 1) {
      ++run;
    } else {
      on_run_end(run);
      run = 1;
    }
    last_period = p;
  }
  on_run_end(run);
}
}  // namespace

std::int32_t Habit::current_streak() const {
  std::int32_t last = 0;
  for_each_run(check_ins, cadence, [&](std::int32_t run) { last = run; });
  return last;
}

std::int32_t Habit::longest_streak() const {
  std::int32_t best = 0;
  for_each_run(check_ins, cadence, [&](std::int32_t run) { best = std::max(best, run); });
  return best;
}

Date Habit::next_check_in() const {
  if (check_ins.empty())
    return meta.created.date();
  return first_day_of(period_of(check_ins.back().on, cadence) + 1, cadence);
}

double Habit::adherence() const {
  if (check_ins.empty())
    return 0.0;
  const auto kept = std::count_if(check_ins.begin(), check_ins.end(),
                                  [](const HabitCheckIn& c) { return c.kept; });
  return static_cast<double>(kept) / static_cast<double>(check_ins.size());
}

}  // namespace libcoach
