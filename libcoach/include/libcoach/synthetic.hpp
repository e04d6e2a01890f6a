#pragma once
/// \file
/// A deterministic synthetic practice: realistic coaching content (a delegation goal rooted
/// in a control belief, boundary goals rooted in self-worth beliefs, ...) for the demo, the
/// tests and the benchmarks. The same options always produce the same practice.

#include <cstdint>
#include <string_view>
#include <vector>

#include "libcoach/practice.hpp"

namespace libcoach {

/// How big a synthetic practice is.
enum class Scale : std::uint8_t {
  tiny,    ///< 1 coach, 2 clients: unit tests.
  small,   ///< 3 coaches, 12 clients, 3 organizations: the demo.
  medium,  ///< 1/10 of large.
  large,   ///< ~2,000 coaches, 50,000 clients, 1,000,000 sessions.
};
/// "tiny", "small", "medium", "large".
std::string_view to_string(Scale s);
/// Parses a scale name; throws ValidationError when unknown.
Scale parse_scale(std::string_view text);

/// Options of the generator.
struct SyntheticOptions {
  std::uint64_t seed = 42;
  Scale scale = Scale::small;
  /// First day of the generated period (engagements start from here).
  Date start = Date::from_days(20454);  // 2026-01-01
};

/// The ids of what the generator created, for callers that want to look around.
struct SyntheticRoster {
  AdminId admin;
  std::vector<CoachId> coaches;
  std::vector<ClientId> clients;
  std::vector<OrganizationId> organizations;
  std::vector<SponsorContactId> sponsor_contacts;
  std::vector<SupervisorId> supervisors;
  std::vector<EngagementId> engagements;
};

/// Fills an empty practice (in memory or store-backed) with a synthetic practice.
/// \throws Conflict when the practice already has an admin.
SyntheticRoster populate_practice(Practice& practice, const SyntheticOptions& options);

/// Options for a practice whose clock and ids make `populate_practice` reproducible.
PracticeOptions synthetic_practice_options(const SyntheticOptions& options);

}  // namespace libcoach
