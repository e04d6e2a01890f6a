#pragma once
/// \file
/// Client consent (shaped after FHIR Consent): the client lets a grantee see specific records
/// or record kinds of one engagement, for a purpose and a period. Revocable; revocation stops
/// future access only.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/model/record.hpp"

namespace libcoach {

/// What a consent is for.
enum class ConsentKind : std::uint8_t {
  access = 0,            ///< A grantee may read the covered records.
  aggregate_themes = 1,  ///< Inner-work themes may enter anonymous aggregates.
};
/// "access", "aggregate_themes".
std::string_view to_string(ConsentKind k);
/// Parses a consent kind; throws ValidationError when unknown.
ConsentKind parse_consent_kind(std::string_view text);

/// A consent given by the client of `meta.engagement`.
struct Consent {
  RecordMeta meta;  ///< author is the client; scope is coaching.
  ConsentKind consent_kind = ConsentKind::access;
  std::optional<Actor> grantee;      ///< Who may see (access consents only).
  std::vector<RecordId> records;     ///< Specific records covered.
  std::vector<RecordKind> kinds;     ///< Whole record kinds covered (not for sponsors' inner work).
  std::string purpose;               ///< Why ("supervision", "handover", "three-way review").
  Date from;                         ///< First day the consent applies.
  Date to;                           ///< Last day the consent applies.
  std::optional<Timestamp> revoked;  ///< When the client revoked it.

  static constexpr RecordKind kind = RecordKind::consent;
  ConsentId id() const { return ConsentId{meta.id.value}; }
  /// True when granted, not yet revoked at `now`, and `now` falls in [from, to].
  bool in_force(Timestamp now) const {
    const Date today = now.date();
    return (!revoked || now < *revoked) && from <= today && today <= to;
  }
};

}  // namespace libcoach
