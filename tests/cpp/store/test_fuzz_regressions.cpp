// Every input a fuzz target once crashed on (fuzz/regressions/<target>/) and the seed corpus
// (fuzz/corpus/<target>/) must pass the target's checks in the ordinary test build too.
// FuzzSeeds.DISABLED_WriteSeedCorpus regenerates the seeds from a fresh store
// (--gtest_also_run_disabled_tests --gtest_filter=FuzzSeeds.*).

#include "fuzz_checks.hpp"
#include "store_test_util.hpp"

using namespace store_test;
namespace st = libcoach::store;

namespace {

const fs::path kFuzz = fs::path(LIBCOACH_STORE_TEST_DATA_DIR) / ".." / ".." / ".." / "fuzz";

template <class Check>
int run_all(const std::string& target, Check check) {
  int n = 0;
  for (const char* kind : {"regressions", "corpus"}) {
    const fs::path dir = kFuzz / kind / target;
    if (!fs::exists(dir))
      continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      const std::string bytes = read_file(entry.path());
      SCOPED_TRACE(entry.path().string());
      check(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++n;
    }
  }
  return n;
}

TEST(FuzzRegressions, FrameScan) {
  EXPECT_GT(run_all("frame_scan", libcoach::fuzz::check_frame_scan), 0);
}

TEST(FuzzRegressions, EventPayload) {
  EXPECT_GT(run_all("event_payload", libcoach::fuzz::check_event_payload), 0);
}

TEST(FuzzRegressions, OpenStore) {
  TempDir dir;
  EXPECT_GT(run_all("open_store",
                    [&](const std::uint8_t* d, std::size_t n) {
                      libcoach::fuzz::check_open_store(d, n, dir / "store");
                    }),
            0);
}

TEST(FuzzSeeds, DISABLED_WriteSeedCorpus) {
  TempDir dir;
  {
    Practice p = Practice::create(dir / "s", fixed_options());
    const AllKinds k = populate_all_kinds(p);
    p.batch([&] {  // Batch frames and a commit frame.
      p.add_note(Actor::coach(k.coach2), k.engagement, {Scope::coaching, "b1", {}});
      p.add_note(Actor::coach(k.coach2), k.engagement, {Scope::coaching, "b2", {}});
    });
  }
  const std::string journal = read_file(dir / "s" / "journal");
  const std::string audit = read_file(dir / "s" / "audit");
  const auto frames = st::scan_frames(journal).frames;
  for (const char* t : {"frame_scan", "event_payload", "open_store"}) {
    fs::create_directories(kFuzz / "corpus" / t);
  }
  write_file(kFuzz / "corpus" / "frame_scan" / "journal-frames", journal.substr(st::kHeaderSize));
  write_file(kFuzz / "corpus" / "frame_scan" / "audit-frames", audit.substr(st::kHeaderSize));
  for (std::size_t i = 0; i < frames.size(); i += 4) {
    write_file(kFuzz / "corpus" / "event_payload" / ("event-" + std::to_string(i)),
               std::string(frames[i].payload));
  }
  // open_store: flags 1|2|4 (journal header, checksummed records, audit header).
  std::string records;
  for (const auto& f : frames) {
    records.push_back(static_cast<char>(f.type));
    records.push_back(static_cast<char>(f.payload.size() & 0xFF));
    records.push_back(static_cast<char>(f.payload.size() >> 8));
    records.append(f.payload);
  }
  std::string seed;
  seed.push_back(static_cast<char>(1 | 2 | 4));
  seed.push_back(static_cast<char>(records.size() & 0xFF));
  seed.push_back(static_cast<char>((records.size() >> 8) & 0xFF));
  seed.push_back(0);
  seed.push_back(0);
  seed += records.substr(0, 0xFFFF);
  seed += audit.substr(st::kHeaderSize);
  write_file(kFuzz / "corpus" / "open_store" / "all-kinds", seed);
}

}  // namespace
