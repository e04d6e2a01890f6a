#pragma once
/// \file
/// Engagements and their agreements: the contract under which a coach works with a client.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/ids.hpp"
#include "libcoach/time.hpp"

namespace libcoach {

/// Engagement lifecycle: proposed → active ⇄ paused → completed | ended_early.
enum class EngagementStatus : std::uint8_t { proposed, active, paused, completed, ended_early };
/// Lower-case status name.
std::string_view to_string(EngagementStatus s);
/// Parses a status name; throws ValidationError when unknown.
EngagementStatus parse_engagement_status(std::string_view text);
/// True when the lifecycle allows moving from `from` to `to`.
bool is_allowed_transition(EngagementStatus from, EngagementStatus to);

/// What the sponsor will receive, as agreed up front in a three-way agreement.
struct SponsorTerms {
  bool attendance = true;                ///< Session dates and counts.
  bool shared_goal_progress = true;      ///< Progress on goals the client agreed to share.
  bool redacted_unshared_goals = false;  ///< A text-free line per unshared goal.
};

/// The coaching agreement. ICF requires it before coaching starts: an engagement cannot be
/// activated without one.
struct Agreement {
  Date start;
  Date end;
  std::int32_t session_allotment = 0;  ///< Number of sessions agreed (1..500).
  std::string confidentiality_terms;   ///< Terms and their limits, as agreed.
  SponsorTerms sponsor_terms;
  Date agreed_on;
};

/// A past coach of a handed-over engagement and when they stopped.
struct CoachTenure {
  CoachId coach;
  std::uint64_t from_seq = 0;  ///< Event sequence at which this coach took over.
  std::uint64_t to_seq = 0;    ///< Event sequence at which they handed over.
};

/// A coaching engagement between a coach and a client, optionally sponsored.
struct Engagement {
  EngagementId id;
  CoachId coach;
  ClientId client;
  std::optional<OrganizationId> sponsor;
  std::vector<SponsorContactId> sponsor_contacts;
  std::optional<Agreement> agreement;
  EngagementStatus status = EngagementStatus::proposed;
  std::uint64_t coach_since_seq = 0;      ///< Sequence at which the current coach took over.
  std::vector<CoachTenure> past_coaches;  ///< Handover history, oldest first.
  Timestamp created;
  /// The day the engagement was completed or ended early (retention periods count from it).
  std::optional<Date> ended;
};

}  // namespace libcoach
