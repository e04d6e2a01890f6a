#pragma once
// The synthetic practice a benchmark runs on: its scale comes from LIBCOACH_BENCH_SCALE
// (tiny|small|medium|large, default medium), so every program measures the same data.

#include <cstdlib>

#include "libcoach/practice.hpp"
#include "libcoach/synthetic.hpp"

namespace libcoach::bench {

/// Synthetic options at the scale LIBCOACH_BENCH_SCALE names.
inline SyntheticOptions bench_synthetic_options() {
  SyntheticOptions o;
  const char* scale = std::getenv("LIBCOACH_BENCH_SCALE");
  o.scale = parse_scale(scale != nullptr ? scale : "medium");
  return o;
}

/// A synthetic practice in memory and the ids it was generated with.
struct GeneratedPractice {
  SyntheticOptions options = bench_synthetic_options();
  Practice practice{synthetic_practice_options(options)};
  SyntheticRoster roster = populate_practice(practice, options);
};

/// The process's one generated practice, built on first use (outside any timed loop).
inline GeneratedPractice& generated_practice() {
  static GeneratedPractice g;
  return g;
}

}  // namespace libcoach::bench
