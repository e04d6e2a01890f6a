#pragma once
/// \file
/// Confidentiality scopes. Every content record carries one; the policy in access/policy.hpp
/// decides who may see a record of each scope.

#include <cstdint>
#include <string_view>

namespace libcoach {

/// Who a record is meant for. Ordered from least to most confidential.
enum class Scope : std::uint8_t {
  operational = 0,     ///< Facts the practice runs on: existence, dates, attendance.
  sponsor = 1,         ///< Shared with the sponsor under the agreement (shared goals).
  coaching = 2,        ///< The confidential container: coach and client only.
  coach_private = 3,   ///< The author coach alone (process notes, referrals).
  client_private = 4,  ///< The client alone, unless they share it (journal).
};

/// Lower-case name of a scope ("coach_private", ...).
std::string_view to_string(Scope scope);
/// Parses a scope name; throws ValidationError when unknown.
Scope parse_scope(std::string_view text);

/// True for scopes whose every read is audited (coaching, coach_private, client_private).
constexpr bool is_confidential(Scope scope) {
  return scope >= Scope::coaching;
}

}  // namespace libcoach
