// export_client: a client's data package (right of access, docs/interchange.md).

#include <mutex>
#include <shared_mutex>

#include "interchange/document.hpp"
#include "interchange/json_writer.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/interchange.hpp"

namespace libcoach {

std::string export_client(const Practice& practice, const Actor& by, ClientId client) {
  using namespace interchange;
  detail::PracticeCore& core = core_of(practice);
  std::shared_lock lock(core.mutex);
  const Timestamp now = core.now();
  const auto& state = core.state;
  if (!is_registered(state, by))
    throw AccessDenied("export_client: the actor is not registered in this practice");
  // Who may ask is decided before whether the client exists: existence is confidential.
  if (by.role != Role::admin && !by.is(client)) {
    audit_export(core, by, client, kAccessRequestPurpose, AuditOutcome::denied, 0, now);
    throw AccessDenied("export_client: practice admins or the client themself only");
  }
  const Client* profile = state.table<Client>().find(client.value);
  if (profile == nullptr)
    throw NotFound("client: no such record visible to this viewer");

  OrderedJson doc = OrderedJson::object();
  doc["format"] = std::string(kClientExportFormat);
  doc["version"] = kInterchangeVersion;
  doc["exported_at"] = now.to_string();
  doc["client"] = encode(*profile);
  OrderedJson engagements = OrderedJson::array();
  for (const Engagement& e : state.table<Engagement>().rows()) {
    if (e.client == client)
      engagements.push_back(encode(e));
  }
  OrderedJson records = OrderedJson::array();
  std::uint32_t count = 0;
  for_each_row_type([&]<class R>(std::type_identity<R>) {
    if constexpr (TableInfo<R>::section == Section::record) {
      for (const R& row : state.table<R>().rows()) {
        if (row.meta.client == client) {
          records.push_back(encode(row));
          ++count;
        }
      }
    }
  });
  doc["engagements"] = std::move(engagements);
  doc["records"] = std::move(records);
  doc["audit"] = encode(core.audit.entries_for(client));
  // Indented: this document is meant to be read by a person.
  std::string text = dump_document(doc, 2);
  audit_export(core, by, client, kAccessRequestPurpose, AuditOutcome::allowed, count, now);
  return text;
}

}  // namespace libcoach
