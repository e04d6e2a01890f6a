#include "libcoach/reports/practice_aggregates.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <deque>
#include <map>
#include <span>
#include <unordered_map>

#include "access/aggregate_read.hpp"
#include "libcoach/errors.hpp"
#include "reports/header.hpp"
#include "reports/k_anonymity.hpp"

namespace libcoach {

std::string_view to_string(AggregateDimension dimension) {
  switch (dimension) {
    case AggregateDimension::organization:
      return "organization";
    case AggregateDimension::coach:
      return "coach";
    case AggregateDimension::cohort:
      return "cohort";
    case AggregateDimension::month:
      return "month";
  }
  return "organization";
}

namespace {

using detail::AggregateEngagementFacts;

constexpr std::array kDimensions{AggregateDimension::organization, AggregateDimension::coach,
                                 AggregateDimension::cohort, AggregateDimension::month};
constexpr std::size_t kThemesShown = 10;

// Running sums of one cell.
struct Accumulator {
  std::vector<std::uint32_t> clients;  // Sorted and made distinct at the end.
  std::int32_t engagements = 0;
  std::int32_t held = 0;
  std::int32_t cancelled = 0;
  std::int32_t no_show = 0;
  std::int32_t goals = 0;
  std::int32_t achieved = 0;
  double thriving_sum = 0.0;
  std::int32_t check_ins = 0;

  void count(SessionStatus status) {
    switch (status) {
      case SessionStatus::held:
        ++held;
        break;
      case SessionStatus::cancelled:
        ++cancelled;
        break;
      case SessionStatus::no_show:
        ++no_show;
        break;
      case SessionStatus::scheduled:
        break;
    }
  }
  void add_goals(std::span<const GoalStatus> statuses) {
    goals += static_cast<std::int32_t>(statuses.size());
    achieved += static_cast<std::int32_t>(
        std::count(statuses.begin(), statuses.end(), GoalStatus::achieved));
  }
  // The sums of one whole engagement (every session, goal and check-in it brought), made
  // once and added to the total and to its cell of each table.
  static Accumulator of(const AggregateEngagementFacts& e) {
    Accumulator one;
    one.engagements = 1;
    for (const auto& s : e.sessions)
      one.count(s.status);
    one.add_goals(e.goals);
    for (const auto& w : e.wellbeing) {
      one.thriving_sum += w.thriving;
      ++one.check_ins;
    }
    return one;
  }
  void add(const Accumulator& one, std::uint32_t client) {
    clients.push_back(client);
    engagements += one.engagements;
    held += one.held;
    cancelled += one.cancelled;
    no_show += one.no_show;
    goals += one.goals;
    achieved += one.achieved;
    thriving_sum += one.thriving_sum;
    check_ins += one.check_ins;
  }
  void finish() {
    // Clients are numbered in engagement order, so most cells receive them in order already.
    if (!std::is_sorted(clients.begin(), clients.end()))
      std::sort(clients.begin(), clients.end());
    clients.erase(std::unique(clients.begin(), clients.end()), clients.end());
  }
  AggregateMeasures measures(bool with_goals) const {
    AggregateMeasures m;
    m.clients = static_cast<std::int32_t>(clients.size());
    m.engagements = engagements;
    m.sessions_held = held;
    m.sessions_cancelled = cancelled;
    m.sessions_no_show = no_show;
    if (held + no_show > 0)
      m.attendance_rate = static_cast<double>(held) / static_cast<double>(held + no_show);
    if (with_goals) {
      m.goals = goals;
      m.goals_achieved = achieved;
    }
    if (check_ins > 0)
      m.wellbeing_mean = thriving_sum / static_cast<double>(check_ins);
    return m;
  }
};

std::string two_digits(unsigned n) {
  return (n < 10 ? "0" : "") + std::to_string(n);
}

// Cohorts and months are numbered while accumulating and named once per cell of the table
// (years of four digits: the names sort as the numbers do).
int cohort_number(Date d) {
  return d.year() * 4 + static_cast<int>(d.month() - 1) / 3;
}
std::string cohort_key(int number) {
  return std::to_string(number / 4) + "-Q" + std::to_string(number % 4 + 1);
}
std::string month_key(int number) {
  return std::to_string(number / 12) + "-" + two_digits(static_cast<unsigned>(number % 12) + 1);
}

// The month table while accumulating: each engagement counts once in every month it has a
// session in, with those sessions and its check-ins of that month. Months are numbered from
// year 0; a month's cell is found through a flat index over every month of Date's range. Days
// become month numbers through the last month's first and past-the-end days (an engagement's
// sessions come in creation order, mostly a few per month): a calendar conversion is made
// only when a day leaves them.
class MonthTable {
 public:
  void add(const AggregateEngagementFacts& e, std::uint32_t client) {
    touched_.clear();
    const auto touched_at = [&](int month) {
      return std::find_if(touched_.begin(), touched_.end(),
                          [&](const auto& t) { return t.first == month; });
    };
    int last_month = 0;
    Accumulator* last = nullptr;
    for (const auto& s : e.sessions) {
      const int month = number(s.day);
      if (last == nullptr || month != last_month) {
        last = &cell(month);
        last_month = month;
        if (touched_at(month) == touched_.end())
          touched_.emplace_back(month, last);
      }
      last->count(s.status);
    }
    for (auto& [month, acc] : touched_) {
      acc->clients.push_back(client);
      ++acc->engagements;
    }
    for (const auto& w : e.wellbeing) {
      const auto it = touched_at(number(w.on));
      if (it == touched_.end())
        continue;
      it->second->thriving_sum += w.thriving;
      ++it->second->check_ins;
    }
  }

  /// Calls f(month number, accumulator) for every month with a session.
  template <class F>
  void for_each_month(F&& f) {
    for (auto& [month, acc] : cells_)
      f(month, acc);
  }

 private:
  static constexpr int kFirstMonth = 1900 * 12;           // Date's range: 1900-01 ..
  static constexpr int kMonths = (2200 - 1900 + 1) * 12;  // .. 2200-12.

  int number(Date d) {
    const std::int32_t days = d.days();
    if (days < first_ || days >= end_) {
      using namespace std::chrono;
      const year_month_day ymd{sys_days{std::chrono::days{days}}};
      const year_month_day_last last{ymd.year(), month_day_last{ymd.month()}};
      first_ = days - static_cast<std::int32_t>(static_cast<unsigned>(ymd.day())) + 1;
      end_ = first_ + static_cast<std::int32_t>(static_cast<unsigned>(last.day()));
      number_ = static_cast<int>(ymd.year()) * 12 +
                static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
    }
    return number_;
  }
  Accumulator& cell(int month) {
    std::int32_t& slot = slots_[static_cast<std::size_t>(month - kFirstMonth)];
    if (slot < 0) {
      slot = static_cast<std::int32_t>(cells_.size());
      cells_.emplace_back(month, Accumulator{});
    }
    return cells_[static_cast<std::size_t>(slot)].second;
  }

  std::int32_t first_ = 0;
  std::int32_t end_ = 0;  // Empty until the first day.
  int number_ = 0;
  std::vector<std::int32_t> slots_ = std::vector<std::int32_t>(kMonths, -1);
  std::deque<std::pair<int, Accumulator>> cells_;  // Stable addresses: `touched_` holds them.
  std::vector<std::pair<int, Accumulator*>> touched_;
};

// Themes held by at least k distinct clients, most common first (ties: name), at most ten.
// `holders[i]` are the clients holding theme `names[i]`; names are in sorted order.
std::vector<ThemeCount> top_themes(const std::vector<std::string>& names,
                                   std::vector<std::vector<std::uint32_t>>& holders,
                                   std::size_t k) {
  std::vector<ThemeCount> out;
  for (std::size_t i = 0; i < holders.size(); ++i) {
    std::vector<std::uint32_t>& clients = holders[i];
    std::sort(clients.begin(), clients.end());
    clients.erase(std::unique(clients.begin(), clients.end()), clients.end());
    if (clients.size() >= k)
      out.push_back({names[i], static_cast<std::int32_t>(clients.size())});
  }
  std::stable_sort(out.begin(), out.end(), [](const ThemeCount& a, const ThemeCount& b) {
    return a.clients > b.clients;  // In name order already.
  });
  if (out.size() > kThemesShown)
    out.resize(kThemesShown);
  return out;
}

AggregateThemes themes_of(const detail::AggregateFacts& facts,
                          const std::vector<std::uint32_t>& client_of, std::size_t k) {
  std::vector<std::uint32_t> consenting;
  const std::size_t names = facts.theme_names.size();
  std::vector<std::vector<std::uint32_t>> values(names);
  std::vector<std::vector<std::uint32_t>> categories(names);
  for (std::size_t i = 0; i < facts.engagements.size(); ++i) {
    const AggregateEngagementFacts& e = facts.engagements[i];
    if (!e.themes_consent)
      continue;
    consenting.push_back(client_of[i]);
    for (const std::uint32_t theme : e.value_themes)
      values[theme].push_back(client_of[i]);
    for (const std::uint32_t theme : e.belief_themes)
      categories[theme].push_back(client_of[i]);
  }
  std::sort(consenting.begin(), consenting.end());
  consenting.erase(std::unique(consenting.begin(), consenting.end()), consenting.end());
  AggregateThemes out;
  if (consenting.size() < k)
    return out;  // Too few consenting clients: no themes at all.
  out.values = top_themes(facts.theme_names, values, k);
  out.belief_categories = top_themes(facts.theme_names, categories, k);
  return out;
}

}  // namespace

PracticeAggregates practice_aggregates(const View& view, const PracticeAggregateOptions& options) {
  if (options.k < 3)
    throw ValidationError("k: at least 3");
  if (options.from && options.to && *options.from > *options.to)
    throw ValidationError("period: from after to");
  const Viewer& viewer = view.viewer();

  detail::AggregateRequest request{options.from, options.to, options.organization, options.as_of};
  // A sponsor contact's report is about their own organization unless they ask otherwise
  // (and asking for another one is refused by the policy).
  if (viewer.role == Role::sponsor_contact && !request.organization)
    request.organization = detail::AggregateReader::viewer_organization(view);
  detail::AggregateFacts facts;
  try {
    facts = detail::AggregateReader::read(view, request);
  } catch (const AccessDenied&) {
    view.audit_report(RecordKind::engagement, std::nullopt, 0, AuditOutcome::denied);
    throw;
  } catch (const NotFound&) {
    view.audit_report(RecordKind::engagement, std::nullopt, 0, AuditOutcome::denied);
    throw;
  }

  const std::size_t n = facts.engagements.size();
  const std::uint64_t steps = n + 1;  // Every engagement, then suppression.
  const auto progress = [&](std::uint64_t done) {
    if (options.progress)
      options.progress(done, steps);
  };

  // Clients numbered densely, in order of first appearance.
  std::unordered_map<boost::uuids::uuid, std::uint32_t, UuidHash> numbers;
  std::vector<std::uint32_t> client_of(n);
  Accumulator total;
  // Cells are keyed by id or number while accumulating, and by their text once per cell.
  std::unordered_map<boost::uuids::uuid, Accumulator, UuidHash> organizations;  // nil: none.
  std::unordered_map<boost::uuids::uuid, Accumulator, UuidHash> coaches;
  std::map<int, Accumulator> cohorts;
  MonthTable months;
  for (std::size_t i = 0; i < n; ++i) {
    const AggregateEngagementFacts& e = facts.engagements[i];
    const auto [it, inserted] =
        numbers.emplace(e.client.value, static_cast<std::uint32_t>(numbers.size()));
    const std::uint32_t client = it->second;
    client_of[i] = client;
    const Accumulator sums = Accumulator::of(e);
    total.add(sums, client);
    organizations[e.sponsor ? e.sponsor->value : boost::uuids::uuid{}].add(sums, client);
    coaches[e.coach.value].add(sums, client);
    cohorts[cohort_number(e.start)].add(sums, client);
    months.add(e, client);
    if ((i + 1) % 1024 == 0)
      progress(i + 1);
  }
  std::array<std::map<std::string, Accumulator>, kDimensions.size()> tables;
  for (auto& [id, acc] : organizations)
    tables[0].emplace(id.is_nil() ? std::string("independent") : OrganizationId{id}.to_string(),
                      std::move(acc));
  for (auto& [id, acc] : coaches)
    tables[1].emplace(CoachId{id}.to_string(), std::move(acc));
  for (auto& [number, acc] : cohorts)
    tables[2].emplace(cohort_key(number), std::move(acc));
  months.for_each_month(
      [&](int number, Accumulator& acc) { tables[3].emplace(month_key(number), std::move(acc)); });
  progress(n);

  // Suppression works on the client sets: position 0 is the total, then every table's cells.
  total.finish();
  std::vector<reports::SuppressionCell> cells;
  cells.push_back({"total", total.clients, false});
  std::vector<reports::SuppressionTable> suppression_tables(tables.size());
  for (std::size_t t = 0; t < tables.size(); ++t) {
    std::vector<bool> covered(numbers.size(), false);
    for (auto& [key, acc] : tables[t]) {
      acc.finish();
      for (const std::uint32_t c : acc.clients)
        covered[c] = true;
      suppression_tables[t].cells.push_back(cells.size());
      cells.push_back({key, acc.clients, false});
    }
    for (const std::uint32_t c : total.clients) {
      if (!covered[c])
        suppression_tables[t].uncovered.push_back(c);
    }
  }
  reports::suppress_cells(cells, suppression_tables, 0, options.k);

  std::unordered_map<std::string, std::string> org_names;  // By id text: the table's keys.
  for (const Organization& o : view.organizations())
    org_names.emplace(o.id.to_string(), o.name);

  PracticeAggregates r;
  r.from = options.from;
  r.to = options.to;
  r.organization = request.organization;
  r.k = options.k;
  const auto publish = [](AggregateCell& cell, const reports::SuppressionCell& s,
                          const Accumulator& acc, bool with_goals) {
    cell.suppressed = s.suppressed;
    if (!s.suppressed)
      cell.measures = acc.measures(with_goals);
  };
  r.total.key = "total";
  publish(r.total, cells[0], total, true);
  for (std::size_t t = 0; t < tables.size(); ++t) {
    AggregateTable table;
    table.dimension = kDimensions[t];
    std::size_t i = 0;
    for (const auto& [key, acc] : tables[t]) {
      AggregateCell cell;
      cell.key = key;
      if (table.dimension == AggregateDimension::organization) {
        const auto name = org_names.find(key);
        if (name != org_names.end())
          cell.label = name->second;
      }
      publish(cell, cells[suppression_tables[t].cells[i++]], acc,
              table.dimension != AggregateDimension::month);
      table.cells.push_back(std::move(cell));
    }
    r.tables.push_back(std::move(table));
  }
  // Inner work never reaches a sponsor contact, not even as themes.
  if (viewer.role == Role::admin) {
    r.themes = cells[0].suppressed
                   ? AggregateThemes{}
                   : themes_of(facts, client_of, static_cast<std::size_t>(options.k));
  }
  progress(steps);
  r.header = reports::audited_header(view, ReportKind::practice, RecordKind::engagement,
                                     std::nullopt, static_cast<std::uint32_t>(n), facts.as_of);
  return r;
}

}  // namespace libcoach
