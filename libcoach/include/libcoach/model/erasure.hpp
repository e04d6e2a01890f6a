#pragma once
/// \file
/// What stays behind when content is erased: a tombstone per erased record (or per shredded
/// client), so that the audit trail keeps pointing at something, and legal holds that stop
/// a client's data from being shredded.

#include <cstdint>
#include <string_view>

#include "libcoach/ids.hpp"
#include "libcoach/model/actor.hpp"
#include "libcoach/model/record.hpp"
#include "libcoach/time.hpp"

namespace libcoach {

/// Why content was erased.
enum class ErasureReason : std::uint8_t {
  shredded = 0,   ///< The client's data key was destroyed (right to erasure).
  retention = 1,  ///< A retention rule's period ran out.
};
/// "shredded" or "retention".
std::string_view to_string(ErasureReason reason);
/// Parses an erasure reason; throws ValidationError when unknown.
ErasureReason parse_erasure_reason(std::string_view text);

/// An erased record (or, with record_kind == client, a shredded client): ids and dates only.
struct Tombstone {
  RecordId id;  ///< The erased record (the client's id for a shredded client).
  RecordKind record_kind = RecordKind::note;  ///< `client` for a shredded client.
  EngagementId engagement;                    ///< Nil for a shredded client.
  ClientId client;
  ErasureReason reason = ErasureReason::retention;
  Timestamp at;                  ///< When it was erased.
  std::uint64_t erased_seq = 0;  ///< Event that erased it.
};

/// A legal hold on a client's data: while it is in force the client cannot be shredded.
struct LegalHold {
  ClientId id;  ///< The client under hold.
  Timestamp since;
  Actor by;
};

}  // namespace libcoach
