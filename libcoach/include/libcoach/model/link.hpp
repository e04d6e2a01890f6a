#pragma once
/// \file
/// The iceberg link: an inner-work item underlies an outer goal.

#include "libcoach/model/record.hpp"

namespace libcoach {

/// Says that the inner item `inner` (a value, belief, fear, purpose, reflection or insight)
/// underlies `goal`. Links are inner work: they reveal what sits under a goal.
struct InnerLink {
  RecordMeta meta;
  RecordKind inner_kind = RecordKind::belief;
  RecordId inner;
  GoalId goal;

  static constexpr RecordKind kind = RecordKind::link;
  LinkId id() const { return LinkId{meta.id.value}; }
};

}  // namespace libcoach
