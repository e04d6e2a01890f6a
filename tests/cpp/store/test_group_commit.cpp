// Group commit and batches, observed through the FileOps seam: concurrent commands share
// fdatasyncs, a batch costs one, and no command returns before a sync covering it.

#include <atomic>
#include <thread>

#include "store/file_ops.hpp"
#include "store_test_util.hpp"

using namespace store_test;
namespace st = libcoach::store;

namespace {

/// Passes everything through and counts data syncs and writes.
class CountingFileOps final : public st::FileOps {
 public:
  std::atomic<int> syncs{0};
  std::atomic<int> writes{0};

  int open(const fs::path& p, int flags, mode_t mode) override {
    return real_->open(p, flags, mode);
  }
  int close(int fd) override { return real_->close(fd); }
  ssize_t write(int fd, const void* d, std::size_t n) override {
    ++writes;
    return real_->write(fd, d, n);
  }
  ssize_t pread(int fd, void* d, std::size_t n, off_t o) override {
    return real_->pread(fd, d, n, o);
  }
  int fdatasync(int fd) override {
    ++syncs;
    return real_->fdatasync(fd);
  }
  int fsync(int fd) override { return real_->fsync(fd); }
  int ftruncate(int fd, off_t n) override { return real_->ftruncate(fd, n); }
  int rename(const fs::path& a, const fs::path& b) override { return real_->rename(a, b); }
  int fsync_dir(const fs::path& d) override { return real_->fsync_dir(d); }
  int unlink(const fs::path& p) override { return real_->unlink(p); }
  off_t file_size(int fd) override { return real_->file_size(fd); }

 private:
  std::shared_ptr<st::FileOps> real_ = st::posix_file_ops();
};

struct Opened {
  TempDir dir;
  std::shared_ptr<CountingFileOps> ops = std::make_shared<CountingFileOps>();
  std::unique_ptr<Practice> practice;
  AllKinds kinds;
  Opened() {
    {
      Practice p = Practice::create(dir.path(), fixed_options());
      kinds = populate_all_kinds(p);
    }
    OpenOptions o;
    o.file_ops = ops;
    practice = std::make_unique<Practice>(Practice::open(dir.path(), fixed_options(), o));
  }
  void note() {
    practice->add_note(Actor::coach(kinds.coach2), kinds.engagement, {Scope::coaching, "n", {}});
  }
};

TEST(GroupCommit, EverySingleCommandIsSyncedBeforeItReturns) {
  Opened s;
  for (int i = 1; i <= 5; ++i) {
    s.note();
    EXPECT_EQ(s.ops->syncs.load(), i);
  }
}

TEST(GroupCommit, ABatchCostsOneSync) {
  Opened s;
  s.practice->batch([&] {
    for (int i = 0; i < 200; ++i)
      s.note();
    EXPECT_EQ(s.ops->syncs.load(), 0) << "a command inside a batch synced";
  });
  EXPECT_EQ(s.ops->syncs.load(), 1);
  // The 200 batch frames and the commit frame go out together.
  EXPECT_EQ(s.ops->writes.load(), 1);
}

TEST(GroupCommit, ALargeBatchIsWrittenInPiecesAndStillTakenBackWhole) {
  Opened s;
  const auto before = state_bytes(*s.practice);
  struct Boom {};
  EXPECT_THROW(s.practice->batch([&] {
    for (int i = 0; i < 6000; ++i)
      s.note();
    // About a megabyte of frames: some went out before the commit, far fewer writes than events.
    EXPECT_GE(s.ops->writes.load(), 2);
    EXPECT_LE(s.ops->writes.load(), 10);
    throw Boom{};
  }),
               Boom);
  EXPECT_EQ(state_bytes(*s.practice), before);
  s.practice->batch([&] {
    for (int i = 0; i < 6000; ++i)
      s.note();
  });
  const auto after = state_bytes(*s.practice);
  EXPECT_NE(after, before);
  s.practice.reset();
  Practice q = Practice::open(s.dir.path(), fixed_options());
  EXPECT_EQ(state_bytes(q), after);
}

TEST(GroupCommit, ConcurrentCommandsShareSyncs) {
  Opened s;
  constexpr int kThreads = 8, kEach = 25;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i)
        s.note();
    });
  }
  for (auto& t : threads)
    t.join();
  EXPECT_EQ(s.ops->writes.load(), kThreads * kEach);
  EXPECT_LT(s.ops->syncs.load(), kThreads * kEach) << "no sync was shared";
  RecordProperty("syncs", s.ops->syncs.load());
}

TEST(GroupCommit, AnotherThreadCommittingDuringABatchCommitsTheBatchSoFar) {
  Opened s;
  const auto before = last_sequence(*s.practice);
  struct Boom {};
  EXPECT_THROW(s.practice->batch([&] {
    s.note();
    std::thread other([&] { s.note(); });  // Durable on return, so it needs the note above.
    other.join();
    s.note();
    throw Boom{};
  }),
               Boom);
  // The batch could not be taken back: all three events are kept, durable, and reload.
  EXPECT_EQ(last_sequence(*s.practice), before + 3);
  const auto state = state_bytes(*s.practice);
  s.practice.reset();
  Practice q = Practice::open(s.dir.path(), fixed_options());
  EXPECT_EQ(state_bytes(q), state);
}

}  // namespace
