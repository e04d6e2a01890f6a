// The practice-wide aggregates report as a practice admin (k = 5, every organization, no
// period bounds), rendered as JSON, on a synthetic practice in memory.
//
//   build/bench/bench_report_practice
// LIBCOACH_BENCH_SCALE (tiny|small|medium|large, default medium). Counters: engagements and
// sessions aggregated, cells, suppressed cells, rss_mib (resident memory of the process with
// the practice loaded) and report_peak_mib (peak resident memory the report added on top).

#include <benchmark/benchmark.h>

#include <fstream>
#include <string>

#include "bench_memory.hpp"
#include "bench_practice.hpp"
#include "libcoach/practice.hpp"
#include "libcoach/reports/json.hpp"
#include "libcoach/reports/practice_aggregates.hpp"

using namespace libcoach;

namespace {

using libcoach::bench::generated_practice;
using libcoach::bench::status_kib;

// Resets the peak resident size to the current one (Linux: "5" to clear_refs), so that the
// peak read after the report is the report's own.
void reset_peak() {
  std::ofstream("/proc/self/clear_refs") << "5";
}

void BM_PracticeAggregatesAsAdmin(benchmark::State& state) {
  auto& g = generated_practice();
  const View view = g.practice.view(Actor::admin(g.roster.admin));
  const double rss_mib = static_cast<double>(status_kib("VmRSS:")) / 1024.0;
  reset_peak();
  const long before = status_kib("VmRSS:");
  std::size_t cells = 0, suppressed = 0, bytes = 0;
  std::int64_t engagements = 0, sessions = 0;
  for (auto _ : state) {
    const PracticeAggregates r = practice_aggregates(view, {.k = 5});
    const std::string json = render_json(r);
    benchmark::DoNotOptimize(json.data());
    bytes = json.size();
    cells = 1;
    suppressed = r.total.suppressed ? 1 : 0;
    for (const auto& t : r.tables) {
      cells += t.cells.size();
      for (const auto& c : t.cells)
        suppressed += c.suppressed ? 1 : 0;
    }
    if (r.total.measures) {
      engagements = r.total.measures->engagements;
      sessions = r.total.measures->sessions_held + r.total.measures->sessions_cancelled +
                 r.total.measures->sessions_no_show;
    }
  }
  state.counters["engagements"] = static_cast<double>(engagements);
  state.counters["sessions_counted"] = static_cast<double>(sessions);
  state.counters["cells"] = static_cast<double>(cells);
  state.counters["suppressed"] = static_cast<double>(suppressed);
  state.counters["json_kib"] = static_cast<double>(bytes) / 1024.0;
  state.counters["rss_mib"] = rss_mib;
  state.counters["report_peak_mib"] = static_cast<double>(status_kib("VmHWM:") - before) / 1024.0;
}

BENCHMARK(BM_PracticeAggregatesAsAdmin)->Unit(benchmark::kMillisecond);

}  // namespace
