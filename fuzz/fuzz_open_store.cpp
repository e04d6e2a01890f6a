// libFuzzer target: opening (read-only, with and without repair) and verifying an arbitrary
// store directory.
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("libcoach-fuzz-open-" + std::to_string(::getpid()));
  libcoach::fuzz::check_open_store(data, size, dir);
  return 0;
}
