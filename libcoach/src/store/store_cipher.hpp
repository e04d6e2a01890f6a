#pragma once
// The content cipher of an encrypted store: seals and opens content fields with the store's
// vault (see content_seal.hpp for where fields are marked).

#include <memory>
#include <string>
#include <string_view>

#include "libcoach/crypto/vault.hpp"
#include "store/content_seal.hpp"

namespace libcoach::store {

/// Seals content with the store's vault. A client seen for the first time gets a staged key,
/// written to the key file by the store's next flush of the keys, which runs before anything
/// is synced. Shares the vault, so that the decoders of a deferred snapshot can outlive the
/// store object that opened it.
class StoreCipher final : public ser::ContentCipher {
 public:
  explicit StoreCipher(std::shared_ptr<Vault> vault) : vault_(std::move(vault)) {}
  bool is_shredded(ClientId client) const override { return vault_->is_shredded(client); }
  std::string seal(const FieldBinding& binding, std::string_view plaintext) override {
    if (!vault_->has_client(binding.client))
      vault_->stage_client(binding.client);
    return vault_->seal(binding, plaintext);
  }
  std::string open(const FieldBinding& binding, std::string_view sealed) const override {
    require_key(binding.client);
    return vault_->open(binding, sealed);
  }
  bool deferred() const override { return deferred_; }
  void require_key(ClientId client) const override {
    if (vault_->key_state(client) == KeyState::unknown)
      throw ser::MissingKeyError("sealed content of a client the key file does not know");
  }
  /// Deferred opening while a whole store is loaded (see decrypt_state).
  void set_deferred(bool deferred) { deferred_ = deferred; }

 private:
  std::shared_ptr<Vault> vault_;
  bool deferred_ = false;
};

}  // namespace libcoach::store
