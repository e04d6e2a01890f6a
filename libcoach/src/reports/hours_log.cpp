#include "libcoach/reports/hours_log.hpp"
#include "reports/header.hpp"

#include <algorithm>
#include <set>

#include "libcoach/errors.hpp"

namespace libcoach {

namespace {

struct Threshold {
  Credential credential;
  double hours;
  double paid;
};
// ICF experience requirements for each credential level.
constexpr Threshold kThresholds[] = {
    {Credential::acc, 100.0, 75.0},
    {Credential::pcc, 500.0, 450.0},
    {Credential::mcc, 2500.0, 2250.0},
};

}  // namespace

HoursLog hours_log(const View& view, std::optional<Date> as_of) {
  const Viewer& viewer = view.viewer();
  if (viewer.role != Role::coach) {
    view.audit_report(RecordKind::session, std::nullopt, 0, AuditOutcome::denied);
    throw AccessDenied("hours log: coaches only");
  }
  HoursLog log;
  log.coach = CoachId{viewer.id};
  std::set<std::string> clients;
  for (const Engagement& e : view.engagements()) {
    if (!viewer.is(e.coach))
      continue;
    for (const Session& s : view.sessions(e.id)) {
      // Sessions from before a handover are the previous coach's hours.
      if (s.status != SessionStatus::held || s.meta.created_seq < e.coach_since_seq)
        continue;
      HoursEntry entry;
      entry.client = anonymised_id(e.client.value);
      entry.on = s.start.date();
      entry.group = s.group;
      entry.pro_bono = s.pro_bono;
      entry.hours = s.duration_minutes / 60.0;
      clients.insert(entry.client);
      log.entries.push_back(std::move(entry));
    }
  }
  std::stable_sort(log.entries.begin(), log.entries.end(),
                   [](const HoursEntry& a, const HoursEntry& b) { return a.on < b.on; });
  for (const HoursEntry& entry : log.entries) {
    log.total_hours += entry.hours;
    (entry.pro_bono ? log.pro_bono_hours : log.paid_hours) += entry.hours;
    (entry.group ? log.group_hours : log.individual_hours) += entry.hours;
  }
  log.clients = static_cast<std::int32_t>(clients.size());
  for (const Threshold& t : kThresholds) {
    CredentialProgress p;
    p.credential = t.credential;
    p.required_hours = t.hours;
    p.required_paid_hours = t.paid;
    p.remaining_hours = std::max(0.0, t.hours - log.total_hours);
    p.reached = log.total_hours >= t.hours && log.paid_hours >= t.paid;
    log.credentials.push_back(p);
  }
  log.header = reports::audited_header(view, ReportKind::hours, RecordKind::session, std::nullopt,
                                       static_cast<std::uint32_t>(log.entries.size()), as_of);
  return log;
}

}  // namespace libcoach
