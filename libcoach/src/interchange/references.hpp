#pragma once
// Consistency of an imported practice beyond the shape of each row: references name existing
// parties, engagements and records (of the same engagement), each record's scope is one its
// kind may have (inner work is never sponsor-scoped, referrals are coach_private, ...), and
// sequence numbers do not run past last_sequence. Messages carry JSON Pointers, never values.

#include "interchange/document.hpp"
#include "interchange/json_reader.hpp"

namespace libcoach::interchange {

/// Checks `in` against the document it was read from (`doc`, for the paths of messages).
/// \throws ValidationError naming the path of the first inconsistency.
void check_references(const ImportedPractice& in, const Json& doc);

}  // namespace libcoach::interchange
