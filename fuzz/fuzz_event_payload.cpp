// libFuzzer target: decoding an event (and an audit entry) payload from arbitrary bytes.
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  libcoach::fuzz::check_event_payload(data, size);
  return 0;
}
