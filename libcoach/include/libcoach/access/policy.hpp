#pragma once
/// \file
/// The confidentiality policy: one function, `can`, that every read path calls (listings
/// through `EngagementReads`, which makes the same decisions row by row). Deny by
/// default: a combination this function does not allow is refused. The matrix it implements
/// is documented in docs/confidentiality.md.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "libcoach/model.hpp"

namespace libcoach {

/// What a viewer wants to do with a record.
enum class Action : std::uint8_t {
  read = 0,      ///< See the record (queries, iteration, histories, reports).
  export_ = 1,   ///< Take it out of the practice (client export, backup).
  disclose = 2,  ///< Break-glass disclosure.
};
/// "read", "export", "disclose".
std::string_view to_string(Action a);

/// The policy's answer.
enum class Decision : std::uint8_t {
  deny = 0,    ///< Nothing of the record may be shown.
  allow = 1,   ///< The whole record may be shown.
  redact = 2,  ///< Only its operational facts (status, dates), no text.
};
/// "deny", "allow", "redact".
std::string_view to_string(Decision d);

/// The facts about the practice the policy needs besides the record itself.
struct PolicyContext {
  const Engagement* engagement = nullptr;  ///< The record's engagement (required).
  /// Consents given in that engagement (pointers into the practice's table: a listing
  /// gathers them once per engagement without copying their records and texts).
  std::span<const Consent* const> consents;
  std::optional<OrganizationId> viewer_organization;  ///< When the viewer is a sponsor contact.
  std::span<const CoachId> viewer_supervisees;        ///< When the viewer is a supervisor.
  Timestamp now;                                      ///< For consent periods.
};

/// The policy function: may `viewer` perform `action` on `record`?
/// Pure: depends only on its arguments.
Decision can(const Viewer& viewer, Action action, const RecordRef& record,
             const PolicyContext& context);

/// `can(viewer, Action::read, {kind, meta}, context)` for the records of one engagement (a
/// listing's rows): the viewer's relation to the engagement, which `can` works out for every
/// record, is worked out once. Holds references to `viewer` and `context`.
class EngagementReads {
 public:
  EngagementReads(const Viewer& viewer, const PolicyContext& context);
  /// The same decision as `can` for reading a record of kind `kind` with `meta`.
  Decision read(RecordKind kind, const RecordMeta& meta) const;

 private:
  const Viewer& viewer_;
  const PolicyContext& context_;
  std::uint8_t relation_;  ///< The policy's relation of the viewer to the engagement.
};

/// A cheap necessary condition for `viewer` having any relation to `engagement`: the
/// engagement names them (as coach, past coach, client or sponsor contact), or they are an
/// admin or a supervisor (whose relation goes through their supervisees). Practice-wide
/// listings use it to pass over other people's engagements without gathering policy facts;
/// it never decides access on its own.
bool may_relate(const Viewer& viewer, const Engagement& engagement);

/// May `viewer` see that the engagement exists (its operational facts)?
bool can_see_engagement(const Viewer& viewer, const Engagement& engagement,
                        const PolicyContext& context);

/// May `viewer` read k-anonymous aggregates (numbers only, never text) of the engagements
/// sponsored by `organization` (of every engagement when absent)? Practice admins: any;
/// a sponsor contact: their own organization (`viewer_organization`) only; nobody else.
bool can_read_aggregates(const Viewer& viewer, std::optional<OrganizationId> organization,
                         std::optional<OrganizationId> viewer_organization);

}  // namespace libcoach
