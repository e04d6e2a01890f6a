#include "interchange/document.hpp"

#include "practice_access.hpp"

namespace libcoach::interchange {

detail::PracticeCore& core_of(const Practice& practice) {
  return const_cast<detail::PracticeCore&>(PracticeAccess::core(practice));
}

void audit_export(detail::PracticeCore& core, const Actor& by, ClientId client,
                  std::string_view purpose, AuditOutcome outcome, std::uint32_t count,
                  Timestamp at) {
  AuditEntry entry;
  entry.at = at;
  entry.viewer = by;
  entry.action = AuditAction::export_;
  entry.kind = RecordKind::client;
  entry.record = client.record();
  entry.client = client;
  entry.purpose = std::string(purpose);
  entry.outcome = outcome;
  entry.count = count;
  core.audit.append(std::move(entry));
}

}  // namespace libcoach::interchange
