#pragma once
/// \file
/// Inner work: beliefs, how strongly they are held over time, and the client's reframe.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/model/record.hpp"

namespace libcoach {

/// Whether a belief holds the client back or carries them.
enum class BeliefKind : std::uint8_t { limiting, empowering };
/// "limiting", "empowering".
std::string_view to_string(BeliefKind k);
/// Parses a belief kind; throws ValidationError when unknown.
BeliefKind parse_belief_kind(std::string_view text);

/// How strongly a belief was held on a date, 0..10.
struct BeliefStrength {
  Date on;
  std::int32_t strength = 0;
};

/// A belief the client holds ("if I don't check everything, it will fail").
struct Belief {
  RecordMeta meta;
  std::string statement;
  BeliefKind belief_kind = BeliefKind::limiting;
  std::string category;  ///< Short theme ("control", "self-worth"); used in consented aggregates.
  std::vector<BeliefStrength> history;  ///< In date order; never empty.
  std::string reframe;  ///< The story the client arrives at instead; empty until found.

  static constexpr RecordKind kind = RecordKind::belief;
  BeliefId id() const { return BeliefId{meta.id.value}; }
  /// The latest strength.
  std::int32_t strength() const { return history.empty() ? 0 : history.back().strength; }
};

}  // namespace libcoach
