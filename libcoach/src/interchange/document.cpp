#include "interchange/document.hpp"

#include "practice_access.hpp"

namespace libcoach::interchange {

bool is_registered(const detail::PracticeState& state, const Actor& actor) {
  switch (actor.role) {
    case Role::coach:
      return state.table<Coach>().contains(actor.id);
    case Role::client:
      return state.table<Client>().contains(actor.id);
    case Role::sponsor_contact:
      return state.table<SponsorContact>().contains(actor.id);
    case Role::admin:
      return state.table<Admin>().contains(actor.id);
    case Role::supervisor:
      return state.table<Supervisor>().contains(actor.id);
  }
  return false;
}

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
