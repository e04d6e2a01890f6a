// Nudges as JSON (docs/schema/report-nudges.schema.json), CSV (one row per nudge) and
// Markdown.

#include "libcoach/reports/csv.hpp"
#include "libcoach/reports/json.hpp"
#include "libcoach/reports/markdown.hpp"
#include "reports/csv_parts.hpp"
#include "reports/json_document.hpp"
#include "reports/markdown_parts.hpp"

namespace libcoach {

namespace {

using detail::id_text;

std::string kind_text(const std::optional<RecordKind>& k) {
  return k ? std::string(to_string(*k)) : std::string();
}

}  // namespace

detail::json::Json detail::json::document(const Nudges& r) {
  using namespace detail::json;
  Json j = header(r.header);
  j["horizon_days"] = r.horizon_days;
  j["inner_work_checkin_days"] = r.inner_work_checkin_days;
  Json list = Json::array();
  for (const auto& n : r.nudges) {
    list.push_back({{"kind", std::string(to_string(n.kind))},
                    {"due", n.due.to_string()},
                    {"engagement", opt(n.engagement)},
                    {"organization", opt(n.organization)},
                    {"record_kind", n.record_kind ? Json(kind_text(n.record_kind)) : Json(nullptr)},
                    {"record", opt(n.record)},
                    {"recipient",
                     {{"role", std::string(to_string(n.recipient.role))},
                      {"id", format_uuid(n.recipient.id)}}},
                    {"redacted", n.redacted},
                    {"title", n.title}});
  }
  j["nudges"] = std::move(list);
  return j;
}

std::string render_json(const Nudges& r) {
  return detail::json::dump(detail::json::document(r));
}

std::string render_csv(const Nudges& r) {
  using namespace detail::csv;
  std::string out;
  header_row(out, {"kind", "due", "engagement", "organization", "record_kind", "record",
                   "recipient_role", "recipient", "redacted", "title"});
  for (const auto& n : r.nudges)
    row(out,
        {val(std::string(to_string(n.kind))), val(n.due.to_string()), val(id_text(n.engagement)),
         val(id_text(n.organization)), val(kind_text(n.record_kind)), val(id_text(n.record)),
         val(std::string(to_string(n.recipient.role))), val(format_uuid(n.recipient.id)),
         flag(n.redacted), txt(n.title)});
  return out;
}

std::string render_markdown(const Nudges& r) {
  using namespace detail::markdown;
  std::string out = header(r.header, "Nudges");
  out += "- Horizon: " + std::to_string(r.horizon_days) + " days\n\n";
  if (r.nudges.empty()) {
    out += "No nudges.\n";
    return out;
  }
  table(out, {"Due", "Kind", "For", "Engagement", "Title"});
  for (const auto& n : r.nudges)
    row(out, {n.due.to_string(), std::string(to_string(n.kind)),
              std::string(to_string(n.recipient.role)), id_text(n.engagement),
              title_of(n.redacted, n.title)});
  return out;
}

}  // namespace libcoach
