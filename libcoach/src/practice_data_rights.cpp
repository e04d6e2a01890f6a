// The client's data rights on a Practice: legal holds, shredding (right to erasure),
// retention, tombstones and key rotation. See docs/data-rights.md.

#include "command.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/logging.hpp"
#include "libcoach/practice.hpp"
#include "practice_core.hpp"
#include "retention.hpp"
#include "store/store.hpp"

namespace libcoach {

using detail::Command;

namespace {

// Every row of one of the erasure tables, for a registered practice admin.
template <class R>
std::vector<R> admin_rows(const detail::PracticeCore& core, const Actor& by,
                          std::string_view what) {
  if (by.role != Role::admin)
    throw AccessDenied(std::string(what) + ": practice admins only");
  std::shared_lock lock(core.mutex);
  if (!detail::is_registered(core.state, by))
    throw AccessDenied("act: the actor is not registered in this practice");
  return core.state.table<R>().rows();
}

void require_client(const detail::PracticeState& state, ClientId client) {
  if (!state.table<Client>().contains(client.value))
    throw NotFound("client: no such record visible to this viewer");
}

}  // namespace

void Practice::set_legal_hold(const Actor& by, ClientId client, bool held) {
  Command cmd(*core_, by);
  cmd.require_admin("set_legal_hold");
  require_client(cmd.state(), client);
  if (cmd.state().table<LegalHold>().contains(client.value) == held)
    return;  // Already so: nothing to record.
  cmd.commit(LegalHoldChanged{client, held});
}

void Practice::shred_client(const Actor& by, ClientId client) {
  if (store_ && store_->in_batch())
    throw Conflict("shred_client: not inside a batch (it compacts the store)");
  {
    Command cmd(*core_, by);
    cmd.require_admin("shred_client");
    require_client(cmd.state(), client);
    if (cmd.state().table<LegalHold>().contains(client.value))
      throw LegalHoldError("shred_client: the client's data is under a legal hold");
    if (cmd.state().is_shredded(client))
      throw Conflict("shred_client: the client was already shredded");
    cmd.commit(ClientShredded{client});
  }  // The event is durable here; a crash from now on is finished by the next open.
  if (store_)
    store_->complete_shred(client);
  logger()->info("a client's data was shredded");
}

RetentionReport Practice::apply_retention(const Actor& by, const std::vector<RetentionRule>& rules,
                                          std::optional<Date> as_of, bool dry_run) {
  if (!dry_run && store_ && store_->in_batch())
    throw Conflict("apply_retention: not inside a batch (it compacts the store)");
  detail::check_retention_rules(rules);
  RetentionReport report;
  {
    Command cmd(*core_, by);
    cmd.require_admin("apply_retention");
    report = detail::due_for_erasure(cmd.state(), rules, as_of.value_or(cmd.now().date()));
    report.dry_run = dry_run;
    if (!dry_run) {
      for (std::size_t i = 0; i < report.erased.size(); i += kMaxErasedPerEvent) {
        RecordsErased event;
        const std::size_t end = std::min(report.erased.size(), i + kMaxErasedPerEvent);
        for (std::size_t k = i; k < end; ++k)
          event.records.push_back(report.erased[k].id);
        cmd.commit(std::move(event));
      }
    }
  }
  if (!dry_run && !report.erased.empty() && store_)
    store_->compact();
  logger()->info("retention{}: {} records due, {} held back", dry_run ? " (dry run)" : "",
                 report.erased.size(), report.held_back);
  return report;
}

std::vector<Tombstone> Practice::tombstones(const Actor& by) const {
  return admin_rows<Tombstone>(*core_, by, "tombstones");
}

std::vector<LegalHold> Practice::legal_holds(const Actor& by) const {
  return admin_rows<LegalHold>(*core_, by, "legal_holds");
}

bool Practice::is_encrypted() const {
  return store_ && store_->encrypted();
}

void Practice::rotate_key(const KeySource& next) {
  if (!store_)
    throw Conflict("rotate_key: the practice has no store");
  store_->rotate_key(next);
}

}  // namespace libcoach
