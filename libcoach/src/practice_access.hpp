#pragma once
// Internal access to a Practice's core for the parts of the library that must reach behind
// the public API (the store replays events and snapshots state). Not installed.

#include "libcoach/practice.hpp"
#include "practice_core.hpp"

namespace libcoach {

struct PracticeAccess {
  static detail::PracticeCore& core(Practice& practice) { return *practice.core_; }
  static const detail::PracticeCore& core(const Practice& practice) { return *practice.core_; }
};

}  // namespace libcoach
