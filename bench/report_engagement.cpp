// The engagement progress report (goals, actions, habits, skills, inner work, well-being,
// attendance, iceberg findings) for one engagement as its coach, and for every engagement a
// coach runs — on a synthetic practice in memory. Each report writes its audit entry, as in
// production.
//
//   build/bench/bench_report_engagement
// LIBCOACH_BENCH_SCALE (tiny|small|medium|large, default medium). Counter: reports/s.

#include <benchmark/benchmark.h>

#include <vector>

#include "bench_practice.hpp"
#include "libcoach/reports/engagement_report.hpp"

using namespace libcoach;

namespace {

using libcoach::bench::generated_practice;

/// The engagements a coach runs and the coach, as the practice admin sees them.
struct CoachLoad {
  CoachId coach;
  std::vector<EngagementId> engagements;
};

CoachLoad first_coach_load() {
  auto& g = generated_practice();
  CoachLoad load;
  load.coach = g.roster.coaches.front();
  for (const Engagement& e : g.practice.view(Actor::admin(g.roster.admin)).engagements()) {
    if (e.coach == load.coach)
      load.engagements.push_back(e.id);
  }
  return load;
}

void report_counters(benchmark::State& state, std::size_t reports_per_iteration) {
  state.counters["reports"] = static_cast<double>(reports_per_iteration);
  state.counters["reports_per_s"] = benchmark::Counter(
      static_cast<double>(reports_per_iteration) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

void BM_EngagementReportAsCoach(benchmark::State& state) {
  const CoachLoad load = first_coach_load();
  const View view = generated_practice().practice.view(Actor::coach(load.coach));
  for (auto _ : state) {
    const EngagementReport report = engagement_report(view, load.engagements.front());
    benchmark::DoNotOptimize(report.goals.data());
  }
  report_counters(state, 1);
}

void BM_EngagementReportsOfOneCoach(benchmark::State& state) {
  const CoachLoad load = first_coach_load();
  const View view = generated_practice().practice.view(Actor::coach(load.coach));
  for (auto _ : state) {
    for (const EngagementId id : load.engagements) {
      const EngagementReport report = engagement_report(view, id);
      benchmark::DoNotOptimize(report.goals.data());
    }
  }
  report_counters(state, load.engagements.size());
}

BENCHMARK(BM_EngagementReportAsCoach)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_EngagementReportsOfOneCoach)->Unit(benchmark::kMillisecond);

}  // namespace
