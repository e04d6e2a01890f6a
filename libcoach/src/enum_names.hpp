#pragma once
// One table per enum maps values to their lower-case names, so to_string and parse share a
// single source of truth.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "libcoach/errors.hpp"

namespace libcoach::detail {

template <class E, std::size_t N>
std::string_view enum_name(const std::array<std::string_view, N>& names, E value) {
  const auto index = static_cast<std::size_t>(value);
  return index < N ? names[index] : std::string_view{"unknown"};
}

template <class E, std::size_t N>
E enum_parse(const std::array<std::string_view, N>& names, std::string_view text,
             std::string_view what) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text)
      return static_cast<E>(i);
  }
  throw ValidationError("unknown " + std::string(what));
}

}  // namespace libcoach::detail
