// A child process for the store's multi-process tests.
//
//   store_crash_helper commit <dir>    opens the store and adds notes forever (single, in
//                                      batches, with snapshots in between), writing the
//                                      sequence number of each acknowledged (durable) event
//                                      to stdout as 8 raw bytes; killed by the parent.
//   store_crash_helper hold <dir>      opens the store as writer, opens and closes another
//                                      descriptor of its LOCK file, prints "ready\n", then
//                                      holds the lock until stdin closes.
//   store_crash_helper try-open <dir>  exit 0: opened as writer; 3: LockedError; 4: other.

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "libcoach/errors.hpp"
#include "libcoach/practice.hpp"
#include "practice_access.hpp"

using namespace libcoach;

namespace {

void write_all(int fd, const void* data, std::size_t n) {
  const auto* p = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w <= 0)
      _exit(5);
    p += w;
    n -= static_cast<std::size_t>(w);
  }
}

// Single notes ("note-<seq>"), every 7th step a batch of 5 ("batch-<seq>-<last>"), every
// 37th a snapshot: a kill may land in any of them.
int commit(const std::string& dir) {
  Practice p = Practice::open(dir);
  const auto& state = PracticeAccess::core(p).state;
  const Engagement engagement = state.table<Engagement>().rows().front();
  const Actor coach = Actor::coach(engagement.coach);
  for (std::uint64_t step = 1;; ++step) {
    const std::uint64_t next = p.stats().last_sequence + 1;
    if (step % 37 == 0)
      p.snapshot();
    if (step % 7 == 0) {
      const std::uint64_t last = next + 4;
      p.batch([&] {
        for (std::uint64_t s = next; s <= last; ++s) {
          p.add_note(
              coach, engagement.id,
              {Scope::coaching, "batch-" + std::to_string(s) + "-" + std::to_string(last), {}});
        }
      });
      write_all(1, &last, sizeof last);
      continue;
    }
    p.add_note(coach, engagement.id, {Scope::coaching, "note-" + std::to_string(next), {}});
    write_all(1, &next, sizeof next);
  }
}

int hold(const std::string& dir) {
  Practice p = Practice::open(dir);
  // An unrelated descriptor of the lock file, opened and closed: with fcntl locks this
  // would drop the lock; flock must keep it.
  const int fd = ::open((dir + "/LOCK").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0)
    ::close(fd);
  write_all(1, "ready\n", 6);
  char c;
  while (::read(0, &c, 1) > 0) {
  }
  return 0;
}

int try_open(const std::string& dir) {
  try {
    Practice p = Practice::open(dir);
    return 0;
  } catch (const LockedError&) {
    return 3;
  } catch (...) {
    return 4;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3)
    return 2;
  const std::string mode = argv[1];
  try {
    if (mode == "commit")
      return commit(argv[2]);
    if (mode == "hold")
      return hold(argv[2]);
    if (mode == "try-open")
      return try_open(argv[2]);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "store_crash_helper: %s\n", error.what());
    return 6;
  }
  return 2;
}
