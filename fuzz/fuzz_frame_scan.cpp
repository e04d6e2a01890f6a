// libFuzzer target: frame scanning and decoding of whatever frames it finds.
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  libcoach::fuzz::check_frame_scan(data, size);
  return 0;
}
