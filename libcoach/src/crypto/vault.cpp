#include "libcoach/crypto/vault.hpp"

#include <sodium.h>

#include <cstring>
#include <map>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <unordered_map>

#include "crypto/secret.hpp"
#include "io/atomic_file.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/logging.hpp"
#include "store/file_ops.hpp"

namespace libcoach {

namespace {

using crypto::SecretKey;

// ---- Key file format (little-endian) --------------------------------------------------------
//   0  magic "LCVAULT1"            8
//   8  u16 format version          2
//  10  u8  endianness marker (1)   1
//  11  u8  kdf (0 raw, 1 argon2id) 1
//  12  u64 opslimit                8
//  20  u64 memlimit                8
//  28  salt                        16
//  44  store id                    16
//  60  check nonce                 24
//  84  check tag                   16   AEAD of nothing, AAD = bytes 0..60, under the KEK
// 100  u32 entry count             4
// 104  entries, 93 bytes each: client id 16, u32 key version, u8 state (1 live, 2 shredded),
//      nonce 24, wrapped key 48 (zeros when shredded)
// end  BLAKE2b-256 keyed with the KEK over everything before it (authenticity), then an
//      unkeyed BLAKE2b-256 over everything before that (damage is reported before the
//      costly key derivation, whose parameters a damaged file could otherwise inflate)
constexpr char kMagic[8] = {'L', 'C', 'V', 'A', 'U', 'L', 'T', '1'};
constexpr std::uint16_t kFormatVersion = 1;
constexpr std::size_t kHeaderBytes = 60;
constexpr std::size_t kCheckEnd = 100;
constexpr std::size_t kEntriesStart = 104;
constexpr std::size_t kEntryBytes = 16 + 4 + 1 + 24 + 48;
constexpr std::size_t kMacBytes = 32;
constexpr std::size_t kChecksumBytes = 32;
constexpr std::uint64_t kMaxOpslimit = 16;                      // "sensitive" is 4
constexpr std::uint64_t kMaxMemlimit = std::uint64_t{1} << 30;  // 1 GiB, "sensitive"
constexpr std::uint8_t kLive = 1;
constexpr std::uint8_t kShredded = 2;
constexpr std::uint8_t kSealFormat = 1;
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(kNonce == 24 && kTag == 16);

class Writer {
 public:
  void bytes(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
  void u8(std::uint8_t v) { bytes(&v, 1); }
  void u16(std::uint16_t v) { le(v, 2); }
  void u32(std::uint32_t v) { le(v, 4); }
  void u64(std::uint64_t v) { le(v, 8); }
  std::string& str() { return out_; }

 private:
  void le(std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i)
      out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  std::string out_;
};

std::uint64_t read_le(const std::string& s, std::size_t pos, int n) {
  std::uint64_t v = 0;
  for (int i = 0; i < n; ++i) {
    v |= std::uint64_t{static_cast<unsigned char>(s[pos + static_cast<std::size_t>(i)])} << (8 * i);
  }
  return v;
}

struct Entry {
  std::uint32_t version = 1;
  SecretKey key;
};

std::string dek_aad(const boost::uuids::uuid& store, const boost::uuids::uuid& client,
                    std::uint32_t version) {
  Writer w;
  w.bytes("libcoach-dek", 12);
  w.bytes(store.data, 16);
  w.bytes(client.data, 16);
  w.u32(version);
  return w.str();
}

// The additional data of a sealed field, built on the stack: it is computed once per field
// on every open, so it must not allocate.
class FieldAad {
 public:
  FieldAad(const boost::uuids::uuid& store, const FieldBinding& b, std::uint32_t version) {
    put("libcoach-field-v1", 17);
    put(store.data, 16);
    put(b.client.value.data, 16);
    put(b.record.value.data, 16);
    le32(version);
    le32(static_cast<std::uint32_t>(b.field.size()));
    if (b.field.size() > sizeof(bytes_) - size_)
      throw CryptoError("vault: field name too long");
    put(b.field.data(), b.field.size());
  }
  const unsigned char* data() const { return bytes_; }
  std::size_t size() const { return size_; }

 private:
  void put(const void* p, std::size_t n) {
    std::memcpy(bytes_ + size_, p, n);
    size_ += n;
  }
  void le32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
      bytes_[size_++] = static_cast<unsigned char>(v >> (8 * i));
  }
  unsigned char bytes_[160] = {};
  std::size_t size_ = 0;
};

SecretKey derive_kek(const KeySource& source, std::string_view secret, std::uint8_t kdf,
                     std::uint64_t ops, std::uint64_t mem, const unsigned char* salt) {
  SecretKey kek;
  if (kdf == 0) {
    if (source.is_passphrase() || secret.size() != kek.bytes.size()) {
      throw CryptoError("vault: this key file needs a raw key, not a passphrase");
    }
    std::memcpy(kek.data(), secret.data(), kek.bytes.size());
    return kek;
  }
  if (!source.is_passphrase()) {
    throw CryptoError("vault: this key file needs a passphrase, not a raw key");
  }
  if (crypto_pwhash(kek.data(), kek.bytes.size(), secret.data(), secret.size(), salt, ops,
                    static_cast<std::size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw CryptoError("vault: key derivation failed (out of memory?)");
  }
  return kek;
}

struct KdfChoice {
  std::uint8_t kdf = 0;
  std::uint64_t opslimit = 0;
  std::uint64_t memlimit = 0;
};

// The derivation a new key file records for `source`: raw keys need none; passphrases get
// the requested Argon2id cost, libsodium's "moderate" by default, within the limits that
// open() accepts.
KdfChoice choose_kdf(const KeySource& source) {
  if (!source.is_passphrase())
    return {};
  KdfChoice c{1, source.cost().opslimit, source.cost().memlimit};
  if (c.opslimit == 0)
    c.opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
  if (c.memlimit == 0)
    c.memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
  if (c.opslimit < crypto_pwhash_OPSLIMIT_MIN || c.opslimit > kMaxOpslimit ||
      c.memlimit < crypto_pwhash_MEMLIMIT_MIN || c.memlimit > kMaxMemlimit) {
    throw ValidationError("key derivation cost: outside the supported range");
  }
  return c;
}

}  // namespace

struct Vault::Impl {
  std::filesystem::path path;
  std::shared_ptr<store::FileOps> ops = store::posix_file_ops();
  boost::uuids::uuid store_id{};
  std::uint8_t kdf = 0;
  std::uint64_t opslimit = 0;
  std::uint64_t memlimit = 0;
  std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
  SecretKey kek;
  std::unordered_map<boost::uuids::uuid, Entry, UuidHash> live;
  std::set<boost::uuids::uuid> shredded;
  mutable std::shared_mutex mutex;
  bool staged = false;  // Keys added in memory since the key file was last written.

  // Serializes the whole key file for the given KEK parameters and entries.
  std::string encode(const SecretKey& with_kek) const {
    Writer w;
    w.bytes(kMagic, 8);
    w.u16(kFormatVersion);
    w.u8(1);
    w.u8(kdf);
    w.u64(opslimit);
    w.u64(memlimit);
    w.bytes(salt.data(), salt.size());
    w.bytes(store_id.data, 16);
    std::array<unsigned char, kNonce> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    std::array<unsigned char, kTag> tag{};
    unsigned long long tag_len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        tag.data(), &tag_len, nullptr, 0, reinterpret_cast<const unsigned char*>(w.str().data()),
        kHeaderBytes, nullptr, nonce.data(), with_kek.data());
    w.bytes(nonce.data(), nonce.size());
    w.bytes(tag.data(), tag.size());
    w.u32(static_cast<std::uint32_t>(live.size() + shredded.size()));
    for (const auto& [client, entry] : live) {
      w.bytes(client.data, 16);
      w.u32(entry.version);
      w.u8(kLive);
      std::array<unsigned char, kNonce> n{};
      randombytes_buf(n.data(), n.size());
      std::array<unsigned char, 32 + kTag> wrapped{};
      unsigned long long wrapped_len = 0;
      const std::string aad = dek_aad(store_id, client, entry.version);
      crypto_aead_xchacha20poly1305_ietf_encrypt(wrapped.data(), &wrapped_len, entry.key.data(),
                                                 entry.key.bytes.size(),
                                                 reinterpret_cast<const unsigned char*>(aad.data()),
                                                 aad.size(), nullptr, n.data(), with_kek.data());
      w.bytes(n.data(), n.size());
      w.bytes(wrapped.data(), wrapped.size());
    }
    for (const auto& client : shredded) {
      // A shredded client keeps a tombstone (their id, no key), so that a later seal for
      // them is refused rather than silently creating a new key.
      w.bytes(client.data, 16);
      w.u32(0);
      w.u8(kShredded);
      const std::array<unsigned char, kNonce + 32 + kTag> zeros{};
      w.bytes(zeros.data(), zeros.size());
    }
    std::array<unsigned char, kMacBytes> mac{};
    crypto_generichash(mac.data(), mac.size(),
                       reinterpret_cast<const unsigned char*>(w.str().data()), w.str().size(),
                       with_kek.data(), with_kek.bytes.size());
    w.bytes(mac.data(), mac.size());
    std::array<unsigned char, kChecksumBytes> checksum{};
    crypto_generichash(checksum.data(), checksum.size(),
                       reinterpret_cast<const unsigned char*>(w.str().data()), w.str().size(),
                       nullptr, 0);
    w.bytes(checksum.data(), checksum.size());
    return w.str();
  }

  void persist(const SecretKey& with_kek) const {
    std::filesystem::path temp = path;
    temp += ".tmp";
    io::replace_file_atomically(*ops, path, temp, encode(with_kek));
  }

  void decode(const std::string& file, const KeySource& source, std::string_view secret) {
    const auto corrupt = [&](const char* what) {
      throw CorruptionError("vault: key file " + path.filename().string() + " " + what);
    };
    if (file.size() < kEntriesStart + kMacBytes + kChecksumBytes ||
        std::memcmp(file.data(), kMagic, 8) != 0) {
      corrupt("is not a libcoach key file");
    }
    const auto* raw = reinterpret_cast<const unsigned char*>(file.data());
    std::array<unsigned char, kChecksumBytes> checksum{};
    crypto_generichash(checksum.data(), checksum.size(), raw, file.size() - kChecksumBytes, nullptr,
                       0);
    if (std::memcmp(checksum.data(), raw + file.size() - kChecksumBytes, kChecksumBytes) != 0) {
      corrupt("is damaged (checksum mismatch)");
    }
    const std::size_t body = file.size() - kChecksumBytes;
    if (read_le(file, 8, 2) != kFormatVersion) {
      throw UnsupportedVersion("vault: key file format " + std::to_string(read_le(file, 8, 2)) +
                               " is not supported by this version of libcoach");
    }
    if (file[10] != 1)
      corrupt("has an unknown byte order");
    kdf = static_cast<std::uint8_t>(file[11]);
    if (kdf > 1)
      corrupt("names an unknown key derivation");
    opslimit = read_le(file, 12, 8);
    memlimit = read_le(file, 20, 8);
    if (kdf == 1 &&
        (opslimit < crypto_pwhash_OPSLIMIT_MIN || memlimit < crypto_pwhash_MEMLIMIT_MIN ||
         memlimit > kMaxMemlimit || opslimit > kMaxOpslimit)) {
      corrupt("carries impossible key-derivation parameters");
    }
    std::memcpy(salt.data(), file.data() + 28, salt.size());
    std::memcpy(store_id.data, file.data() + 44, 16);
    kek = derive_kek(source, secret, kdf, opslimit, memlimit, salt.data());
    const auto* bytes = reinterpret_cast<const unsigned char*>(file.data());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(nullptr, nullptr, nullptr, bytes + 84, kTag,
                                                   bytes, kHeaderBytes, bytes + 60,
                                                   kek.data()) != 0) {
      throw CryptoError("vault: wrong passphrase or key");
    }
    std::array<unsigned char, kMacBytes> mac{};
    crypto_generichash(mac.data(), mac.size(), bytes, body - kMacBytes, kek.data(),
                       kek.bytes.size());
    if (sodium_memcmp(mac.data(), bytes + body - kMacBytes, kMacBytes) != 0) {
      corrupt("failed its integrity check");
    }
    const std::uint64_t count = read_le(file, kCheckEnd, 4);
    if (kEntriesStart + count * kEntryBytes + kMacBytes != body) {
      corrupt("has an entry count that does not match its size");
    }
    for (std::uint64_t i = 0; i < count; ++i) {
      const std::size_t at = kEntriesStart + static_cast<std::size_t>(i) * kEntryBytes;
      boost::uuids::uuid client{};
      std::memcpy(client.data, bytes + at, 16);
      const auto version = static_cast<std::uint32_t>(read_le(file, at + 16, 4));
      const std::uint8_t state = bytes[at + 20];
      if (state == kShredded) {
        shredded.insert(client);
        continue;
      }
      if (state != kLive)
        corrupt("has an entry in an unknown state");
      Entry entry;
      entry.version = version;
      const std::string aad = dek_aad(store_id, client, version);
      if (crypto_aead_xchacha20poly1305_ietf_decrypt(
              entry.key.data(), nullptr, nullptr, bytes + at + 21 + kNonce, 32 + kTag,
              reinterpret_cast<const unsigned char*>(aad.data()), aad.size(), bytes + at + 21,
              kek.data()) != 0) {
        corrupt("has a data key that does not unwrap");
      }
      live.emplace(client, std::move(entry));
    }
  }
};

Vault::Vault(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Vault::~Vault() = default;
Vault::Vault(Vault&&) noexcept = default;
Vault& Vault::operator=(Vault&&) noexcept = default;

Vault Vault::create(const std::filesystem::path& key_file, const KeySource& kek,
                    const boost::uuids::uuid& store_id) {
  crypto::ensure_sodium();
  if (std::filesystem::exists(key_file)) {
    throw Conflict("vault: a key file already exists at that path");
  }
  auto impl = std::make_unique<Impl>();
  impl->path = key_file;
  if (store_id.is_nil()) {
    randombytes_buf(impl->store_id.data, 16);
  } else {
    impl->store_id = store_id;
  }
  randombytes_buf(impl->salt.data(), impl->salt.size());
  const KdfChoice choice = choose_kdf(kek);
  impl->kdf = choice.kdf;
  impl->opslimit = choice.opslimit;
  impl->memlimit = choice.memlimit;
  impl->kek =
      derive_kek(kek, kek.secret_, impl->kdf, impl->opslimit, impl->memlimit, impl->salt.data());
  impl->persist(impl->kek);
  logger()->info("vault created");
  return Vault(std::move(impl));
}

Vault Vault::open(const std::filesystem::path& key_file, const KeySource& kek) {
  crypto::ensure_sodium();
  auto impl = std::make_unique<Impl>();
  impl->path = key_file;
  const std::string file = store::read_whole_file(*impl->ops, key_file);
  impl->decode(file, kek, kek.secret_);
  return Vault(std::move(impl));
}

const boost::uuids::uuid& Vault::store_id() const {
  return impl_->store_id;
}
const std::filesystem::path& Vault::key_file() const {
  return impl_->path;
}

void Vault::add_client(ClientId client) {
  std::unique_lock lock(impl_->mutex);
  if (impl_->shredded.count(client.value) != 0) {
    throw Conflict("vault: the client was shredded; no new key is issued");
  }
  if (impl_->live.count(client.value) != 0)
    return;
  impl_->live.emplace(client.value, Entry{1, SecretKey::random()});
  try {
    impl_->persist(impl_->kek);
    impl_->staged = false;
  } catch (...) {
    impl_->live.erase(client.value);  // Not durable, so not kept.
    throw;
  }
}

void Vault::stage_client(ClientId client) {
  std::unique_lock lock(impl_->mutex);
  if (impl_->shredded.count(client.value) != 0) {
    throw Conflict("vault: the client was shredded; no new key is issued");
  }
  if (impl_->live.emplace(client.value, Entry{1, SecretKey::random()}).second)
    impl_->staged = true;
}

void Vault::flush() {
  std::unique_lock lock(impl_->mutex);
  if (!impl_->staged)
    return;
  impl_->persist(impl_->kek);
  impl_->staged = false;
}

KeyState Vault::key_state(ClientId client) const {
  std::shared_lock lock(impl_->mutex);
  if (impl_->live.count(client.value) != 0)
    return KeyState::live;
  return impl_->shredded.count(client.value) != 0 ? KeyState::shredded : KeyState::unknown;
}

bool Vault::has_client(ClientId client) const {
  std::shared_lock lock(impl_->mutex);
  return impl_->live.count(client.value) != 0;
}

bool Vault::is_shredded(ClientId client) const {
  std::shared_lock lock(impl_->mutex);
  return impl_->shredded.count(client.value) != 0;
}

std::size_t Vault::client_count() const {
  std::shared_lock lock(impl_->mutex);
  return impl_->live.size();
}

std::string Vault::seal(const FieldBinding& binding, std::string_view plaintext) {
  if (!has_client(binding.client))
    add_client(binding.client);
  std::shared_lock lock(impl_->mutex);
  const auto it = impl_->live.find(binding.client.value);
  if (it == impl_->live.end())
    throw CryptoError("vault: the client has no data key");
  const Entry& entry = it->second;
  const FieldAad aad(impl_->store_id, binding, entry.version);
  std::string out(1 + 4 + kNonce + plaintext.size() + kTag, '\0');
  auto* p = reinterpret_cast<unsigned char*>(out.data());
  p[0] = kSealFormat;
  for (int i = 0; i < 4; ++i)
    p[1 + i] = static_cast<unsigned char>(entry.version >> (8 * i));
  randombytes_buf(p + 5, kNonce);
  unsigned long long len = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      p + 5 + kNonce, &len, reinterpret_cast<const unsigned char*>(plaintext.data()),
      plaintext.size(), aad.data(), aad.size(), nullptr, p + 5, entry.key.data());
  return out;
}

std::string Vault::open(const FieldBinding& binding, std::string_view sealed) const {
  std::string field(sealed);
  if (!open_in_place(binding, field)) {
    throw CryptoError("vault: the client's key was shredded");
  }
  return field;
}

bool Vault::open_in_place(const FieldBinding& binding, std::string& field) const {
  std::shared_lock lock(impl_->mutex);
  const auto it = impl_->live.find(binding.client.value);
  if (it == impl_->live.end()) {
    if (impl_->shredded.count(binding.client.value) != 0)
      return false;
    throw CryptoError("vault: the client has no data key");
  }
  if (field.size() < 1 + 4 + kNonce + kTag || static_cast<std::uint8_t>(field[0]) != kSealFormat) {
    throw CryptoError("vault: not a sealed field");
  }
  auto* p = reinterpret_cast<unsigned char*>(field.data());
  std::uint32_t version = 0;
  for (int i = 0; i < 4; ++i)
    version |= std::uint32_t{p[1 + i]} << (8 * i);
  if (version != it->second.version)
    throw CryptoError("vault: unknown key version");
  const FieldAad aad(impl_->store_id, binding, version);
  constexpr std::size_t kStart = 5 + kNonce;
  const std::size_t length = field.size() - kStart - kTag;
  // libsodium decrypts in place when the output is the ciphertext itself.
  if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
          p + kStart, nullptr, p + kStart, length, p + kStart + length, aad.data(), aad.size(),
          p + 5, it->second.key.data()) != 0) {
    throw CryptoError("vault: sealed field does not open (tampered, moved or wrong key)");
  }
  field.erase(0, kStart);
  field.resize(length);
  return true;
}

void Vault::shred_client(ClientId client) {
  std::unique_lock lock(impl_->mutex);
  auto node = impl_->live.extract(client.value);
  const bool inserted = impl_->shredded.insert(client.value).second;
  try {
    impl_->persist(impl_->kek);
    impl_->staged = false;
  } catch (...) {
    // The key file still holds the key: keep the vault consistent with it.
    if (inserted)
      impl_->shredded.erase(client.value);
    if (!node.empty())
      impl_->live.insert(std::move(node));
    throw;
  }
  // `node` goes out of scope here and its SecretKey wipes the key bytes.
  logger()->info("vault: a client's data key was destroyed");
}

void Vault::rotate_kek(const KeySource& next) {
  std::unique_lock lock(impl_->mutex);
  const auto old_kdf = impl_->kdf;
  const auto old_ops = impl_->opslimit;
  const auto old_mem = impl_->memlimit;
  const auto old_salt = impl_->salt;
  const KdfChoice choice = choose_kdf(next);
  randombytes_buf(impl_->salt.data(), impl_->salt.size());
  impl_->kdf = choice.kdf;
  impl_->opslimit = choice.opslimit;
  impl_->memlimit = choice.memlimit;
  try {
    SecretKey new_kek = derive_kek(next, next.secret_, impl_->kdf, impl_->opslimit, impl_->memlimit,
                                   impl_->salt.data());
    impl_->persist(new_kek);
    impl_->kek = new_kek;
    impl_->staged = false;
  } catch (...) {
    impl_->kdf = old_kdf;
    impl_->opslimit = old_ops;
    impl_->memlimit = old_mem;
    impl_->salt = old_salt;
    throw;
  }
}

}  // namespace libcoach
