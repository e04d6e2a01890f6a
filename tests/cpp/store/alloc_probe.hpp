#pragma once
// Records the largest single allocation made while a probe is active, so tests can show
// that hostile lengths are refused *before* anything is allocated for them.

#include <cstddef>

namespace store_test {

/// Starts recording on construction; largest() is the biggest request seen since.
class AllocProbe {
 public:
  AllocProbe();
  ~AllocProbe();
  AllocProbe(const AllocProbe&) = delete;
  AllocProbe& operator=(const AllocProbe&) = delete;
  std::size_t largest() const;
};

}  // namespace store_test
