#pragma once
// A scratch directory for a benchmark's store: under LIBCOACH_BENCH_DIR (to choose the file
// system being measured) or the system temp directory, unique per process and call.

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

namespace libcoach::bench {

inline std::filesystem::path scratch(const std::string& name) {
  const char* env = std::getenv("LIBCOACH_BENCH_DIR");
  const std::filesystem::path base =
      env != nullptr ? std::filesystem::path(env) : std::filesystem::temp_directory_path();
  std::random_device rd;
  std::filesystem::path p = base / ("libcoach-bench-" + name + "-" + std::to_string(::getpid()) +
                                    "-" + std::to_string(rd()));
  std::filesystem::remove_all(p);
  return p;
}

}  // namespace libcoach::bench
