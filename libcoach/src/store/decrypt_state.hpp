#pragma once
// Opening every sealed content field of a freshly loaded state, in parallel.

#include "libcoach/crypto/vault.hpp"
#include "state.hpp"

namespace libcoach::store {

/// Replaces every content field of `state` (loaded with deferred opening, so holding sealed
/// bytes) by its plaintext, splitting the rows of each table over the machine's cores.
/// Fields of shredded clients are already empty and stay so. \throws CryptoError when any
/// field does not open (the state is then unusable and must be dropped).
void decrypt_state(detail::PracticeState& state, const Vault& vault);

}  // namespace libcoach::store
