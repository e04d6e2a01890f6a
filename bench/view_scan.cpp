// Scoped scans on a synthetic practice in memory, through the policy: every session a viewer
// may see, as columns, for the practice admin, a coach and a sponsor contact; the same for up
// to 200 coaches and 200 sponsor contacts in turn (the side-by-side harness's workload: each
// viewer's rows come cold from memory, not from the caches a repeated scan warms); and every
// record of every kind a coach or a sponsor contact may see, visited in place.
//
//   build/bench/bench_view_scan
// LIBCOACH_BENCH_SCALE (tiny|small|medium|large, default medium). Counter: rows/s.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

#include "bench_practice.hpp"
#include "libcoach/access/columns.hpp"
#include "libcoach/access/view.hpp"

using namespace libcoach;

namespace {

using libcoach::bench::generated_practice;

void scan(benchmark::State& state, const Actor& viewer) {
  const View view = generated_practice().practice.view(viewer);
  std::size_t rows = 0;
  for (auto _ : state) {
    const SessionColumns columns = session_columns(view);
    rows = columns.size();
    benchmark::DoNotOptimize(columns.start.data());
  }
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["rows_per_s"] =
      benchmark::Counter(static_cast<double>(rows) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}

void BM_ScanSessionsAsAdmin(benchmark::State& state) {
  scan(state, Actor::admin(generated_practice().roster.admin));
}
void BM_ScanSessionsAsCoach(benchmark::State& state) {
  scan(state, Actor::coach(generated_practice().roster.coaches.front()));
}
void BM_ScanSessionsAsSponsor(benchmark::State& state) {
  scan(state, Actor::sponsor(generated_practice().roster.sponsor_contacts.front()));
}

/// Up to 200 of `ids`, evenly spread (as bench/compare.py picks its viewers).
template <class IdT>
std::vector<IdT> spread(const std::vector<IdT>& ids) {
  constexpr std::size_t kViewers = 200;
  const std::size_t step = std::max<std::size_t>(ids.size() / kViewers, 1);
  std::vector<IdT> out;
  for (std::size_t i = 0; i < ids.size() && out.size() < kViewers; i += step)
    out.push_back(ids[i]);
  return out;
}

void scan_in_turn(benchmark::State& state, const std::vector<Actor>& viewers) {
  std::vector<View> views;
  for (const Actor& viewer : viewers)
    views.push_back(generated_practice().practice.view(viewer));
  std::size_t rows = 0;
  for (auto _ : state) {
    rows = 0;
    for (const View& view : views) {
      const SessionColumns columns = session_columns(view);
      rows += columns.size();
      benchmark::DoNotOptimize(columns.start.data());
    }
  }
  state.counters["viewers"] = static_cast<double>(views.size());
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["rows_per_s"] =
      benchmark::Counter(static_cast<double>(rows) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}

void BM_ScanSessionsAsEachCoach(benchmark::State& state) {
  std::vector<Actor> viewers;
  for (const CoachId& c : spread(generated_practice().roster.coaches))
    viewers.push_back(Actor::coach(c));
  scan_in_turn(state, viewers);
}
void BM_ScanSessionsAsEachSponsor(benchmark::State& state) {
  std::vector<Actor> viewers;
  for (const SponsorContactId& c : spread(generated_practice().roster.sponsor_contacts))
    viewers.push_back(Actor::sponsor(c));
  scan_in_turn(state, viewers);
}

/// Visits every record of the kinds `Rs` the view lets through; returns how many.
template <class... Rs>
std::size_t visit_every_record(const View& view) {
  std::size_t records = 0;
  (view.visit_records<Rs>(std::nullopt, [&records](const Rs&) { ++records; }), ...);
  return records;
}

void scan_every_record(benchmark::State& state, const Actor& viewer) {
  const View view = generated_practice().practice.view(viewer);
  std::size_t records = 0;
  for (auto _ : state) {
    records = visit_every_record<Session, Note, Goal, Milestone, ActionItem, Habit, SkillRating,
                                 Value, Belief, Fear, Purpose, Reflection, Insight,
                                 WellbeingCheckIn, InnerLink, Referral>(view);
    benchmark::DoNotOptimize(records);
  }
  state.counters["records"] = static_cast<double>(records);
  state.counters["records_per_s"] =
      benchmark::Counter(static_cast<double>(records) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}

void BM_ScanEveryRecordAsCoach(benchmark::State& state) {
  scan_every_record(state, Actor::coach(generated_practice().roster.coaches.front()));
}
void BM_ScanEveryRecordAsSponsor(benchmark::State& state) {
  scan_every_record(state, Actor::sponsor(generated_practice().roster.sponsor_contacts.front()));
}

BENCHMARK(BM_ScanSessionsAsAdmin)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScanSessionsAsCoach)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScanSessionsAsSponsor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScanSessionsAsEachCoach)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScanSessionsAsEachSponsor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScanEveryRecordAsCoach)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScanEveryRecordAsSponsor)->Unit(benchmark::kMillisecond);

}  // namespace
