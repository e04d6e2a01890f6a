#include "libcoach/reports/common.hpp"

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
  }
  return "engagement";
}

std::string anonymised_id(const boost::uuids::uuid& id) {
  return format_uuid(id).substr(0, 8);
}

}  // namespace libcoach
