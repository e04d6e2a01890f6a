#pragma once
/// \file
/// Outer work: competencies practised and rated over time.

#include <string>
#include <vector>

#include "libcoach/model/record.hpp"

namespace libcoach {

/// One rating of a competency, 0..10.
struct SkillScore {
  Date on;
  std::int32_t rating = 0;
};

/// A competency being practised (delegation, feedback, strategic thinking), rated over time.
struct SkillRating {
  RecordMeta meta;
  std::string competency;
  std::vector<SkillScore> history;  ///< In date order.

  static constexpr RecordKind kind = RecordKind::skill;
  SkillId id() const { return SkillId{meta.id.value}; }
};

}  // namespace libcoach
