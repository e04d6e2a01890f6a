#pragma once
// The inner-work themes of the practice aggregates report: the names of coaching-scope values
// and the categories of coaching-scope beliefs, trimmed and lower-cased, per engagement, as
// indices into one sorted list of distinct names. The snapshot's aggregate facts section
// (aggregate_facts.hpp) stores them in this form for an unencrypted store, and the report's
// row path builds the same form from the rows, so both paths count the same themes.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/model.hpp"
#include "libcoach/time.hpp"

namespace libcoach::detail {

struct PracticeState;

/// Trimmed of ASCII white space, ASCII letters lower-cased: "Integrity " and "integrity" are
/// one theme. Other bytes compare as they are.
std::string theme_name(std::string_view raw);

/// Whether a record may feed a theme count: coaching scope (never the client's private
/// records) and content not erased.
bool theme_source(const PracticeState& state, const RecordMeta& meta);

/// Whether an `aggregate_themes` consent lets its engagement's themes be counted on `day`:
/// never revoked and its period holds the day. A revoked consent never counts, even for a
/// day before the revocation: revocation stops every later use.
inline bool themes_consent_holds(bool revoked, Date from, Date to, Date day) {
  return !revoked && from <= day && day <= to;
}

/// Every chosen engagement's value and belief themes. Engagement rows are positions in the
/// engagements table; within one engagement the themes keep their records' table order.
struct EngagementThemes {
  std::vector<std::string> names;          ///< Distinct, sorted, none empty.
  std::vector<std::uint32_t> value_begin;  ///< Engagement row e's value themes are
  std::vector<std::uint32_t> values;       ///< values[value_begin[e] .. value_begin[e+1]).
  std::vector<std::uint32_t> belief_begin;
  std::vector<std::uint32_t> beliefs;
};

/// The themes of the engagements whose row `wanted` accepts (every row when empty), read
/// from the value and belief tables (streamed while they are undecoded: Table::visit_rows).
/// Reads the engagements table to place each record.
EngagementThemes collect_themes(const PracticeState& state,
                                const std::function<bool(std::size_t row)>& wanted = {});

}  // namespace libcoach::detail
