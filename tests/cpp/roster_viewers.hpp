#pragma once
// Every party of a generated practice as a viewer: the admin, then coaches, clients, sponsor
// contacts and supervisors — what the tests that try every role iterate over.

#include <vector>

#include "libcoach/libcoach.hpp"

namespace libcoach::testing {

inline std::vector<Viewer> every_party(const SyntheticRoster& roster) {
  std::vector<Viewer> out{Actor::admin(roster.admin)};
  for (const auto& id : roster.coaches)
    out.push_back(Actor::coach(id));
  for (const auto& id : roster.clients)
    out.push_back(Actor::client(id));
  for (const auto& id : roster.sponsor_contacts)
    out.push_back(Actor::sponsor(id));
  for (const auto& id : roster.supervisors)
    out.push_back(Actor::supervisor(id));
  return out;
}

}  // namespace libcoach::testing
