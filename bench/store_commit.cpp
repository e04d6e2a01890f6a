// Durable commit costs of the store: one command vs a raw append + fdatasync on the same
// file system, concurrent commands sharing syncs (group commit), and batches.
//
//   build/bench/bench_store_commit --benchmark_counters_tabular=true
// LIBCOACH_BENCH_DIR picks the file system (default: the system temp directory).

#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "bench_scratch.hpp"
#include "libcoach/practice.hpp"

namespace fs = std::filesystem;
using namespace libcoach;

namespace {

using libcoach::bench::scratch;

struct Fixture {
  fs::path dir;
  Practice practice;
  Actor coach;
  EngagementId engagement;

  explicit Fixture(const std::string& name) : dir(scratch(name)), practice(Practice::create(dir)) {
    const AdminId a = practice.add_first_admin({"Ada", "ada@example.org"});
    const CoachId c = practice.add_coach(Actor::admin(a), {"Cora", "cora@example.org"});
    const ClientId cl = practice.add_client(Actor::admin(a), {"Cliff", "cliff@example.org", {}});
    engagement = practice.propose_engagement(Actor::admin(a), {c, cl, {}, {}});
    coach = Actor::coach(c);
  }
  ~Fixture() {
    practice.close();
    fs::remove_all(dir);
  }
  void note() {
    practice.add_note(coach, engagement,
                      {Scope::coaching,
                       "A session note of ordinary length, "
                       "about delegation and what got in the way.",
                       {}});
  }
};

// The floor: what one appended record + fdatasync costs on this file system.
void BM_RawAppendFdatasync(benchmark::State& state) {
  const fs::path dir = scratch("raw");
  fs::create_directories(dir);
  const int fd = ::open((dir / "file").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  const std::string record(160, 'x');
  for (auto _ : state) {
    if (::write(fd, record.data(), record.size()) != static_cast<ssize_t>(record.size())) {
      state.SkipWithError("write failed");
    }
    ::fdatasync(fd);
  }
  ::close(fd);
  fs::remove_all(dir);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RawAppendFdatasync)->Unit(benchmark::kMicrosecond)->UseRealTime();

// One durable command at a time: validation, encoding, write, fdatasync, apply.
void BM_DurableCommit(benchmark::State& state) {
  Fixture f("commit");
  for (auto _ : state)
    f.note();
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DurableCommit)->Unit(benchmark::kMicrosecond)->UseRealTime();

// N threads committing concurrently; syncs are shared (group commit).
void BM_GroupCommit(benchmark::State& state) {
  Fixture f("group");
  const int threads = static_cast<int>(state.range(0));
  constexpr int kPerThread = 50;
  for (auto _ : state) {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&] {
        for (int i = 0; i < kPerThread; ++i)
          f.note();
      });
    }
    for (auto& t : pool)
      t.join();
  }
  state.SetItemsProcessed(state.iterations() * threads * kPerThread);
}
BENCHMARK(BM_GroupCommit)
    ->Arg(1)
    ->Arg(4)
    ->Arg(16)
    ->Arg(64)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// A batch of 1,000 commands, one sync.
void BM_BatchCommit(benchmark::State& state) {
  Fixture f("batch");
  constexpr int kBatch = 1000;
  for (auto _ : state) {
    f.practice.batch([&] {
      for (int i = 0; i < kBatch; ++i)
        f.note();
    });
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(BM_BatchCommit)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
