// Scoped scans on a synthetic practice in memory, through the policy: every session a viewer
// may see, as columns, for the practice admin, a coach and a sponsor contact; and every
// record of every kind a coach or a sponsor contact may see, visited in place.
//
//   build/bench/bench_view_scan
// LIBCOACH_BENCH_SCALE (tiny|small|medium|large, default medium). Counter: rows/s.

#include <benchmark/benchmark.h>

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
BENCHMARK(BM_ScanEveryRecordAsCoach)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScanEveryRecordAsSponsor)->Unit(benchmark::kMillisecond);

}  // namespace
