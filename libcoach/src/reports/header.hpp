#pragma once
// The last step of building any report: one audit entry, then the header that records it.

#include <cstdint>
#include <optional>

#include "libcoach/access/view.hpp"
#include "libcoach/reports/common.hpp"

namespace libcoach::reports {

/// Audits a report about `count` records of `subject` (one AuditAction::report entry) and
/// returns its header: generated at the audit entry's time, as of `as_of` or that day.
ReportHeader audited_header(const View& view, ReportKind kind, RecordKind subject,
                            std::optional<EngagementId> engagement, std::uint32_t count,
                            std::optional<Date> as_of);

}  // namespace libcoach::reports
