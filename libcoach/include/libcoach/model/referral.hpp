#pragma once
/// \file
/// Therapy referral: coaching is not therapy, and a referral is for the coach alone.

#include <string>

#include "libcoach/model/record.hpp"

namespace libcoach {

/// A referral of the client to a therapist. Always coach_private; never reaches a sponsor,
/// an admin, a supervisor or an aggregate.
struct Referral {
  RecordMeta meta;
  Date on;
  std::string reason;
  std::string referred_to;

  static constexpr RecordKind kind = RecordKind::referral;
  ReferralId id() const { return ReferralId{meta.id.value}; }
};

}  // namespace libcoach
