// Scoped scans: every session a viewer may see, through the policy, as columns — for the
// practice admin, a coach and a sponsor contact — on a synthetic practice in memory.
//
//   build/bench/bench_view_scan
// LIBCOACH_BENCH_SCALE (tiny|small|medium|large, default medium). Counter: rows/s.

#include <benchmark/benchmark.h>

#include <cstdlib>

#include "libcoach/access/columns.hpp"
#include "libcoach/practice.hpp"
#include "libcoach/synthetic.hpp"

using namespace libcoach;

namespace {

SyntheticOptions bench_options() {
  SyntheticOptions o;
  const char* scale = std::getenv("LIBCOACH_BENCH_SCALE");
  o.scale = parse_scale(scale != nullptr ? scale : "medium");
  return o;
}

struct Generated {
  SyntheticOptions options = bench_options();
  Practice practice{synthetic_practice_options(options)};
  SyntheticRoster roster = populate_practice(practice, options);
};

Generated& generated() {
  static Generated g;
  return g;
}

void scan(benchmark::State& state, const Actor& viewer) {
  const View view = generated().practice.view(viewer);
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
  scan(state, Actor::admin(generated().roster.admin));
}
void BM_ScanSessionsAsCoach(benchmark::State& state) {
  scan(state, Actor::coach(generated().roster.coaches.front()));
}
void BM_ScanSessionsAsSponsor(benchmark::State& state) {
  scan(state, Actor::sponsor(generated().roster.sponsor_contacts.front()));
}

BENCHMARK(BM_ScanSessionsAsAdmin)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScanSessionsAsCoach)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScanSessionsAsSponsor)->Unit(benchmark::kMillisecond);

}  // namespace
