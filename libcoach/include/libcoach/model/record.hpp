#pragma once
/// \file
/// Record kinds and the metadata every content record carries (id, engagement, client,
/// scope, author, creation time). The policy reads only this metadata.

#include <cstdint>
#include <string_view>

#include "libcoach/ids.hpp"
#include "libcoach/model/actor.hpp"
#include "libcoach/model/scope.hpp"
#include "libcoach/time.hpp"

namespace libcoach {

/// Every kind of record a practice holds.
enum class RecordKind : std::uint8_t {
  coach,
  client,
  organization,
  sponsor_contact,
  admin,
  supervisor,
  engagement,
  session,
  note,
  goal,
  milestone,
  action_item,
  habit,
  skill,
  value,
  belief,
  fear,
  purpose,
  reflection,
  insight,
  wellbeing,
  link,
  consent,
  disclosure,
  referral,
};

/// Lower-case name of a record kind ("action_item", "belief", ...).
std::string_view to_string(RecordKind kind);
/// Parses a record-kind name; throws ValidationError when unknown.
RecordKind parse_record_kind(std::string_view text);

/// True for the kinds below the waterline: values, beliefs, fears, purpose, reflections,
/// insights, well-being check-ins and inner-to-outer links.
constexpr bool is_inner_work(RecordKind kind) {
  return kind >= RecordKind::value && kind <= RecordKind::link;
}

/// The metadata every content record carries.
struct RecordMeta {
  RecordId id;              ///< Unique across the practice.
  EngagementId engagement;  ///< The engagement the record belongs to.
  ClientId client;          ///< The client of that engagement (denormalised for policy).
  Scope scope = Scope::coaching;
  Actor author;                   ///< Who created it.
  Timestamp created;              ///< When it was created.
  std::uint64_t created_seq = 0;  ///< Event sequence number that created it.
  bool redacted = false;          ///< Set on copies a View returns with the text removed by policy.
};

/// Policy-relevant facts about one record: what the policy function is asked about.
struct RecordRef {
  RecordKind kind = RecordKind::note;
  RecordMeta meta;
};

}  // namespace libcoach
