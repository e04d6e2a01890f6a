#pragma once
// Which records a set of retention rules makes due for erasure on a given date.

#include <vector>

#include "libcoach/retention.hpp"
#include "state.hpp"

namespace libcoach::detail {

/// Checks rules: months 0..1200, at most 64 rules. \throws ValidationError.
void check_retention_rules(const std::vector<RetentionRule>& rules);

/// The records due for erasure under `rules` on `as_of`, in table order: content records
/// (kinds with free text) of engagements that ended, not yet erased, whose period under the
/// first matching rule ran out. Records of clients under a legal hold are counted in
/// `held_back` instead.
RetentionReport due_for_erasure(const PracticeState& state, const std::vector<RetentionRule>& rules,
                                Date as_of);

}  // namespace libcoach::detail
