// export_practice: the full backup document (docs/interchange.md).

#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include "interchange/document.hpp"
#include "interchange/json_writer.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/interchange.hpp"

namespace libcoach {

namespace interchange {

namespace {

OrderedJson practice_document(const detail::PracticeState& state,
                              const std::vector<AuditEntry>& audit, Timestamp now) {
  OrderedJson doc = OrderedJson::object();
  doc["format"] = std::string(kPracticeExportFormat);
  doc["version"] = kInterchangeVersion;
  doc["exported_at"] = now.to_string();
  doc["last_sequence"] = state.last_sequence;
  OrderedJson parties = OrderedJson::object();
  OrderedJson engagements = OrderedJson::array();
  OrderedJson records = OrderedJson::array();
  OrderedJson others = OrderedJson::object();
  for_each_row_type([&]<class R>(std::type_identity<R>) {
    const auto& rows = state.table<R>().rows();
    using Info = TableInfo<R>;
    if constexpr (Info::section == Section::party) {
      OrderedJson& list = parties[std::string(Info::name)] = OrderedJson::array();
      for (const R& row : rows)
        list.push_back(encode(row));
    } else if constexpr (Info::section == Section::engagement) {
      for (const R& row : rows)
        engagements.push_back(encode(row));
    } else if constexpr (Info::section == Section::record) {
      for (const R& row : rows)
        records.push_back(encode(row));
    } else {
      OrderedJson& list = others[std::string(Info::name)] = OrderedJson::array();
      for (const R& row : rows)
        list.push_back(encode(row));
    }
  });
  doc["parties"] = std::move(parties);
  doc["engagements"] = std::move(engagements);
  doc["records"] = std::move(records);
  for (auto it = others.begin(); it != others.end(); ++it)
    doc[it.key()] = std::move(it.value());
  doc["audit"] = encode(audit);
  return doc;
}

}  // namespace
}  // namespace interchange

std::string export_practice(const Practice& practice, const Actor& by) {
  using namespace interchange;
  detail::PracticeCore& core = core_of(practice);
  std::shared_lock lock(core.mutex);  // One consistent state; commands wait.
  const Timestamp now = core.now();
  if (!is_registered(core.state, by))
    throw AccessDenied("export_practice: the actor is not registered in this practice");
  if (by.role != Role::admin) {
    audit_export(core, by, ClientId{}, kBackupPurpose, AuditOutcome::denied, 0, now);
    throw AccessDenied("export_practice: practice admins only");
  }
  std::string text = dump_document(practice_document(core.state, core.audit.entries(), now), -1);

  // One entry per client, so that each client's access log shows the backup of their records.
  // Appended before the document is handed out: an export that cannot be audited is not made.
  std::unordered_map<boost::uuids::uuid, std::uint32_t, UuidHash> counts;
  for_each_row_type([&]<class R>(std::type_identity<R>) {
    if constexpr (TableInfo<R>::section == Section::record) {
      for (const R& row : core.state.table<R>().rows())
        ++counts[row.meta.client.value];
    }
  });
  const auto& clients = core.state.table<Client>().rows();
  for (const Client& c : clients) {
    const auto it = counts.find(c.id.value);
    audit_export(core, by, c.id, kBackupPurpose, AuditOutcome::allowed,
                 it == counts.end() ? 0 : it->second, now);
  }
  if (clients.empty())
    audit_export(core, by, ClientId{}, kBackupPurpose, AuditOutcome::allowed, 0, now);
  return text;
}

}  // namespace libcoach
