// Encryption overhead: opening (snapshot load + journal replay + audit restore) a practice
// whose content is sealed per client, against the same practice stored in plain text.
// Target: encrypted open time and memory ≤ 1.3× unencrypted. BM_Open* open for writing,
// which decodes (and opens) every table up front; BM_ReadOnlyReport* open read-only and build
// the practice aggregates, which decodes (and opens) only the tables the report reads.
//
//   build/bench/bench_store_encryption
// LIBCOACH_BENCH_SCALE (tiny|small|medium|large, default medium) picks the synthetic practice;
// LIBCOACH_BENCH_DIR the file system. Counters: rss_mib = resident memory the open added,
// measured in a fresh child process per variant, and rss_per_snapshot = that over the
// snapshot file's size (target ≤ 1.5); ratio counters compare with plain.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>

#include "bench_memory.hpp"
#include "bench_practice.hpp"
#include "bench_scratch.hpp"
#include "libcoach/crypto/key_source.hpp"
#include "libcoach/logging.hpp"
#include "libcoach/practice.hpp"
#include "libcoach/reports/practice_aggregates.hpp"
#include "libcoach/synthetic.hpp"
#include "practice_access.hpp"

namespace fs = std::filesystem;
using namespace libcoach;

namespace {

using libcoach::bench::scratch;
using libcoach::bench::status_kib;

std::shared_ptr<const KeySource> bench_key() {
  // Argon2id at its cheapest: the benchmark measures sealing, not the key derivation
  // (which costs the same fixed ~1 s at default cost for any practice size).
  return std::make_shared<const KeySource>(
      KeySource::passphrase("bench passphrase", KdfCost::minimal_for_tests()));
}

OpenOptions options(bool encrypted) {
  OpenOptions o;
  o.snapshot_threshold_bytes = 0;
  if (encrypted)
    o.key = bench_key();
  return o;
}

/// The same synthetic practice in two store directories, plain and encrypted: generated in
/// memory once, then installed in each store and snapshotted.
struct Stores {
  fs::path plain = scratch("plain");
  fs::path sealed = scratch("sealed");
  std::uint64_t plain_bytes = 0;
  std::uint64_t sealed_bytes = 0;
  AdminId admin;

  Stores() {
    const SyntheticOptions so = libcoach::bench::bench_synthetic_options();
    Practice source(synthetic_practice_options(so));
    admin = populate_practice(source, so).admin;
    for (const bool encrypted : {false, true}) {
      const fs::path& dir = encrypted ? sealed : plain;
      Practice p = Practice::create(dir, {}, options(encrypted));
      PracticeAccess::core(p).state = PracticeAccess::core(source).state;
      p.snapshot();
      p.close();
      std::uint64_t bytes = 0;
      for (const auto& f : fs::directory_iterator(dir)) {
        if (f.is_regular_file())
          bytes += f.file_size();
      }
      (encrypted ? sealed_bytes : plain_bytes) = bytes;
    }
  }
  ~Stores() {
    std::error_code ec;
    fs::remove_all(plain, ec);
    fs::remove_all(sealed, ec);
  }
};

Stores& stores() {
  static Stores s;
  // LIBCOACH_BENCH_DEBUG=1: the store logs how long loading and opening content took.
  if (std::getenv("LIBCOACH_BENCH_DEBUG") != nullptr)
    logger()->set_level(spdlog::level::debug);
  return s;
}

// Resident memory after an open, measured in a fresh process (this program re-run with
// LIBCOACH_BENCH_RSS_CHILD=<dir>:<0|1>): in this process, memory freed by earlier opens would
// be reused and hide what an open costs.
[[maybe_unused]] const bool kIsRssChild = [] {
  const char* spec = std::getenv("LIBCOACH_BENCH_RSS_CHILD");
  if (spec == nullptr)
    return false;
  const std::string s(spec);
  const auto colon = s.rfind(':');
  const long before = status_kib("VmRSS:");
  {
    Practice p = Practice::open(s.substr(0, colon), {}, options(s.substr(colon + 1) == "1"));
    std::printf("%ld\n", status_kib("VmRSS:") - before);
  }
  std::fflush(stdout);
  std::_Exit(0);
}();

double open_rss_mib(const fs::path& dir, bool encrypted) {
  const std::string command = "LIBCOACH_BENCH_RSS_CHILD='" + dir.string() + ":" +
                              (encrypted ? "1" : "0") + "' /proc/" + std::to_string(::getpid()) +
                              "/exe";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr)
    return -1;
  long kib = -1;
  if (std::fscanf(pipe, "%ld", &kib) != 1)
    kib = -1;
  ::pclose(pipe);
  return static_cast<double>(kib) / 1024.0;
}

void open_practice(benchmark::State& state, bool encrypted) {
  Stores& s = stores();
  const fs::path& dir = encrypted ? s.sealed : s.plain;
  for (auto _ : state) {
    Practice p = Practice::open(dir, {}, options(encrypted));
    benchmark::DoNotOptimize(p.stats().last_sequence);
  }
  state.counters["store_mib"] =
      static_cast<double>(encrypted ? s.sealed_bytes : s.plain_bytes) / (1 << 20);
  const double rss = open_rss_mib(dir, encrypted);
  const double snapshot_mib = static_cast<double>(fs::file_size(dir / "snapshot")) / (1 << 20);
  state.counters["rss_mib"] = rss;
  state.counters["snapshot_mib"] = snapshot_mib;
  state.counters["rss_per_snapshot"] = rss / snapshot_mib;  // target ≤ 1.5
  if (encrypted) {
    state.counters["size_ratio"] =
        static_cast<double>(s.sealed_bytes) / static_cast<double>(s.plain_bytes);
    state.counters["rss_ratio"] = open_rss_mib(s.sealed, true) / open_rss_mib(s.plain, false);
  }
}

void BM_OpenPlain(benchmark::State& state) {
  open_practice(state, false);
}
void BM_OpenEncrypted(benchmark::State& state) {
  open_practice(state, true);
}

BENCHMARK(BM_OpenPlain)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_OpenEncrypted)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void open_read_only_and_report(benchmark::State& state, bool encrypted) {
  Stores& s = stores();
  OpenOptions o = options(encrypted);
  o.read_only = true;
  o.read_only_audit = ReadOnlyAudit::memory;  // The report's audit entry stays in memory.
  for (auto _ : state) {
    Practice p = Practice::open(encrypted ? s.sealed : s.plain, {}, o);
    const PracticeAggregates r = practice_aggregates(p.view(Actor::admin(s.admin)));
    benchmark::DoNotOptimize(r.tables.size());
  }
}

void BM_ReadOnlyReportPlain(benchmark::State& state) {
  open_read_only_and_report(state, false);
}
void BM_ReadOnlyReportEncrypted(benchmark::State& state) {
  open_read_only_and_report(state, true);
}

BENCHMARK(BM_ReadOnlyReportPlain)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ReadOnlyReportEncrypted)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
