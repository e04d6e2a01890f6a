#include "retention.hpp"

#include <algorithm>

#include "content_fields.hpp"
#include "libcoach/errors.hpp"

namespace libcoach {

Date add_months(Date from, std::int32_t months) {
  const int total =
      static_cast<int>(from.year()) * 12 + static_cast<int>(from.month()) - 1 + months;
  const int year = total / 12;
  const unsigned month = static_cast<unsigned>(total % 12) + 1;
  // Clamp to the last day of the target month (31 January + 1 month = 28/29 February).
  unsigned day = from.day();
  while (day > 28) {
    try {
      return Date::from_ymd(year, month, day);
    } catch (const ValidationError&) {
      --day;
    }
  }
  return Date::from_ymd(year, month, day);
}

namespace detail {

namespace {

template <class R>
bool has_content_fields() {
  static const bool any = [] {
    R r{};
    bool found = false;
    for_each_content_field(r, [&](const char*, std::string&) { found = true; });
    return found;
  }();
  return any;
}

}  // namespace

void check_retention_rules(const std::vector<RetentionRule>& rules) {
  if (rules.size() > 64)
    throw ValidationError("retention rules: at most 64");
  for (const RetentionRule& rule : rules) {
    if (rule.months_after_end < 0 || rule.months_after_end > 1200) {
      throw ValidationError("retention rule months_after_end: 0..1200");
    }
  }
}

RetentionReport due_for_erasure(const PracticeState& state, const std::vector<RetentionRule>& rules,
                                Date as_of) {
  RetentionReport report;
  report.as_of = as_of;
  state.for_each_table([&](const auto& table) {
    using Row = typename std::decay_t<decltype(table.rows())>::value_type;
    if constexpr (requires(const Row& r) {
                    r.meta;
                    Row::kind;
                  }) {
      if (!has_content_fields<Row>())
        return;
      for (const Row& row : table.rows()) {
        if (state.is_erased(row.meta))
          continue;
        const Engagement* e = state.table<Engagement>().find(row.meta.engagement.value);
        if (e == nullptr || !e->ended)
          continue;
        const auto rule = std::find_if(rules.begin(), rules.end(), [&](const RetentionRule& r) {
          return r.scope == row.meta.scope && (!r.kind || *r.kind == Row::kind);
        });
        if (rule == rules.end())
          continue;
        const Date due = add_months(*e->ended, rule->months_after_end);
        if (as_of < due)
          continue;
        if (state.table<LegalHold>().contains(row.meta.client.value)) {
          ++report.held_back;
          continue;
        }
        report.erased.push_back(RetainedRecordErasure{row.meta.id, Row::kind, row.meta.engagement,
                                                      row.meta.scope, *e->ended, due});
      }
    }
  });
  return report;
}

}  // namespace detail
}  // namespace libcoach
