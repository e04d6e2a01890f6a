#pragma once
/// \file
/// Columnar listings: the records one viewer may see, one vector per field, for data frames
/// and analytics. Every listing goes through `View::visit_records`, so it applies the same
/// policy per row and writes the same audit entries as the per-record listings of `View`
/// (one list entry per engagement and outcome). Redacted rows keep their ids, engagement,
/// client and status; their text columns are empty and their numbers NaN.
///
/// Conventions: instants are seconds since the Unix epoch (UTC), dates are days since
/// 1970-01-01, flags are 0 or 1 (`std::uint8_t`, so that the vectors can back arrays), and
/// every vector of a listing has `size()` entries.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "libcoach/access/view.hpp"

namespace libcoach {

/// Sessions as columns.
struct SessionColumns {
  std::vector<SessionId> id;
  std::vector<EngagementId> engagement;
  std::vector<ClientId> client;
  std::vector<std::int64_t> start;  ///< Seconds since the Unix epoch (UTC).
  std::vector<std::int32_t> duration_minutes;
  std::vector<Modality> modality;
  std::vector<SessionStatus> status;
  std::vector<std::uint8_t> group;     ///< 1 for a group session.
  std::vector<std::uint8_t> pro_bono;  ///< 1 for an unpaid session.

  /// Number of rows.
  std::size_t size() const { return id.size(); }
};

/// Goals with their progress as columns.
struct GoalColumns {
  std::vector<GoalId> id;
  std::vector<EngagementId> engagement;
  std::vector<ClientId> client;
  std::vector<std::string> title;  ///< Empty for redacted rows.
  std::vector<GoalStatus> status;
  std::vector<double> baseline;       ///< NaN for redacted rows.
  std::vector<double> current;        ///< Latest measurement; NaN when none or redacted.
  std::vector<double> target;         ///< NaN for redacted rows.
  std::vector<double> progress;       ///< `Goal::progress()` in [0, 1]; NaN for redacted rows.
  std::vector<std::int32_t> due;      ///< Days since 1970-01-01, when `has_due`.
  std::vector<std::uint8_t> has_due;  ///< 1 when the goal has a due date.
  std::vector<std::uint8_t> shared_with_sponsor;  ///< 1 when the client shared it.
  std::vector<std::uint8_t> redacted;  ///< 1 when the policy removed its text for the viewer.

  /// Number of rows.
  std::size_t size() const { return id.size(); }
};

/// Habits with their check-in counts as columns.
struct HabitColumns {
  std::vector<HabitId> id;
  std::vector<EngagementId> engagement;
  std::vector<ClientId> client;
  std::vector<std::string> title;  ///< Empty for redacted rows.
  std::vector<Cadence> cadence;
  std::vector<std::int32_t> check_ins;  ///< Check-ins recorded.
  std::vector<std::int32_t> kept;       ///< Check-ins that were kept.
  std::vector<double> adherence;        ///< `Habit::adherence()`; NaN for redacted rows.
  std::vector<std::uint8_t> redacted;   ///< 1 when the policy removed its text for the viewer.

  /// Number of rows.
  std::size_t size() const { return id.size(); }
};

/// Well-being check-ins as columns.
struct WellbeingColumns {
  std::vector<WellbeingId> id;
  std::vector<EngagementId> engagement;
  std::vector<ClientId> client;
  std::vector<std::int32_t> on;  ///< Days since 1970-01-01.
  std::vector<std::int32_t> thriving;
  std::vector<std::int32_t> stress;
  std::vector<std::int32_t> burnout;
  std::vector<std::int32_t> confidence;

  /// Number of rows.
  std::size_t size() const { return id.size(); }
};

/// Audit entries as columns (entries carry no content).
struct AuditColumns {
  std::vector<std::uint64_t> sequence;
  std::vector<std::int64_t> at;  ///< Seconds since the Unix epoch (UTC).
  std::vector<Role> viewer_role;
  std::vector<boost::uuids::uuid> viewer_id;
  std::vector<AuditAction> action;
  std::vector<RecordKind> kind;
  std::vector<RecordId> record;  ///< Nil for list entries.
  std::vector<EngagementId> engagement;
  std::vector<ClientId> client;
  std::vector<std::string> purpose;  ///< A short code.
  std::vector<AuditOutcome> outcome;
  std::vector<std::uint32_t> count;  ///< Records concerned (list entries).

  /// Number of rows.
  std::size_t size() const { return sequence.size(); }
};

/// \name Columnar listings
/// With an engagement: its records, exactly as the matching `View` listing returns them
/// (NotFound when the engagement is invisible to the viewer). Without one: the records of
/// every engagement the viewer may see, in engagement order, then creation order.
///@{
SessionColumns session_columns(const View& view,
                               std::optional<EngagementId> engagement = std::nullopt);
GoalColumns goal_columns(const View& view, std::optional<EngagementId> engagement = std::nullopt);
HabitColumns habit_columns(const View& view, std::optional<EngagementId> engagement = std::nullopt);
WellbeingColumns wellbeing_columns(const View& view,
                                   std::optional<EngagementId> engagement = std::nullopt);
///@}

/// Audit entries as columns: with a client, `View::access_log(client)` (only that client may
/// ask); without, `View::audit_trail()` (practice admins only). Throws AccessDenied otherwise.
AuditColumns audit_columns(const View& view, std::optional<ClientId> client = std::nullopt);

}  // namespace libcoach
