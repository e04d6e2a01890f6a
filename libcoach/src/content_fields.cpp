#include "content_fields.hpp"

#include <sodium.h>

namespace libcoach::detail {

void wipe_string(std::string& s) {
  if (!s.empty())
    sodium_memzero(s.data(), s.size());
  s.clear();
  s.shrink_to_fit();
}

}  // namespace libcoach::detail
