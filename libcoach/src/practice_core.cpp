#include "practice_core.hpp"

#include "libcoach/logging.hpp"

namespace libcoach::detail {

void PracticeCore::collect_facts(const Viewer& viewer, const Engagement& engagement, Timestamp now,
                                 PolicyFacts& facts) const {
  const auto& consents = state.table<Consent>();
  facts.consents.clear();
  for (const std::size_t i : consents.of_engagement(engagement.id)) {
    facts.consents.push_back(&consents.at(i));
  }
  if (facts.viewer != viewer) {
    facts.viewer = viewer;
    facts.supervisees.clear();
    facts.context.viewer_organization.reset();
    if (viewer.role == Role::sponsor_contact) {
      if (const auto* contact = state.table<SponsorContact>().find(viewer.id)) {
        facts.context.viewer_organization = contact->organization;
      }
    } else if (viewer.role == Role::supervisor) {
      if (const auto* supervisor = state.table<Supervisor>().find(viewer.id)) {
        facts.supervisees = supervisor->supervisees;
      }
    }
  }
  facts.context.engagement = &engagement;
  facts.context.now = now;
  facts.context.consents = facts.consents;
  facts.context.viewer_supervisees = facts.supervisees;
}

void PracticeCore::audit_event(const Viewer& viewer, AuditAction action, RecordKind kind,
                               RecordId record, const Engagement& engagement,
                               const std::string& purpose, AuditOutcome outcome,
                               std::uint32_t count, Timestamp now) {
  AuditEntry entry;
  entry.at = now;
  entry.viewer = viewer;
  entry.action = action;
  entry.kind = kind;
  entry.record = record;
  entry.engagement = engagement.id;
  entry.client = engagement.client;
  entry.purpose = purpose;
  entry.outcome = outcome;
  entry.count = count;
  audit.append(std::move(entry));
}

void log_applied(const Event& event) {
  if (const auto log = logger(); log->should_log(spdlog::level::debug))
    log->debug("event {} applied: {}", event.sequence, event_name(event.payload));
}

}  // namespace libcoach::detail
