// Fault injection through the store's FileOps seam: the k-th write, sync, rename, truncate
// or open fails — once, or forever after — for every k a workload reaches. Afterwards the
// store must refuse further work (no retry-and-pretend), and reopening must give exactly
// the state before or after the step that failed.

#include <functional>

#include "store/file_ops.hpp"
#include "store_test_util.hpp"

using namespace store_test;
namespace st = libcoach::store;

namespace {

enum class Op { write, sync, rename, truncate, open };
const char* name(Op op) {
  switch (op) {
    case Op::write:
      return "write";
    case Op::sync:
      return "sync";
    case Op::rename:
      return "rename";
    case Op::truncate:
      return "truncate";
    case Op::open:
      return "open";
  }
  return "?";
}

/// Fails the k-th operation of one kind (counting from 1 once armed), once or forever.
/// A failing write first writes half of its bytes, like a disk filling up mid-frame.
class FaultyFileOps final : public st::FileOps {
 public:
  FaultyFileOps(Op op, int k, bool forever) : op_(op), k_(k), forever_(forever) {}
  bool armed = false;
  bool fired = false;

  int open(const fs::path& p, int flags, mode_t mode) override {
    if (hit(Op::open))
      return -EIO;
    return real_->open(p, flags, mode);
  }
  int close(int fd) override { return real_->close(fd); }
  ssize_t write(int fd, const void* data, std::size_t size) override {
    if (hit(Op::write)) {
      if (size > 1)
        real_->write(fd, data, size / 2);
      return -ENOSPC;
    }
    return real_->write(fd, data, size);
  }
  ssize_t pread(int fd, void* data, std::size_t size, off_t offset) override {
    return real_->pread(fd, data, size, offset);
  }
  int fdatasync(int fd) override { return hit(Op::sync) ? -EIO : real_->fdatasync(fd); }
  int fsync(int fd) override { return hit(Op::sync) ? -EIO : real_->fsync(fd); }
  int ftruncate(int fd, off_t size) override {
    return hit(Op::truncate) ? -EIO : real_->ftruncate(fd, size);
  }
  int rename(const fs::path& from, const fs::path& to) override {
    return hit(Op::rename) ? -EIO : real_->rename(from, to);
  }
  int fsync_dir(const fs::path& dir) override {
    return hit(Op::sync) ? -EIO : real_->fsync_dir(dir);
  }
  int unlink(const fs::path& p) override { return real_->unlink(p); }
  off_t file_size(int fd) override { return real_->file_size(fd); }

 private:
  bool hit(Op op) {
    if (!armed || op != op_)
      return false;
    ++count_;
    if (count_ == k_ || (forever_ && count_ > k_)) {
      fired = true;
      return true;
    }
    return false;
  }
  std::shared_ptr<st::FileOps> real_ = st::posix_file_ops();
  Op op_;
  int k_;
  bool forever_;
  int count_ = 0;
};

/// The workload: commands, a snapshot, a batch, a failed batch (rolled back), more commands.
std::vector<std::function<void(Practice&)>> workload(const AllKinds& k) {
  const Actor coach = Actor::coach(k.coach2);
  const EngagementId e = k.engagement;
  auto note = [=](const std::string& text) {
    return [=](Practice& p) { p.add_note(coach, e, {Scope::coaching, text, {}}); };
  };
  std::vector<std::function<void(Practice&)>> steps;
  steps.push_back(note("one"));
  steps.push_back(note("two"));
  steps.push_back([](Practice& p) { p.snapshot(); });
  steps.push_back(note("three"));
  steps.push_back([=](Practice& p) {
    p.batch([&] {
      for (int i = 0; i < 3; ++i)
        p.add_note(coach, e, {Scope::coaching, "batch", {}});
    });
  });
  steps.push_back([=](Practice& p) {
    try {
      p.batch([&] {
        p.add_note(coach, e, {Scope::coaching, "rolled back", {}});
        throw std::runtime_error("abandon");
      });
    } catch (const std::runtime_error&) {
    }
  });
  steps.push_back([=](Practice& p) {
    // A consent grant appends an audit entry too.
    ConsentSpec cs;
    cs.grantee = Actor::supervisor(k.supervisor);
    cs.kinds = {RecordKind::goal};
    cs.purpose = "supervision";
    cs.from = Date::from_ymd(2026, 1, 1);
    cs.to = Date::from_ymd(2026, 6, 30);
    p.grant_consent(Actor::client(k.client), e, cs);
  });
  steps.push_back(note("four"));
  return steps;
}

class FaultInjection : public ::testing::Test {
 protected:
  void SetUp() override {
    Practice p = Practice::create(base_.path(), fixed_options());
    kinds_ = populate_all_kinds(p);
    p.close();
    // Reference states: after 0, 1, ... steps, without faults.
    TempDir ref;
    copy_dir(base_.path(), ref.path());
    Practice r = Practice::open(ref.path(), fixed_options());
    states_.push_back(state_bytes(r));
    for (const auto& step : workload(kinds_)) {
      step(r);
      states_.push_back(state_bytes(r));
    }
  }

  /// Runs the workload with one fault plan; returns false when the fault never fired.
  bool run(Op op, int k, bool forever) {
    SCOPED_TRACE(std::string(name(op)) + " #" + std::to_string(k) +
                 (forever ? " forever" : " once"));
    TempDir work;
    copy_dir(base_.path(), work.path());
    auto faulty = std::make_shared<FaultyFileOps>(op, k, forever);
    OpenOptions o;
    o.file_ops = faulty;
    std::size_t done = 0;
    {
      Practice p = Practice::open(work.path(), fixed_options(), o);
      faulty->armed = true;
      const auto steps = workload(kinds_);
      bool failed = false;
      for (; done < steps.size(); ++done) {
        try {
          steps[done](p);
        } catch (const IoError&) {
          failed = true;
          break;
        }
      }
      if (!faulty->fired)
        return false;
      if (failed) {
        // No retry-and-pretend: every later call reports the failure.
        EXPECT_THROW(p.add_note(Actor::coach(kinds_.coach2), kinds_.engagement,
                                {Scope::coaching, "later", {}}),
                     IoError);
        EXPECT_THROW(p.snapshot(), IoError);
        EXPECT_THROW(p.batch([] {}), IoError);
      }
      try {
        p.close();
      } catch (const IoError&) {
        EXPECT_TRUE(failed || forever);
      }
    }
    // Reopen with the real file system: exactly the state before or after the failed step.
    Practice q = Practice::open(work.path(), fixed_options());
    const std::string got = state_bytes(q);
    const bool old_state = got == states_[done];
    const bool new_state = done + 1 < states_.size() && got == states_[done + 1];
    EXPECT_TRUE(old_state || new_state) << "step " << done << " left a third state";
    return true;
  }

  TempDir base_;
  AllKinds kinds_;
  std::vector<std::string> states_;
};

TEST_F(FaultInjection, EveryKthOperationFailingOnceOrForever) {
  int runs = 0;
  for (const Op op : {Op::write, Op::sync, Op::rename, Op::truncate, Op::open}) {
    for (const bool forever : {false, true}) {
      int k = 1;
      while (run(op, k, forever)) {
        ++k;
        ++runs;
        ASSERT_LT(k, 200) << "runaway workload";
      }
      // Every kind of operation is reached by the workload at least once.
      EXPECT_GT(k, 1) << name(op);
    }
  }
  EXPECT_GT(runs, 40);
}

TEST_F(FaultInjection, CreateFailingLeavesNoUsableHalfStore) {
  for (const Op op : {Op::write, Op::sync, Op::rename, Op::open}) {
    for (int k = 1; k <= 6; ++k) {
      TempDir dir;
      auto faulty = std::make_shared<FaultyFileOps>(op, k, false);
      faulty->armed = true;
      OpenOptions o;
      o.file_ops = faulty;
      try {
        Practice p = Practice::create(dir / "store", fixed_options(), o);
        p.add_first_admin({"Ada", "ada@example.org"});
        p.close();
      } catch (const IoError&) {
        EXPECT_TRUE(faulty->fired);
      }
      // Whatever is left either opens as a valid store or is refused with a typed error.
      try {
        Practice q = Practice::open(dir / "store");
        EXPECT_LE(last_sequence(q), 1u);
      } catch (const IoError&) {
      } catch (const CorruptionError&) {
      }
    }
  }
}

}  // namespace

namespace {

TEST(FaultInjectionOpen, FailuresWhileCuttingATornTail) {
  TempDir base;
  {
    Practice p = Practice::create(base.path(), fixed_options());
    populate_all_kinds(p);
  }
  const std::string journal = read_file(base / "journal");
  write_file(base / "journal", journal.substr(0, journal.size() - 3));
  OpenOptions ro;
  ro.read_only = true;
  const std::string expected = state_bytes(Practice::open(base.path(), {}, ro));
  int runs = 0;
  for (const Op op : {Op::write, Op::sync, Op::rename, Op::truncate, Op::open}) {
    for (int k = 1; k <= 8; ++k) {
      SCOPED_TRACE(std::string(name(op)) + " #" + std::to_string(k));
      TempDir work;
      copy_dir(base.path(), work.path());
      auto faulty = std::make_shared<FaultyFileOps>(op, k, true);
      faulty->armed = true;
      OpenOptions o;
      o.file_ops = faulty;
      try {
        Practice p = Practice::open(work.path(), fixed_options(), o);
        EXPECT_EQ(state_bytes(p), expected);
      } catch (const IoError&) {
        EXPECT_TRUE(faulty->fired);
      }
      if (faulty->fired)
        ++runs;
      Practice q = Practice::open(work.path(), fixed_options());
      EXPECT_EQ(state_bytes(q), expected);
    }
  }
  EXPECT_GT(runs, 8);
}

}  // namespace
