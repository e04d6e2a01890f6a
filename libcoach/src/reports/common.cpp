#include "libcoach/reports/common.hpp"

#include "reports/header.hpp"

namespace libcoach {

std::string_view to_string(ReportKind kind) {
  switch (kind) {
    case ReportKind::engagement:
      return "engagement";
    case ReportKind::sponsor:
      return "sponsor";
    case ReportKind::hours:
      return "hours";
    case ReportKind::calendar:
      return "calendar";
    case ReportKind::practice:
      return "practice";
    case ReportKind::prep:
      return "prep";
    case ReportKind::nudges:
      return "nudges";
  }
  return "engagement";
}

std::string anonymised_id(const boost::uuids::uuid& id) {
  return format_uuid(id).substr(0, 8);
}

namespace reports {

ReportHeader audited_header(const View& view, ReportKind kind, RecordKind subject,
                            std::optional<EngagementId> engagement, std::uint32_t count,
                            std::optional<Date> as_of) {
  ReportHeader header;
  header.kind = kind;
  header.viewer = view.viewer();
  header.generated = view.audit_report(subject, engagement, count);
  header.as_of = as_of.value_or(header.generated.date());
  return header;
}

}  // namespace reports

}  // namespace libcoach
