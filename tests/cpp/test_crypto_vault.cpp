// The vault: key file, wrapping, sealing with bound additional data, shredding, rotation.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include <sodium.h>

#include "libcoach/crypto/vault.hpp"
#include "libcoach/errors.hpp"

namespace libcoach {
namespace {

namespace fs = std::filesystem;

class VaultTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("libcoach-vault-" + std::to_string(std::random_device{}()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    path_ = dir_ / "keys";
  }
  void TearDown() override { fs::remove_all(dir_); }

  static KeySource pass(const std::string& p) {
    return KeySource::passphrase(p, KdfCost::minimal_for_tests());
  }
  static std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }
  static void write(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
  }

  fs::path dir_;
  fs::path path_;
  const ClientId ada_{IdSource(1).next()};
  const ClientId ben_{IdSource(2).next()};
  const RecordId note_{IdSource(3).next()};
  const RecordId other_note_{IdSource(4).next()};
};

TEST_F(VaultTest, SealedFieldOpensOnlyWithItsBinding) {
  Vault vault = Vault::create(path_, pass("correct horse"));
  const std::string secret = "I am afraid of being found out as a fraud";
  const std::string sealed = vault.seal({ada_, note_, "text"}, secret);
  EXPECT_EQ(sealed.find(secret), std::string::npos);
  EXPECT_EQ(vault.open({ada_, note_, "text"}, sealed), secret);
  // Moved to another field, record or client: refused.
  EXPECT_THROW(vault.open({ada_, note_, "reframe"}, sealed), CryptoError);
  EXPECT_THROW(vault.open({ada_, other_note_, "text"}, sealed), CryptoError);
  vault.add_client(ben_);
  EXPECT_THROW(vault.open({ben_, note_, "text"}, sealed), CryptoError);
}

TEST_F(VaultTest, TamperedCiphertextIsRefused) {
  Vault vault = Vault::create(path_, pass("correct horse"));
  const std::string sealed = vault.seal({ada_, note_, "text"}, "a private reflection");
  for (std::size_t i = 0; i < sealed.size(); ++i) {
    std::string bad = sealed;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    EXPECT_THROW(vault.open({ada_, note_, "text"}, bad), CryptoError) << "byte " << i;
  }
  EXPECT_THROW(vault.open({ada_, note_, "text"}, sealed.substr(0, 10)), CryptoError);
}

TEST_F(VaultTest, SealingTwiceGivesDifferentCiphertext) {
  Vault vault = Vault::create(path_, pass("correct horse"));
  EXPECT_NE(vault.seal({ada_, note_, "text"}, "same"), vault.seal({ada_, note_, "text"}, "same"));
}

TEST_F(VaultTest, ReopensWithThePassphraseAndRefusesAWrongOneWithoutChanges) {
  std::string sealed;
  {
    Vault vault = Vault::create(path_, pass("correct horse"));
    sealed = vault.seal({ada_, note_, "text"}, "values: family, integrity");
  }
  const std::string before = read(path_);
  EXPECT_THROW(Vault::open(path_, pass("wrong horse")), CryptoError);
  EXPECT_EQ(read(path_), before);
  Vault vault = Vault::open(path_, pass("correct horse"));
  EXPECT_EQ(vault.open({ada_, note_, "text"}, sealed), "values: family, integrity");
  EXPECT_TRUE(vault.has_client(ada_));
}

TEST_F(VaultTest, RawKeyVaultsNeedTheRawKey) {
  std::array<std::uint8_t, 32> key{};
  key.fill(7);
  { Vault::create(path_, KeySource::raw_key(key)).add_client(ada_); }
  std::array<std::uint8_t, 32> other = key;
  other[0] = 8;
  EXPECT_THROW(Vault::open(path_, KeySource::raw_key(other)), CryptoError);
  EXPECT_THROW(Vault::open(path_, pass("a passphrase")), CryptoError);
  EXPECT_TRUE(Vault::open(path_, KeySource::raw_key(key)).has_client(ada_));
}

TEST_F(VaultTest, KeyFileHoldsNoPassphraseAndRefusesOverwrite) {
  { Vault::create(path_, pass("a very particular passphrase")).add_client(ada_); }
  EXPECT_EQ(read(path_).find("a very particular passphrase"), std::string::npos);
  EXPECT_THROW(Vault::create(path_, pass("x")), Conflict);
}

TEST_F(VaultTest, EveryDamagedByteIsATypedError) {
  { Vault::create(path_, pass("correct horse")).add_client(ada_); }
  const std::string good = read(path_);
  for (std::size_t i = 0; i < good.size(); ++i) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0x40);
    write(path_, bad);
    try {
      Vault::open(path_, pass("correct horse"));
      ADD_FAILURE() << "a damaged key file opened (byte " << i << ")";
    } catch (const CorruptionError&) {
    } catch (const CryptoError&) {
    } catch (const UnsupportedVersion&) {
    }
  }
  write(path_, good.substr(0, good.size() - 1));
  EXPECT_THROW(Vault::open(path_, pass("correct horse")), CorruptionError);
}

// Someone who edits the key file and fixes up its unkeyed checksum still meets the keyed
// MAC, and cannot inflate the key-derivation cost past the supported limits.
TEST_F(VaultTest, EditsWithARecomputedChecksumAreStillRefused) {
  { Vault::create(path_, pass("correct horse")).add_client(ada_); }
  const std::string good = read(path_);
  const auto with_checksum = [](std::string body) {
    unsigned char sum[32];
    crypto_generichash(sum, sizeof sum, reinterpret_cast<const unsigned char*>(body.data()),
                       body.size(), nullptr, 0);
    body.append(reinterpret_cast<const char*>(sum), sizeof sum);
    return body;
  };
  std::string body = good.substr(0, good.size() - 32);
  ASSERT_EQ(with_checksum(body), good);
  std::string entry_edit = body;
  entry_edit[104 + 30] = static_cast<char>(entry_edit[104 + 30] ^ 1);  // inside the wrapped key
  write(path_, with_checksum(entry_edit));
  EXPECT_THROW(Vault::open(path_, pass("correct horse")), CorruptionError);
  std::string cost_edit = body;
  cost_edit[15] = 0x7F;  // opslimit's high byte: an absurd derivation cost
  write(path_, with_checksum(cost_edit));
  EXPECT_THROW(Vault::open(path_, pass("correct horse")), CorruptionError);
  EXPECT_THROW(Vault::create(dir_ / "other", KeySource::passphrase("p", KdfCost{1000, 0})),
               ValidationError);
}

TEST_F(VaultTest, ShreddingMakesOldCopiesUnreadableAndSparesOthers) {
  std::string ada_sealed, ben_sealed;
  {
    Vault vault = Vault::create(path_, pass("correct horse"));
    ada_sealed = vault.seal({ada_, note_, "text"}, "Ada's journal");
    ben_sealed = vault.seal({ben_, other_note_, "text"}, "Ben's journal");
  }
  // A backup of the whole store taken before shredding, key file included.
  const fs::path backup = dir_ / "keys.backup";
  fs::copy_file(path_, backup);
  {
    Vault vault = Vault::open(path_, pass("correct horse"));
    vault.shred_client(ada_);
    EXPECT_TRUE(vault.is_shredded(ada_));
    EXPECT_THROW(vault.open({ada_, note_, "text"}, ada_sealed), CryptoError);
    EXPECT_EQ(vault.open({ben_, other_note_, "text"}, ben_sealed), "Ben's journal");
    EXPECT_THROW(vault.add_client(ada_), Conflict);
    EXPECT_THROW(vault.seal({ada_, note_, "text"}, "new"), Conflict);
  }
  // Restoring the backup's content under the post-shred key file: Ada stays unreadable.
  Vault reopened = Vault::open(path_, pass("correct horse"));
  EXPECT_TRUE(reopened.is_shredded(ada_));
  EXPECT_THROW(reopened.open({ada_, note_, "text"}, ada_sealed), CryptoError);
  EXPECT_EQ(reopened.open({ben_, other_note_, "text"}, ben_sealed), "Ben's journal");
}

TEST_F(VaultTest, RotatingTheKekRewritesOnlyTheKeyFile) {
  std::string sealed;
  {
    Vault vault = Vault::create(path_, pass("first passphrase"));
    sealed = vault.seal({ada_, note_, "text"}, "an insight");
    vault.rotate_kek(pass("second passphrase"));
    EXPECT_EQ(vault.open({ada_, note_, "text"}, sealed), "an insight");
  }
  EXPECT_THROW(Vault::open(path_, pass("first passphrase")), CryptoError);
  Vault vault = Vault::open(path_, pass("second passphrase"));
  EXPECT_EQ(vault.open({ada_, note_, "text"}, sealed), "an insight");
  EXPECT_FALSE(fs::exists(dir_ / "keys.tmp"));
}

TEST_F(VaultTest, PassphraseLimits) {
  EXPECT_THROW(KeySource::passphrase(""), ValidationError);
  EXPECT_THROW(KeySource::passphrase(std::string(4097, 'x')), ValidationError);
}

}  // namespace
}  // namespace libcoach
