#include "themes.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

#include "state.hpp"

namespace libcoach::detail {

namespace {

// (engagement row, theme name) of one table's records, in table order.
using Sources = std::vector<std::pair<std::uint32_t, std::string>>;

template <class R, class Field>
Sources sources_of(const PracticeState& state, const std::function<bool(std::size_t)>& wanted,
                   Field field) {
  const auto& engagements = state.table<Engagement>();
  Sources out;
  state.table<R>().visit_rows([&](const R& record) {
    const Engagement* e = engagements.find(record.meta.engagement.value);
    if (e == nullptr)
      return;
    const auto row = static_cast<std::size_t>(e - engagements.rows().data());
    if ((wanted && !wanted(row)) || !theme_source(state, record.meta))
      return;
    std::string name = theme_name(record.*field);
    if (!name.empty())
      out.emplace_back(static_cast<std::uint32_t>(row), std::move(name));
  });
  return out;
}

// Places `sources` by engagement row (stable: table order within a row) as indices into
// `names`, which holds every name of them.
void place(const Sources& sources, const std::vector<std::string>& names, std::size_t rows,
           std::vector<std::uint32_t>& begin, std::vector<std::uint32_t>& themes) {
  if (sources.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("themes: too many records");
  begin.assign(rows + 1, 0);
  for (const auto& [row, name] : sources)
    ++begin[row + 1];
  for (std::size_t e = 0; e < rows; ++e)
    begin[e + 1] += begin[e];
  std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
  themes.resize(sources.size());
  for (const auto& [row, name] : sources) {
    const auto at = std::lower_bound(names.begin(), names.end(), name);
    themes[next[row]++] = static_cast<std::uint32_t>(at - names.begin());
  }
}

}  // namespace

std::string theme_name(std::string_view raw) {
  const auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!raw.empty() && space(raw.front()))
    raw.remove_prefix(1);
  while (!raw.empty() && space(raw.back()))
    raw.remove_suffix(1);
  std::string out(raw);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool theme_source(const PracticeState& state, const RecordMeta& meta) {
  return meta.scope == Scope::coaching && !state.is_erased(meta);
}

EngagementThemes collect_themes(const PracticeState& state,
                                const std::function<bool(std::size_t)>& wanted) {
  const Sources values = sources_of<Value>(state, wanted, &Value::name);
  const Sources beliefs = sources_of<Belief>(state, wanted, &Belief::category);
  EngagementThemes out;
  for (const Sources* s : {&values, &beliefs}) {
    for (const auto& [row, name] : *s)
      out.names.push_back(name);
  }
  std::sort(out.names.begin(), out.names.end());
  out.names.erase(std::unique(out.names.begin(), out.names.end()), out.names.end());
  const std::size_t rows = state.table<Engagement>().size();
  place(values, out.names, rows, out.value_begin, out.values);
  place(beliefs, out.names, rows, out.belief_begin, out.beliefs);
  return out;
}

}  // namespace libcoach::detail
