#include "libcoach/reports/sponsor_report.hpp"
#include "reports/header.hpp"

#include <algorithm>

#include "libcoach/errors.hpp"

namespace libcoach {

SponsorReport sponsor_report(const View& view, std::optional<Date> as_of) {
  const Viewer& viewer = view.viewer();
  if (viewer.role != Role::sponsor_contact) {
    view.audit_report(RecordKind::engagement, std::nullopt, 0, AuditOutcome::denied);
    throw AccessDenied("sponsor report: sponsor contacts only");
  }
  SponsorReport r;
  r.sponsor = SponsorContactId{viewer.id};
  std::uint32_t count = 0;
  for (const Engagement& e : view.engagements()) {
    // Only the engagements this contact is listed on, even if the policy shows others.
    const bool listed = std::any_of(e.sponsor_contacts.begin(), e.sponsor_contacts.end(),
                                    [&](const SponsorContactId& c) { return viewer.is(c); });
    if (!listed)
      continue;
    SponsorEngagement line;
    line.engagement = e.id;
    line.client = e.client;
    line.status = e.status;
    if (e.agreement) {
      line.start = e.agreement->start;
      line.end = e.agreement->end;
      if (e.agreement->sponsor_terms.attendance)
        line.attendance = view.allotment(e.id);
    }
    // The View decides: shared goals in full (when the terms grant progress), unshared ones
    // redacted (when the terms say so) or in full only under a consent in force.
    for (const Goal& g : view.goals(e.id))
      line.goals.push_back(goal_line(g));
    count += 1 + static_cast<std::uint32_t>(line.goals.size());
    r.engagements.push_back(std::move(line));
  }
  r.header = reports::audited_header(view, ReportKind::sponsor, RecordKind::engagement,
                                     std::nullopt, count, as_of);
  return r;
}

}  // namespace libcoach
