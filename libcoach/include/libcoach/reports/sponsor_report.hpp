#pragma once
/// \file
/// The sponsor report: for one sponsor contact, the engagements they are listed on — status,
/// dates, sessions held against the allotment (when the agreement grants attendance), goals
/// the client shared with progress and trend, and unshared goals as text-free lines when the
/// agreement says so. Never notes, inner work or the coach's impressions.

#include <optional>
#include <vector>

#include "libcoach/access/view.hpp"
#include "libcoach/reports/common.hpp"
#include "libcoach/reports/engagement_report.hpp"

namespace libcoach {

/// One engagement as its sponsor sees it.
struct SponsorEngagement {
  EngagementId engagement;
  ClientId client;
  EngagementStatus status = EngagementStatus::proposed;
  std::optional<Date> start;
  std::optional<Date> end;
  /// Sessions against the allotment; absent when the agreement does not grant attendance.
  std::optional<Allotment> attendance;
  /// Goals the view returned: shared ones in full, unshared ones redacted (`redacted`).
  std::vector<GoalLine> goals;
};

/// The sponsor report.
struct SponsorReport {
  ReportHeader header;
  SponsorContactId sponsor;
  std::vector<SponsorEngagement> engagements;
};

/// Builds the report of the engagements the viewer — a sponsor contact — is listed on.
/// Reads only through `view` and records one `report` audit entry.
/// \throws AccessDenied when the viewer is not a sponsor contact.
SponsorReport sponsor_report(const View& view, std::optional<Date> as_of = std::nullopt);

}  // namespace libcoach
