// Multi-process behaviour: a writer killed with SIGKILL at random moments loses nothing it
// acknowledged and shows nothing partial; a second writer process is locked out while
// readers are not; closing an unrelated descriptor of the lock file keeps the lock.

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>

#include "libcoach/store/verify.hpp"
#include "store_test_util.hpp"

using namespace store_test;

namespace {

/// A running store_crash_helper with pipes to its stdin and from its stdout.
struct Child {
  pid_t pid = -1;
  int to_child = -1;
  int from_child = -1;

  Child(const char* mode, const fs::path& dir) {
    int in[2], out[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) {
      ADD_FAILURE() << "pipe";
      return;
    }
    pid = ::fork();
    if (pid == 0) {
      ::dup2(in[0], 0);
      ::dup2(out[1], 1);
      ::execl(LIBCOACH_STORE_CRASH_HELPER, LIBCOACH_STORE_CRASH_HELPER, mode, dir.c_str(),
              static_cast<char*>(nullptr));
      _exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    to_child = in[1];
    from_child = out[0];
  }
  ~Child() {
    if (to_child >= 0)
      ::close(to_child);
    if (from_child >= 0)
      ::close(from_child);
    if (pid > 0) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, nullptr, 0);
    }
  }
  /// Reads until `enough` says so, EOF, or `ms` milliseconds have passed.
  template <class Enough>
  std::string read_until(int ms, Enough enough) {
    std::string out;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    for (;;) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                            deadline - std::chrono::steady_clock::now())
                            .count();
      if (left <= 0)
        break;
      pollfd p{from_child, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(left)) <= 0)
        break;
      char buf[4096];
      const ssize_t n = ::read(from_child, buf, sizeof buf);
      if (n <= 0)
        break;
      out.append(buf, static_cast<std::size_t>(n));
      if (enough(out))
        break;
    }
    return out;
  }
  std::string read_for(int ms) {
    return read_until(ms, [](const std::string&) { return false; });
  }
  std::string read_some(int ms) {
    return read_until(ms, [](const std::string& s) { return !s.empty(); });
  }
  std::string read_line(int ms) {
    return read_until(ms, [](const std::string& s) { return s.find('\n') != std::string::npos; });
  }
  std::string read_to_eof() {
    std::string out;
    char buf[4096];
    ssize_t n;
    while ((n = ::read(from_child, buf, sizeof buf)) > 0)
      out.append(buf, static_cast<std::size_t>(n));
    return out;
  }
  int wait_exit() {
    int status = 0;
    ::waitpid(pid, &status, 0);
    pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
};

int kill_cycles() {
  if (const char* env = std::getenv("LIBCOACH_KILL_CYCLES"))
    return std::max(1, std::atoi(env));
  return 50;
}

void make_store(const fs::path& dir) {
  Practice p = Practice::create(dir, fixed_options());
  const AdminId a = p.add_first_admin({"Ada", "ada@example.org"});
  const CoachId c = p.add_coach(Actor::admin(a), {"Cora", "cora@example.org"});
  const ClientId cl = p.add_client(Actor::admin(a), {"Cliff", "cliff@example.org", {}});
  p.propose_engagement(Actor::admin(a), {c, cl, {}, {}});
}

TEST(Processes, KillNineNeverLosesAcknowledgedChanges) {
  TempDir dir;
  make_store(dir.path());
  std::mt19937 rng(12345);
  const int cycles = kill_cycles();
  std::uint64_t total_acked = 0;
  std::size_t torn_seen = 0;
  for (int cycle = 0; cycle < cycles; ++cycle) {
    std::uint64_t max_acked = 0;
    {
      Child child("commit", dir.path());
      // Wait for the child's first acknowledgement, then kill it a random moment later.
      std::string acks = child.read_some(10000);
      ASSERT_FALSE(acks.empty()) << "cycle " << cycle << ": the child acknowledged nothing";
      acks += child.read_for(static_cast<int>(rng() % 25));
      ::kill(child.pid, SIGKILL);
      acks += child.read_to_eof();  // Acknowledgements still in the pipe count too.
      child.wait_exit();
      ASSERT_EQ(acks.size() % 8, 0u);
      for (std::size_t i = 0; i < acks.size(); i += 8) {
        std::uint64_t seq;
        std::memcpy(&seq, acks.data() + i, 8);
        max_acked = std::max(max_acked, seq);
      }
      total_acked += acks.size() / 8;
    }
    Practice p = Practice::open(dir.path());
    torn_seen += p.store_report().torn_tails.size();
    ASSERT_GE(last_sequence(p), max_acked) << "cycle " << cycle << " lost an acknowledged event";
    // Nothing partial: every note is whole and exactly what its event said.
    const auto& state = PracticeAccess::core(p).state;
    for (const Note& n : state.table<Note>().rows()) {
      const std::string seq = std::to_string(n.meta.created_seq);
      if (n.text.rfind("batch-", 0) == 0) {
        // A batch is all or nothing: its last event is there too.
        const std::uint64_t last = std::stoull(n.text.substr(n.text.rfind('-') + 1));
        ASSERT_EQ(n.text, "batch-" + seq + "-" + std::to_string(last));
        ASSERT_GE(last_sequence(p), last) << "cycle " << cycle << ": a partial batch is visible";
      } else {
        ASSERT_EQ(n.text, "note-" + seq);
      }
    }
    p.close();
    ASSERT_TRUE(verify_store(dir.path()).ok) << "cycle " << cycle;
  }
  EXPECT_GT(total_acked, static_cast<std::uint64_t>(cycles));
  RecordProperty("torn_tails_seen", static_cast<int>(torn_seen));
}

TEST(Processes, SecondWriterProcessIsLockedOutReadersAreNot) {
  TempDir dir;
  make_store(dir.path());
  Child holder("hold", dir.path());
  ASSERT_EQ(holder.read_line(10000), "ready\n");
  // The holder opened and closed another descriptor of LOCK: the lock must still hold.
  EXPECT_THROW(Practice::open(dir.path()), LockedError);
  {
    Child other("try-open", dir.path());
    EXPECT_EQ(other.wait_exit(), 3) << "another process got the writer lock";
  }
  OpenOptions ro;
  ro.read_only = true;
  Practice reader = Practice::open(dir.path(), {}, ro);
  EXPECT_EQ(last_sequence(reader), 4u);
  // Releasing the holder releases the lock.
  ::close(holder.to_child);
  holder.to_child = -1;
  EXPECT_EQ(holder.wait_exit(), 0);
  EXPECT_NO_THROW(Practice::open(dir.path()));
}

TEST(Processes, ClosingAnUnrelatedDescriptorKeepsTheLock) {
  TempDir dir;
  make_store(dir.path());
  Practice writer = Practice::open(dir.path());
  for (int i = 0; i < 3; ++i) {
    const int fd = ::open((dir / "LOCK").c_str(), O_RDWR | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    ::close(fd);
  }
  Child other("try-open", dir.path());
  EXPECT_EQ(other.wait_exit(), 3);
  writer.close();
  Child after("try-open", dir.path());
  EXPECT_EQ(after.wait_exit(), 0);
}

}  // namespace
