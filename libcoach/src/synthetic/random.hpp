#pragma once
// The generator's random source. std::mt19937_64's output sequence is fixed by the standard,
// but the std::uniform_*_distribution algorithms are not: libstdc++, libc++ and MSVC turn the
// same engine output into different numbers. Everything here is built on raw engine output
// and integer arithmetic so that a seed produces the same practice on every platform.

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <utility>
#include <vector>

namespace libcoach::synthetic {

/// SplitMix64 finaliser: spreads a seed and a stream number into an unrelated 64-bit seed,
/// so that neighbouring streams (engagement 7, engagement 8) do not start correlated.
constexpr std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t stream) {
  std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (stream + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/// Draw at most once per function-call argument list: the order in which arguments are
/// evaluated is unspecified (GCC and Clang differ), and two draws there would make the
/// practice depend on the compiler.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  /// Uniform integer in [lo, hi] (inclusive). Rejection sampling rather than a plain modulo,
  /// so that small ranges are not biased towards their low end.
  int between(int lo, int hi) {
    if (hi <= lo) {
      return lo;
    }
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo) + 1;
    const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t limit = max - max % span;
    std::uint64_t x = engine_();
    while (x >= limit) {
      x = engine_();
    }
    return static_cast<int>(static_cast<std::int64_t>(lo) + static_cast<std::int64_t>(x % span));
  }

  /// True with probability percent / 100.
  bool chance(int percent) { return between(0, 99) < percent; }

  /// Uniform double in [0, 1) from the top 53 bits.
  double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

  /// A uniformly chosen element.
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[static_cast<std::size_t>(between(0, static_cast<int>(N) - 1))];
  }
  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
  }

  /// 0..n-1 in random order (Fisher–Yates with our own bounded integers).
  std::vector<std::size_t> permutation(std::size_t n) {
    std::vector<std::size_t> out(n);
    for (std::size_t i = 0; i < n; ++i) {
      out[i] = i;
    }
    for (std::size_t i = n; i > 1; --i) {
      const auto j = static_cast<std::size_t>(between(0, static_cast<int>(i) - 1));
      std::swap(out[i - 1], out[j]);
    }
    return out;
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace libcoach::synthetic
