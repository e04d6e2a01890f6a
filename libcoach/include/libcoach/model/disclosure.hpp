#pragma once
/// \file
/// Break-glass disclosure: confidentiality broken deliberately, for a reason agreed up front,
/// and on the record.

#include <cstdint>
#include <string>
#include <string_view>

#include "libcoach/model/record.hpp"

namespace libcoach {

/// The reasons for which confidentiality may be broken.
enum class DisclosureReason : std::uint8_t {
  legal_requirement,  ///< A legal requirement or court order.
  illegal_activity,
  danger_to_self,    ///< Imminent danger to the client.
  danger_to_others,  ///< Imminent danger to others.
};
/// Lower-case reason code.
std::string_view to_string(DisclosureReason r);
/// Parses a reason code; throws ValidationError when unknown.
DisclosureReason parse_disclosure_reason(std::string_view text);

/// The record of one disclosure. Visible to the disclosing coach and to the client.
struct Disclosure {
  RecordMeta meta;  ///< author is the disclosing coach.
  RecordKind disclosed_kind = RecordKind::note;
  RecordId disclosed;  ///< The record disclosed.
  DisclosureReason reason = DisclosureReason::legal_requirement;
  std::string justification;  ///< Why, in the coach's words.
  std::string recipient;      ///< To whom (authority, emergency service).

  static constexpr RecordKind kind = RecordKind::disclosure;
  DisclosureId id() const { return DisclosureId{meta.id.value}; }
};

}  // namespace libcoach
