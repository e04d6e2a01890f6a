#pragma once
/// \file
/// Retention: how long content is kept after an engagement ends, per scope (and optionally
/// per record kind), and what applying those rules erased. Erasing leaves a Tombstone.

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "libcoach/ids.hpp"
#include "libcoach/model/record.hpp"
#include "libcoach/model/scope.hpp"
#include "libcoach/time.hpp"

namespace libcoach {

/// Content of `scope` (and of `kind`, when given) is erased `months_after_end` months after
/// its engagement was completed or ended early.
struct RetentionRule {
  Scope scope = Scope::coach_private;
  std::int32_t months_after_end = 12;  ///< 0..1200.
  std::optional<RecordKind> kind;      ///< Only this kind (all kinds with content when unset).
};

/// One record a retention run erased (or would erase, in a dry run).
struct RetainedRecordErasure {
  RecordId id;
  RecordKind kind = RecordKind::note;
  EngagementId engagement;
  Scope scope = Scope::coach_private;
  Date engagement_ended;  ///< When its engagement ended.
  Date due;               ///< When its retention period ran out.
};

/// What Practice::apply_retention found and did.
struct RetentionReport {
  bool dry_run = false;
  Date as_of;  ///< The date the periods were measured against.
  /// Erased records in table order. Records of clients under a legal hold are never erased.
  std::vector<RetainedRecordErasure> erased;
  /// Records that were due but kept because their client is under a legal hold.
  std::size_t held_back = 0;
  /// Erased records per kind.
  std::map<RecordKind, std::size_t> counts() const {
    std::map<RecordKind, std::size_t> out;
    for (const auto& e : erased)
      ++out[e.kind];
    return out;
  }
};

/// The date `months` calendar months after `from` (clamped to the month's last day).
Date add_months(Date from, std::int32_t months);

}  // namespace libcoach
