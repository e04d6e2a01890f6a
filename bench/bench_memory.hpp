#pragma once
// Resident memory of this process, read from /proc/self/status (Linux), for the benchmarks'
// memory counters.

#include <fstream>
#include <string>

namespace libcoach::bench {

/// A field of /proc/self/status in KiB: "VmRSS:" (resident now), "VmHWM:" (peak); 0 when
/// absent.
inline long status_kib(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string key;
  long value = 0;
  while (status >> key) {
    if (key == field) {
      status >> value;
      return value;
    }
    status.ignore(1 << 20, '\n');
  }
  return 0;
}

}  // namespace libcoach::bench
