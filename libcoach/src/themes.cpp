#include "themes.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <unordered_map>
#include <utility>

#include "state.hpp"

namespace libcoach::detail {

namespace {

// (engagement row, theme) of one table's records, in table order. Themes are numbered in
// order of first appearance while reading (`numbers`), and renumbered in name order once
// every name is known: a record costs eight bytes here, not a copy of its name.
using Sources = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
using Numbers = std::unordered_map<std::string, std::uint32_t>;

template <class R, class Field>
Sources sources_of(const PracticeState& state, const std::function<bool(std::size_t)>& wanted,
                   Field field, Numbers& numbers) {
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
    if (name.empty())
      return;
    const auto next = static_cast<std::uint32_t>(numbers.size());
    out.emplace_back(static_cast<std::uint32_t>(row),
                     numbers.try_emplace(std::move(name), next).first->second);
  });
  if (out.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("themes: too many records");
  return out;
}

// Places `sources` by engagement row (stable: table order within a row), each theme as its
// index in name order (`sorted[number]`).
void place(const Sources& sources, const std::vector<std::uint32_t>& sorted, std::size_t rows,
           std::vector<std::uint32_t>& begin, std::vector<std::uint32_t>& themes) {
  begin.assign(rows + 1, 0);
  for (const auto& [row, number] : sources)
    ++begin[row + 1];
  for (std::size_t e = 0; e < rows; ++e)
    begin[e + 1] += begin[e];
  std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
  themes.resize(sources.size());
  for (const auto& [row, number] : sources)
    themes[next[row]++] = sorted[number];
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
  Numbers numbers;
  const Sources values = sources_of<Value>(state, wanted, &Value::name, numbers);
  const Sources beliefs = sources_of<Belief>(state, wanted, &Belief::category, numbers);
  EngagementThemes out;
  out.names.reserve(numbers.size());
  for (const auto& [name, number] : numbers)
    out.names.push_back(name);
  std::sort(out.names.begin(), out.names.end());
  std::vector<std::uint32_t> sorted(numbers.size());
  for (std::size_t i = 0; i < out.names.size(); ++i)
    sorted[numbers.at(out.names[i])] = static_cast<std::uint32_t>(i);
  const std::size_t rows = state.table<Engagement>().size();
  place(values, sorted, rows, out.value_begin, out.values);
  place(beliefs, sorted, rows, out.belief_begin, out.beliefs);
  return out;
}

}  // namespace libcoach::detail
