// Generates a synthetic practice and prints what it holds and how long generation took.
// Everything printed is content-free: record counts and event names.
//
//   example_synthetic_stats [tiny|small|medium|large] [seed]

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <map>
#include <string>

#include "libcoach/libcoach.hpp"

namespace {

// An EventSink sees every event before it is applied; the store uses one to journal them.
// Here it only counts them by name (habit check-ins, goal measurements, ...), which the
// per-kind record counts cannot show.
class EventCounter : public libcoach::EventSink {
 public:
  void persist(const libcoach::Event& event) override {
    ++counts_[libcoach::event_name(event.payload)];
  }
  const std::map<std::string, std::size_t>& counts() const { return counts_; }

 private:
  std::map<std::string, std::size_t> counts_;
};

}  // namespace

int main(int argc, char** argv) {
  try {
    libcoach::SyntheticOptions options;
    options.scale = libcoach::parse_scale(argc > 1 ? argv[1] : "small");
    if (argc > 2) {
      options.seed = std::stoull(argv[2]);
    }

    libcoach::Practice practice(libcoach::synthetic_practice_options(options));
    EventCounter counter;
    practice.set_event_sink(&counter);
    const auto started = std::chrono::steady_clock::now();
    libcoach::populate_practice(practice, options);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    practice.set_event_sink(nullptr);

    const libcoach::PracticeStats stats = practice.stats();
    std::printf("scale %s, seed %llu: %llu events in %.2f s\n",
                std::string(libcoach::to_string(options.scale)).c_str(),
                static_cast<unsigned long long>(options.seed),
                static_cast<unsigned long long>(stats.last_sequence), took.count());
    std::printf("records:\n");
    for (const auto& [kind, count] : stats.records) {
      std::printf("  %-26s %zu\n", std::string(libcoach::to_string(kind)).c_str(), count);
    }
    std::printf("events:\n");
    for (const auto& [name, count] : counter.counts()) {
      std::printf("  %-26s %zu\n", name.c_str(), count);
    }
    return 0;
  } catch (const std::exception& e) {
    // libcoach messages name fields and kinds, never content, so they are safe to print.
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
  }
}
