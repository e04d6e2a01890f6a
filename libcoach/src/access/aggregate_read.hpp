#pragma once
// The aggregate-only read path: what the practice aggregates report may know about the
// engagements of a period, as numbers and statuses — never text — for a practice admin or a
// sponsor contact of the organization asked about (policy: can_read_aggregates). Admins and
// sponsors cannot read coaching-scope goals or well-being check-ins through the View's
// listings; this path hands them only the figures a k-anonymous aggregate needs. The one
// text it yields — value names and belief categories, as themes — goes to admins only, and only
// from engagements whose client gave an `aggregate_themes` consent. It writes no audit entry
// itself: the report that calls it writes one (docs/confidentiality.md). Not installed, so
// the report is the only way in.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "libcoach/access/view.hpp"

namespace libcoach::detail {

/// A session's day (the UTC date of its start) and status.
struct AggregateSessionFact {
  Date day;
  SessionStatus status = SessionStatus::scheduled;
};

/// A well-being check-in's day and `thriving` score.
struct AggregateWellbeingFact {
  Date on;
  std::int32_t thriving = 0;
};

/// One engagement of the population, as numbers. Its lists are spans into the flat vectors
/// of the AggregateFacts that holds it: one allocation per list for the whole population
/// instead of five per engagement.
struct AggregateEngagementFacts {
  EngagementId engagement;
  ClientId client;
  CoachId coach;
  std::optional<OrganizationId> sponsor;
  Date start;  ///< The agreement's period.
  Date end;
  std::span<const AggregateSessionFact> sessions;  ///< Those starting (UTC date) in the period.
  /// Statuses of its goals; for a sponsor contact only those shared with the sponsor.
  std::span<const GoalStatus> goals;
  /// Its check-ins dated in the period, except those the client kept private.
  std::span<const AggregateWellbeingFact> wellbeing;
  /// Only for admins, only with an `aggregate_themes` consent in force on the report's day:
  /// the themes (themes.hpp) of its coaching-scope values and beliefs (erased records left
  /// out), as indices into AggregateFacts::theme_names. Empty otherwise.
  bool themes_consent = false;
  std::span<const std::uint32_t> value_themes;
  std::span<const std::uint32_t> belief_themes;
};

/// What a report asks for.
struct AggregateRequest {
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<OrganizationId> organization;  ///< Resolved: for a sponsor, their own.
  std::optional<Date> as_of;                   ///< Default: the practice's today.
};

/// What the path returns. Move-only: the engagements' spans point into its vectors.
struct AggregateFacts {
  Timestamp now;                                      ///< The practice's clock when read.
  Date as_of;                                         ///< The day consents were judged against.
  std::vector<AggregateEngagementFacts> engagements;  ///< In engagement order.
  std::vector<AggregateSessionFact> sessions;         ///< Every engagement's, in its order.
  std::vector<GoalStatus> goals;
  std::vector<AggregateWellbeingFact> wellbeing;
  /// Theme names in sorted order, indexed by the engagements' themes; the names no
  /// consenting engagement holds are left empty.
  std::vector<std::string> theme_names;
  std::vector<std::uint32_t> value_themes;
  std::vector<std::uint32_t> belief_themes;

  AggregateFacts() = default;
  AggregateFacts(AggregateFacts&&) noexcept = default;
  AggregateFacts& operator=(AggregateFacts&&) noexcept = default;
  AggregateFacts(const AggregateFacts&) = delete;
  AggregateFacts& operator=(const AggregateFacts&) = delete;
  ~AggregateFacts() = default;
};

struct AggregateReader {
  /// The organization of a sponsor-contact viewer (none for other roles).
  static std::optional<OrganizationId> viewer_organization(const View& view);

  /// Reads the population: engagements with an agreement overlapping [from, to] (unbounded
  /// ends when absent), sponsored by `organization` when given.
  /// \throws AccessDenied when `can_read_aggregates` refuses; NotFound when an admin names
  ///         an organization that does not exist.
  static AggregateFacts read(const View& view, const AggregateRequest& request);
};

}  // namespace libcoach::detail
