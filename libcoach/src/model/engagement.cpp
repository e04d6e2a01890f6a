#include "libcoach/model/engagement.hpp"

namespace libcoach {

bool is_allowed_transition(EngagementStatus from, EngagementStatus to) {
  using S = EngagementStatus;
  switch (from) {
    case S::proposed:
      return to == S::active || to == S::ended_early;
    case S::active:
      return to == S::paused || to == S::completed || to == S::ended_early;
    case S::paused:
      return to == S::active || to == S::ended_early;
    case S::completed:
    case S::ended_early:
      return false;  // Terminal: a new engagement is proposed instead.
  }
  return false;
}

}  // namespace libcoach
