// Opening a store: replaying a journal that holds the whole practice, and the usual shape —
// a snapshot plus a journal tail written since (10,000 notes here).
//
//   build/bench/bench_store_open
// LIBCOACH_BENCH_SCALE (tiny|small|medium|large, default medium) picks the synthetic practice;
// LIBCOACH_BENCH_DIR the file system. Counters: events replayed per second.

#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench_practice.hpp"
#include "bench_scratch.hpp"
#include "libcoach/practice.hpp"

namespace fs = std::filesystem;
using namespace libcoach;

namespace {

using libcoach::bench::bench_synthetic_options;
using libcoach::bench::scratch;

constexpr int kTailNotes = 10'000;

OpenOptions no_automatic_snapshot() {
  OpenOptions o;
  o.snapshot_threshold_bytes = 0;  // 0: only explicit snapshots
  return o;
}

/// Two stores of the same synthetic practice: one whose journal holds every event (written
/// in one batch), one snapshotted and then given a journal tail.
struct Stores {
  fs::path journal_only = scratch("journal-only");
  fs::path snapshot_and_tail = scratch("snapshot-tail");
  std::uint64_t journal_events = 0;

  Stores() {
    const SyntheticOptions so = bench_synthetic_options();
    {
      Practice p =
          Practice::create(journal_only, synthetic_practice_options(so), no_automatic_snapshot());
      p.batch([&] { populate_practice(p, so); });
      journal_events = p.stats().last_sequence;
      p.close();
    }
    Practice p = Practice::create(snapshot_and_tail, synthetic_practice_options(so),
                                  no_automatic_snapshot());
    SyntheticRoster roster;
    p.batch([&] { roster = populate_practice(p, so); });
    p.snapshot();
    const View admin = p.view(Actor::admin(roster.admin));
    const Engagement first = admin.engagement(roster.engagements.front());
    p.batch([&] {
      for (int i = 0; i < kTailNotes; ++i) {
        p.add_note(Actor::coach(first.coach), first.id,
                   {Scope::coaching, "A note written after the last snapshot.", {}});
      }
    });
    p.close();
  }
  ~Stores() {
    std::error_code ec;
    fs::remove_all(journal_only, ec);
    fs::remove_all(snapshot_and_tail, ec);
  }
};

Stores& stores() {
  static Stores s;
  return s;
}

void open_store(benchmark::State& state, const fs::path& dir, std::uint64_t replayed) {
  for (auto _ : state) {
    Practice p = Practice::open(dir, {}, no_automatic_snapshot());
    benchmark::DoNotOptimize(p.stats().last_sequence);
  }
  state.counters["replayed_events"] = static_cast<double>(replayed);
  state.counters["replayed_per_s"] =
      benchmark::Counter(static_cast<double>(replayed) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}

void BM_OpenJournalOnly(benchmark::State& state) {
  open_store(state, stores().journal_only, stores().journal_events);
}
void BM_OpenSnapshotAndTail(benchmark::State& state) {
  open_store(state, stores().snapshot_and_tail, kTailNotes);
}

BENCHMARK(BM_OpenJournalOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_OpenSnapshotAndTail)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
