// Snapshot save and load rates for a large practice: 2,000 coaches, 50,000 clients and
// engagements, 1,000,000 sessions — built straight into the state (the benchmark measures
// the snapshot, not the commands), then snapshotted and reopened.
//
//   build/bench/bench_store_snapshot
// LIBCOACH_BENCH_SESSIONS overrides the session count; LIBCOACH_BENCH_DIR the file system.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "bench_scratch.hpp"
#include "libcoach/practice.hpp"
#include "practice_access.hpp"

namespace fs = std::filesystem;
using namespace libcoach;

namespace {

std::size_t session_count() {
  if (const char* env = std::getenv("LIBCOACH_BENCH_SESSIONS"))
    return std::stoul(env);
  return 1'000'000;
}

using libcoach::bench::scratch;

/// A store-backed practice whose state is filled directly; snapshot() makes the store
/// consistent (the snapshot holds everything, the journal starts after it).
struct Large {
  fs::path dir = scratch("snapshot");
  std::unique_ptr<Practice> practice;
  std::uint64_t bytes = 0;

  Large() {
    practice = std::make_unique<Practice>(Practice::create(dir));
    auto& state = PracticeAccess::core(*practice).state;
    std::mt19937_64 rng(42);
    auto uuid = [&] {
      boost::uuids::uuid u{};
      const std::uint64_t a = rng(), b = rng();
      std::memcpy(u.data, &a, 8);
      std::memcpy(u.data + 8, &b, 8);
      return u;
    };
    const Timestamp t0 = Timestamp::from_unix(1767225600);
    std::vector<CoachId> coaches;
    for (int i = 0; i < 2000; ++i) {
      Coach c{CoachId{uuid()}, "Coach " + std::to_string(i),
              "c" + std::to_string(i) + "@example.org", Credential::pcc};
      coaches.push_back(c.id);
      state.table<Coach>().insert(c);
    }
    std::vector<Engagement> engagements;
    for (int i = 0; i < 50'000; ++i) {
      Client cl{ClientId{uuid()}, "Client " + std::to_string(i),
                "k" + std::to_string(i) + "@example.org", std::nullopt};
      state.table<Client>().insert(cl);
      Engagement e;
      e.id = EngagementId{uuid()};
      e.coach = coaches[static_cast<std::size_t>(i) % coaches.size()];
      e.client = cl.id;
      e.status = EngagementStatus::active;
      e.created = t0;
      state.table<Engagement>().insert(e);
      engagements.push_back(e);
    }
    const std::size_t n = session_count();
    for (std::size_t i = 0; i < n; ++i) {
      const Engagement& e = engagements[i % engagements.size()];
      Session s;
      s.meta.id = RecordId{uuid()};
      s.meta.engagement = e.id;
      s.meta.client = e.client;
      s.meta.scope = Scope::operational;
      s.meta.author = Actor::coach(e.coach);
      s.meta.created = t0;
      s.meta.created_seq = i + 1;
      s.start = t0.plus_seconds(static_cast<std::int64_t>(i) * 3600);
      s.status = SessionStatus::held;
      state.table<Session>().insert(s);
    }
    state.last_sequence = n;
  }
  ~Large() {
    practice.reset();
    fs::remove_all(dir);
  }
};

Large& large() {
  static Large instance;
  return instance;
}

void BM_SnapshotSave(benchmark::State& state) {
  Large& l = large();
  for (auto _ : state) {
    l.practice->snapshot();
  }
  l.bytes = fs::file_size(l.dir / "snapshot");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * l.bytes));
  state.counters["snapshot_MB"] = static_cast<double>(l.bytes) / 1e6;
  state.counters["sessions"] = static_cast<double>(session_count());
}
BENCHMARK(BM_SnapshotSave)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// A read-only open maps the snapshot and decodes each table on first use (docs/store.md):
// `decode_all` uses every table, as a reader of the whole practice would.
void load_snapshot(benchmark::State& state, bool decode_all) {
  Large& l = large();
  if (!fs::exists(l.dir / "snapshot"))
    l.practice->snapshot();
  const std::uint64_t bytes = fs::file_size(l.dir / "snapshot");
  OpenOptions ro;
  ro.read_only = true;
  for (auto _ : state) {
    Practice p = Practice::open(l.dir, {}, ro);
    if (decode_all) {
      PracticeAccess::core(p).state.for_each_table(
          [](const auto& table) { benchmark::DoNotOptimize(table.rows().data()); });
    }
    benchmark::DoNotOptimize(p.stats().last_sequence);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["snapshot_MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_SnapshotLoad(benchmark::State& state) {
  load_snapshot(state, true);
}
void BM_SnapshotOpenDeferred(benchmark::State& state) {
  load_snapshot(state, false);
}
BENCHMARK(BM_SnapshotLoad)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_SnapshotOpenDeferred)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
