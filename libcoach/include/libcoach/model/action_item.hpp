#pragma once
/// \file
/// Outer work: action items from an action plan.

#include <optional>
#include <string>

#include "libcoach/model/record.hpp"

namespace libcoach {

/// Something the client committed to do, optionally towards a goal.
struct ActionItem {
  RecordMeta meta;
  std::optional<GoalId> goal;
  std::string title;
  std::optional<Date> due;
  std::optional<Date> done;

  static constexpr RecordKind kind = RecordKind::action_item;
  ActionItemId id() const { return ActionItemId{meta.id.value}; }
  /// True when not done and `today` is after the due date.
  bool overdue(Date today) const { return !done && due && today > *due; }
};

}  // namespace libcoach
