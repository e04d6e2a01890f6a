// Encryption at rest and the client's data rights on a store: no plaintext on disk, wrong
// keys, tampered and moved ciphertext, shredding (also against old copies), legal holds,
// retention, key rotation and a key file that lags behind the journal.

#include <gtest/gtest.h>

#include <set>

#include "content_fields.hpp"
#include "libcoach/crypto/key_source.hpp"
#include "libcoach/crypto/vault.hpp"
#include "libcoach/store/verify.hpp"
#include "libcoach/synthetic.hpp"
#include "store/codec.hpp"
#include "store/crc32c.hpp"
#include "store_test_util.hpp"

namespace {

using namespace store_test;
namespace st = libcoach::store;

std::shared_ptr<const KeySource> key(const std::string& passphrase) {
  return std::make_shared<const KeySource>(
      KeySource::passphrase(passphrase, KdfCost::minimal_for_tests()));
}

OpenOptions encrypted(const std::string& passphrase = "correct horse battery") {
  OpenOptions o;
  o.key = key(passphrase);
  o.snapshot_threshold_bytes = 0;
  return o;
}

// Every content string of at least `min_length` bytes the practice holds, per client.
// Consent purposes double as audit purpose codes (content-free by design), so strings that
// are also an audit purpose are left out.
std::map<ClientId, std::set<std::string>> content_strings(const Practice& p,
                                                          std::size_t min_length = 8) {
  std::set<std::string> codes;
  for (const AuditEntry& e : PracticeAccess::core(p).audit.entries())
    codes.insert(e.purpose);
  // Words that also occur in the practice's own (unsealed) party data, such as a consent
  // purpose "supervision" inside a supervisor's e-mail domain, prove nothing either way.
  std::string parties;
  const auto& state = PracticeAccess::core(p).state;
  for (const auto& c : state.table<Coach>().rows())
    parties += c.name + "\n" + c.email + "\n";
  for (const auto& c : state.table<Supervisor>().rows())
    parties += c.name + "\n" + c.email + "\n";
  for (const auto& c : state.table<SponsorContact>().rows())
    parties += c.name + "\n" + c.email + "\n";
  for (const auto& c : state.table<Admin>().rows())
    parties += c.name + "\n" + c.email + "\n";
  for (const auto& o : state.table<Organization>().rows())
    parties += o.name + "\n";
  std::map<ClientId, std::set<std::string>> out;
  PracticeAccess::core(p).state.for_each_table([&](const auto& table) {
    for (const auto& row : table.rows()) {
      ClientId owner;
      if constexpr (requires { row.meta; }) {
        owner = row.meta.client;
      } else if constexpr (std::is_same_v<std::decay_t<decltype(row)>, Client>) {
        owner = row.id;
      }
      auto copy = row;
      detail::for_each_content_field(copy, [&](const char*, std::string& field) {
        if (field.size() >= min_length && codes.count(field) == 0 &&
            parties.find(field) == std::string::npos)
          out[owner].insert(field);
      });
    }
  });
  return out;
}

std::string all_bytes_of(const fs::path& dir) {
  std::string all;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file())
      all += read_file(entry.path());
  }
  return all;
}

// The content strings found in any file of `dir` (should be none).
std::vector<std::string> plaintext_found(const fs::path& dir,
                                         const std::map<ClientId, std::set<std::string>>& strings) {
  const std::string bytes = all_bytes_of(dir);
  std::vector<std::string> found;
  for (const auto& [client, set] : strings) {
    for (const auto& s : set) {
      if (bytes.find(s) != std::string::npos)
        found.push_back(s);
    }
  }
  return found;
}

std::map<std::string, std::string> snapshot_files(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file())
      out[entry.path().filename().string()] = read_file(entry.path());
  }
  return out;
}

SyntheticOptions tiny_synthetic(std::uint64_t seed) {
  SyntheticOptions o;
  o.seed = seed;
  o.scale = Scale::tiny;
  return o;
}

TEST(Encryption, NoConfidentialPlaintextAnywhereInTheStoreDirectory) {
  TempDir dir;
  const SyntheticOptions so = tiny_synthetic(11);
  Practice p = Practice::create(dir.path(), synthetic_practice_options(so), encrypted());
  EXPECT_TRUE(p.is_encrypted());
  p.batch([&] { populate_practice(p, so); });
  const auto strings = content_strings(p);
  std::size_t total = 0;
  for (const auto& [c, s] : strings)
    total += s.size();
  ASSERT_GT(total, 50u) << "the generated practice should hold plenty of content";
  EXPECT_EQ(plaintext_found(dir.path(), strings), std::vector<std::string>{}) << "journal";
  p.snapshot();
  EXPECT_EQ(plaintext_found(dir.path(), strings), std::vector<std::string>{}) << "snapshot";
  p.close();
  // Reopening decrypts everything back.
  Practice again = Practice::open(dir.path(), synthetic_practice_options(so), encrypted());
  EXPECT_EQ(content_strings(again), strings);
}

TEST(Encryption, AnUnencryptedStoreHoldsPlaintextSoTheScanCanFail) {
  TempDir dir;
  const SyntheticOptions so = tiny_synthetic(11);
  Practice p = Practice::create(dir.path(), synthetic_practice_options(so));
  p.batch([&] { populate_practice(p, so); });
  EXPECT_FALSE(p.is_encrypted());
  EXPECT_FALSE(plaintext_found(dir.path(), content_strings(p)).empty());
}

TEST(Encryption, WrongOrMissingKeyFailsTypedAndChangesNothing) {
  TempDir dir;
  {
    Practice p = Practice::create(dir.path(), fixed_options(), encrypted("right one"));
    populate_all_kinds(p);
  }
  const auto before = snapshot_files(dir.path());
  EXPECT_THROW(Practice::open(dir.path(), fixed_options(), encrypted("wrong one")), CryptoError);
  EXPECT_THROW(Practice::open(dir.path(), fixed_options()), CryptoError);
  OpenOptions ro = encrypted("wrong one");
  ro.read_only = true;
  EXPECT_THROW(Practice::open(dir.path(), fixed_options(), ro), CryptoError);
  EXPECT_EQ(snapshot_files(dir.path()), before);
  EXPECT_NO_THROW(Practice::open(dir.path(), fixed_options(), encrypted("right one")));

  TempDir plain;
  { Practice::create(plain.path(), fixed_options()); }
  EXPECT_THROW(Practice::open(plain.path(), fixed_options(), encrypted()), ValidationError);
}

// The journal frames holding Created<Note> events, with their offsets.
std::vector<st::ScannedFrame> note_frames(const std::string& journal) {
  std::vector<st::ScannedFrame> out;
  for (const auto& f : st::scan_frames(journal).frames) {
    if (std::holds_alternative<Created<Note>>(st::decode_event(f.payload).payload))
      out.push_back(f);
  }
  return out;
}

TEST(Encryption, TamperedCiphertextIsACryptoErrorNotPartialData) {
  TempDir dir;
  {
    Practice p = Practice::create(dir.path(), fixed_options(), encrypted());
    populate_all_kinds(p);
  }
  std::string journal = read_file(dir / "journal");
  const auto frames = note_frames(journal);
  ASSERT_FALSE(frames.empty());
  // The note's sealed text is the last field of its frame: flip its last tag byte.
  const std::size_t at = frames.front().offset;
  const std::size_t end = at + st::kFrameHeaderSize + frames.front().payload.size();
  journal[end - 1] = static_cast<char>(journal[end - 1] ^ 0x40);
  refresh_frame_crc(journal, at);
  write_file(dir / "journal", journal);
  EXPECT_THROW(Practice::open(dir.path(), fixed_options(), encrypted()), CryptoError);
}

TEST(Encryption, CiphertextSwappedBetweenRecordsAndClientsDoesNotOpen) {
  TempDir dir;
  {
    Practice p = Practice::create(dir.path(), fixed_options(), encrypted());
    const AllKinds k = populate_all_kinds(p);
    const Actor admin = Actor::admin(k.admin);
    const ClientId other = p.add_client(admin, {"Olive Other", "olive@example.org", {}});
    EngagementSpec es;
    es.coach = k.coach;
    es.client = other;
    const EngagementId e = p.propose_engagement(admin, es);
    // Same length as populate_all_kinds' last note, so the sealed blobs can trade places.
    p.add_note(Actor::coach(k.coach), e, {Scope::coaching, "Olive's note 1", std::nullopt});
    p.add_note(Actor::coach(k.coach), e, {Scope::coaching, "Olive's note 2", std::nullopt});
  }
  const std::string original = read_file(dir / "journal");
  const auto frames = note_frames(original);
  ASSERT_GE(frames.size(), 2u);
  const auto& a = frames[frames.size() - 2];  // Olive's note 1
  const auto& b = frames[frames.size() - 1];  // Olive's note 2 (same client, other record)
  const std::size_t sealed = std::string("Olive's note 1").size() + 45;
  auto swap_in = [&](const st::ScannedFrame& into, const st::ScannedFrame& from) {
    std::string journal = original;
    const std::size_t into_end = into.offset + st::kFrameHeaderSize + into.payload.size();
    const std::size_t from_end = from.offset + st::kFrameHeaderSize + from.payload.size();
    journal.replace(into_end - sealed, sealed, original.substr(from_end - sealed, sealed));
    refresh_frame_crc(journal, into.offset);
    write_file(dir / "journal", journal);
  };
  swap_in(a, b);  // Another record of the same client.
  EXPECT_THROW(Practice::open(dir.path(), fixed_options(), encrypted()), CryptoError);
  // Another client's record: a "Journal entry"-sized note of Cliff's would need equal length;
  // the client binding is covered by the vault's own tests, the record binding here.
  write_file(dir / "journal", original);
  EXPECT_NO_THROW(Practice::open(dir.path(), fixed_options(), encrypted()));
}

Actor current_coach(const Practice& p, EngagementId e) {
  return Actor::coach(PracticeAccess::core(p).state.table<Engagement>().find(e.value)->coach);
}

struct TwoClients {
  AllKinds k;
  ClientId other;
  EngagementId other_engagement;
};

TwoClients populate_two_clients(Practice& p) {
  TwoClients t;
  t.k = populate_all_kinds(p);
  const Actor admin = Actor::admin(t.k.admin);
  t.other = p.add_client(admin, {"Olive Other", "olive@example.org", {}});
  EngagementSpec es;
  es.coach = t.k.coach;
  es.client = t.other;
  t.other_engagement = p.propose_engagement(admin, es);
  Agreement ag;
  ag.start = Date::from_ymd(2026, 1, 5);
  ag.end = Date::from_ymd(2026, 6, 30);
  ag.session_allotment = 6;
  ag.confidentiality_terms = "Standard terms";
  ag.agreed_on = Date::from_ymd(2026, 1, 5);
  p.set_agreement(admin, t.other_engagement, ag);
  p.add_note(Actor::coach(t.k.coach), t.other_engagement,
             {Scope::coaching, "Olive wants to lead the expansion", std::nullopt});
  return t;
}

TEST(Shredding, ErasesTheClientEverywhereAndSparesOthers) {
  TempDir dir;
  TempDir backup;
  std::map<ClientId, std::set<std::string>> strings;
  TwoClients t;
  {
    Practice p = Practice::create(dir.path(), fixed_options(), encrypted());
    t = populate_two_clients(p);
    p.snapshot();
    p.add_note(current_coach(p, t.k.engagement), t.k.engagement,
               {Scope::coaching, "Cliff is weighing a move abroad", std::nullopt});
    strings = content_strings(p);
    ASSERT_FALSE(strings[t.k.client].empty());
    ASSERT_FALSE(strings[t.other].empty());
    p.close();
  }
  copy_dir(dir.path(), backup.path());  // A backup taken before shredding, key file and all.
  {
    Practice p = Practice::open(dir.path(), fixed_options(), encrypted());
    const Actor admin = Actor::admin(t.k.admin);
    EXPECT_THROW(p.shred_client(Actor::coach(t.k.coach), t.k.client), AccessDenied);
    p.shred_client(admin, t.k.client);
    EXPECT_THROW(p.shred_client(admin, t.k.client), Conflict);
    // Memory: no trace of the client's content; the other client is intact.
    const auto after = content_strings(p, 1);
    EXPECT_EQ(after.count(t.k.client), 0u);
    EXPECT_EQ(after.at(t.other), strings.at(t.other));
    const auto tombstones = p.tombstones(admin);
    ASSERT_FALSE(tombstones.empty());
    EXPECT_EQ(tombstones.back().record_kind, RecordKind::client);
    EXPECT_EQ(tombstones.back().reason, ErasureReason::shredded);
    // Nothing new may be written for them.
    EXPECT_THROW(p.add_note(current_coach(p, t.k.engagement), t.k.engagement,
                            {Scope::coaching, "more", std::nullopt}),
                 Conflict);
  }
  // Disk: compaction left no ciphertext of theirs in the live journal; the audit chain holds.
  EXPECT_EQ(plaintext_found(dir.path(), strings), std::vector<std::string>{});
  EXPECT_EQ(read_file(dir / "journal").size(), st::kHeaderSize + 0u) << "journal compacted";
  const VerifyReport v = verify_store(dir.path());
  EXPECT_TRUE(v.ok);
  {
    Practice p = Practice::open(dir.path(), fixed_options(), encrypted());
    EXPECT_EQ(content_strings(p, 1).count(t.k.client), 0u);
    EXPECT_EQ(content_strings(p).at(t.other), strings.at(t.other));
  }
  // The old copy, opened with the post-shred key file: the client's content cannot be
  // decrypted (their key is gone); the other client's content still opens.
  fs::copy_file(dir / "keys", backup / "keys", fs::copy_options::overwrite_existing);
  {
    Practice old = Practice::open(backup.path(), fixed_options(), encrypted());
    const auto found = content_strings(old, 1);
    EXPECT_EQ(found.count(t.k.client), 0u);
    EXPECT_EQ(found.at(t.other), strings.at(t.other));
  }
  // And the old copy's own sealed bytes of the client fail to open under the new key file.
  Vault vault = Vault::open(backup / "keys", *key("correct horse battery"));
  EXPECT_TRUE(vault.is_shredded(t.k.client));
}

TEST(Shredding, LegalHoldBlocksItUntilLifted) {
  TempDir dir;
  Practice p = Practice::create(dir.path(), fixed_options(), encrypted());
  const TwoClients t = populate_two_clients(p);
  const Actor admin = Actor::admin(t.k.admin);
  EXPECT_THROW(p.set_legal_hold(Actor::coach(t.k.coach), t.k.client, true), AccessDenied);
  p.set_legal_hold(admin, t.k.client, true);
  ASSERT_EQ(p.legal_holds(admin).size(), 1u);
  const auto before = snapshot_files(dir.path());
  const auto strings = content_strings(p);
  EXPECT_THROW(p.shred_client(admin, t.k.client), LegalHoldError);
  EXPECT_EQ(snapshot_files(dir.path()), before) << "a refused shred changes nothing";
  EXPECT_EQ(content_strings(p), strings);
  p.set_legal_hold(admin, t.k.client, false);
  EXPECT_TRUE(p.legal_holds(admin).empty());
  p.shred_client(admin, t.k.client);
  EXPECT_EQ(content_strings(p, 1).count(t.k.client), 0u);
}

TEST(Retention, DryRunEqualsTheRealRunAndErasesOnlyWhatIsDue) {
  TempDir dir;
  Practice p = Practice::create(dir.path(), fixed_options(), encrypted());
  const TwoClients t = populate_two_clients(p);
  const Actor admin = Actor::admin(t.k.admin);
  const Actor coach = Actor::coach(t.k.coach);
  p.add_note(coach, t.other_engagement,
             {Scope::coach_private, "Olive's process note to forget", std::nullopt});
  p.set_engagement_status(admin, t.other_engagement, EngagementStatus::active);
  p.set_engagement_status(admin, t.other_engagement, EngagementStatus::completed);
  const std::vector<RetentionRule> rules{{Scope::coach_private, 6, RecordKind::note}};
  const Date ended = p.now().date();
  // Not yet due.
  EXPECT_TRUE(p.apply_retention(admin, rules, add_months(ended, 5), true).erased.empty());
  const RetentionReport dry = p.apply_retention(admin, rules, add_months(ended, 6), true);
  ASSERT_EQ(dry.erased.size(), 1u);
  EXPECT_TRUE(dry.dry_run);
  EXPECT_EQ(dry.erased[0].kind, RecordKind::note);
  EXPECT_EQ(dry.erased[0].scope, Scope::coach_private);
  const auto strings = content_strings(p);
  ASSERT_TRUE(strings.at(t.other).count("Olive's process note to forget"));
  const RetentionReport real = p.apply_retention(admin, rules, add_months(ended, 6));
  EXPECT_FALSE(real.dry_run);
  ASSERT_EQ(real.erased.size(), dry.erased.size());
  EXPECT_EQ(real.erased[0].id, dry.erased[0].id);
  EXPECT_EQ(p.tombstones(admin).back().reason, ErasureReason::retention);
  EXPECT_EQ(content_strings(p).at(t.other).count("Olive's process note to forget"), 0u);
  EXPECT_EQ(plaintext_found(dir.path(), {{t.other, {"Olive's process note to forget"}}}),
            std::vector<std::string>{});
  // Idempotent: nothing is due twice.
  EXPECT_TRUE(p.apply_retention(admin, rules, add_months(ended, 7)).erased.empty());
  EXPECT_THROW(p.apply_retention(coach, rules), AccessDenied);
  EXPECT_THROW(p.apply_retention(admin, {{Scope::coaching, -1, {}}}), ValidationError);
}

TEST(Retention, ErasedContentStaysEmptyWhenTheStoreIsOpenedAgain) {
  TempDir dir;
  NoteId erased;
  {
    Practice p = Practice::create(dir.path(), fixed_options(), encrypted());
    const TwoClients t = populate_two_clients(p);
    const Actor admin = Actor::admin(t.k.admin);
    erased = p.add_note(Actor::coach(t.k.coach), t.other_engagement,
                        {Scope::coach_private, "Olive's process note to forget", std::nullopt});
    p.set_engagement_status(admin, t.other_engagement, EngagementStatus::active);
    p.set_engagement_status(admin, t.other_engagement, EngagementStatus::completed);
    const std::vector<RetentionRule> rules{{Scope::coach_private, 6, RecordKind::note}};
    ASSERT_EQ(p.apply_retention(admin, rules, add_months(p.now().date(), 6)).erased.size(), 1u);
  }
  OpenOptions read_only = encrypted();
  read_only.read_only = true;
  for (const OpenOptions& how : {encrypted(), read_only}) {
    Practice again = Practice::open(dir.path(), fixed_options(), how);
    const Note* note = PracticeAccess::core(again).state.table<Note>().find(erased.value);
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->text, "") << (how.read_only ? "read-only" : "writable") << " open";
  }
}

TEST(Retention, LegalHoldKeepsDueRecords) {
  Practice p(fixed_options());
  const TwoClients t = populate_two_clients(p);
  const Actor admin = Actor::admin(t.k.admin);
  p.set_engagement_status(admin, t.other_engagement, EngagementStatus::active);
  p.set_engagement_status(admin, t.other_engagement, EngagementStatus::completed);
  p.set_legal_hold(admin, t.other, true);
  const std::vector<RetentionRule> rules{{Scope::coaching, 0, {}}};
  const RetentionReport r = p.apply_retention(admin, rules, add_months(p.now().date(), 1));
  EXPECT_TRUE(r.erased.empty());
  EXPECT_EQ(r.held_back, 1u);
}

TEST(Encryption, RotatingTheKeyRewritesOnlyTheKeyFile) {
  TempDir dir;
  Practice p = Practice::create(dir.path(), fixed_options(), encrypted("first"));
  populate_all_kinds(p);
  auto before = snapshot_files(dir.path());
  p.rotate_key(*key("second"));
  auto after = snapshot_files(dir.path());
  EXPECT_NE(before.at("keys"), after.at("keys"));
  before.erase("keys");
  after.erase("keys");
  EXPECT_EQ(before, after);
  p.close();
  EXPECT_THROW(Practice::open(dir.path(), fixed_options(), encrypted("first")), CryptoError);
  EXPECT_NO_THROW(Practice::open(dir.path(), fixed_options(), encrypted("second")));
  Practice memory(fixed_options());
  EXPECT_THROW(memory.rotate_key(*key("x")), Conflict);
}

TEST(Encryption, AKeyFileBehindTheJournalCutsTheUnsyncedTail) {
  TempDir dir;
  TwoClients t;
  {
    Practice p = Practice::create(dir.path(), fixed_options(), encrypted());
    t = populate_two_clients(p);
  }
  const std::string old_keys = read_file(dir / "keys");
  {
    Practice p = Practice::open(dir.path(), fixed_options(), encrypted());
    const ClientId late =
        p.add_client(Actor::admin(t.k.admin), {"Lee Late", "lee@example.org", {}});
    (void)late;
  }
  // As if the crash came after the frame reached the disk but before its key did.
  write_file(dir / "keys", old_keys);
  Practice p = Practice::open(dir.path(), fixed_options(), encrypted());
  ASSERT_EQ(p.store_report().torn_tails.size(), 1u);
  EXPECT_EQ(p.stats().count(RecordKind::client), 2u);
}

TEST(Encryption, KeyFileCanLiveOutsideTheStoreDirectory) {
  TempDir dir;
  TempDir keys;
  OpenOptions o = encrypted();
  o.key_file = keys / "practice.keys";
  {
    Practice p = Practice::create(dir.path(), fixed_options(), o);
    populate_all_kinds(p);
  }
  EXPECT_FALSE(fs::exists(dir / "keys"));
  EXPECT_TRUE(fs::exists(keys / "practice.keys"));
  EXPECT_THROW(Practice::open(dir.path(), fixed_options(), encrypted()), Error);
  EXPECT_NO_THROW(Practice::open(dir.path(), fixed_options(), o));
}

}  // namespace
