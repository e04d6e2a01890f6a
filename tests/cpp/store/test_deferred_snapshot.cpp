// Read-only opens map the snapshot and decode each table on its first use
// (deferred_rows.hpp): the state is the one a full open builds, journal tail and sealed
// content included; a table nobody uses is never decoded; a damaged section is reported when
// its table is first used; concurrent first uses decode once; and the mapping keeps reading
// the snapshot it opened when a writer replaces the file. Their audit trail, likewise, is
// decoded and verified when first read, and new entries chain onto it meanwhile: a clean log
// is read again then (the open keeps no copy), as it was at the open, and one changed since
// is reported.

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "libcoach/crypto/key_source.hpp"
#include "libcoach/synthetic.hpp"
#include "store/format.hpp"
#include "store_test_util.hpp"

namespace {

using namespace store_test;

OpenOptions read_only(OpenOptions o = {}) {
  o.read_only = true;
  o.read_only_audit = ReadOnlyAudit::memory;  // Reports may read; their entries stay here.
  return o;
}

OpenOptions with_key() {
  OpenOptions o;
  o.key = std::make_shared<const KeySource>(
      KeySource::passphrase("deferred sections", KdfCost::minimal_for_tests()));
  o.snapshot_threshold_bytes = 0;
  return o;
}

template <class R>
bool loaded(const Practice& p) {
  return PracticeAccess::core(p).state.table<R>().loaded();
}

SyntheticOptions tiny(std::uint64_t seed) {
  SyntheticOptions o;
  o.seed = seed;
  o.scale = Scale::tiny;
  return o;
}

/// A synthetic practice, snapshotted, with a journal tail that adds notes, goal progress
/// and a handover after the snapshot (so that replay writes into deferred tables).
SyntheticRoster write_practice(const fs::path& dir, const SyntheticOptions& so,
                               const OpenOptions& open = {}) {
  OpenOptions o = open;
  o.snapshot_threshold_bytes = 0;
  Practice p = Practice::create(dir, synthetic_practice_options(so), o);
  SyntheticRoster roster;
  p.batch([&] { roster = populate_practice(p, so); });
  p.snapshot();
  const View admin_view = p.view(Actor::admin(roster.admin));
  const Engagement first = admin_view.engagement(roster.engagements.front());
  p.add_note(Actor::coach(first.coach), first.id,
             {Scope::coaching, "Written after the snapshot", std::nullopt});
  for (const Goal& g : p.view(Actor::coach(first.coach)).goals(first.id))
    p.record_goal_progress(Actor::coach(first.coach), GoalId{g.meta.id.value},
                           Date::from_ymd(2027, 1, 4), 2);
  const CoachId next =
      p.add_coach(Actor::admin(roster.admin), {"Noor Okafor", "noor@example.org", Credential::pcc});
  p.hand_over(Actor::admin(roster.admin), first.id, next);
  p.close();
  return roster;
}

/// A store holding every record kind, snapshotted (no journal tail).
AllKinds write_all_kinds(const fs::path& dir) {
  Practice p = Practice::create(dir, fixed_options());
  const AllKinds k = populate_all_kinds(p);
  p.snapshot();
  return k;
}

TEST(DeferredSnapshot, ReadOnlyOpenDecodesATableOnFirstUse) {
  TempDir dir;
  const AllKinds k = write_all_kinds(dir.path());
  Practice q = Practice::open(dir.path(), fixed_options(), read_only());
  EXPECT_FALSE(loaded<Note>(q));
  EXPECT_FALSE(loaded<Goal>(q));
  // The section table knows the row count: no decoding for a size.
  EXPECT_EQ(PracticeAccess::core(q).state.table<Note>().size(), 3u);
  EXPECT_FALSE(loaded<Note>(q));
  const std::vector<Note> notes = q.view(Actor::client(k.client)).notes(k.engagement);
  EXPECT_FALSE(notes.empty());
  EXPECT_TRUE(loaded<Note>(q));
  EXPECT_FALSE(loaded<Belief>(q)) << "a table nobody used stays on disk";

  Practice full = Practice::open(dir.path(), fixed_options());
  EXPECT_TRUE(loaded<Belief>(full)) << "a writable open decodes everything up front";
  EXPECT_EQ(state_bytes(q), state_bytes(full));
}

TEST(DeferredSnapshot, SameStateAsAFullOpenAfterAJournalTail) {
  TempDir dir;
  const SyntheticOptions so = tiny(5);
  write_practice(dir.path(), so);
  Practice lazy = Practice::open(dir.path(), synthetic_practice_options(so), read_only());
  EXPECT_GT(lazy.store_report().replayed_events, 0u);
  EXPECT_FALSE(loaded<Reflection>(lazy)) << "the tail touched no reflections";
  Practice full = Practice::open(dir.path(), synthetic_practice_options(so));
  EXPECT_EQ(state_bytes(lazy), state_bytes(full));
}

TEST(DeferredSnapshot, SealedContentOpensWhenItsTableIsFirstUsed) {
  TempDir dir;
  const SyntheticOptions so = tiny(6);
  const SyntheticRoster roster = write_practice(dir.path(), so, with_key());
  {
    // A shredded client's content is read as empty by the deferred decoders too.
    Practice p = Practice::open(dir.path(), synthetic_practice_options(so), with_key());
    p.shred_client(Actor::admin(roster.admin), roster.clients.back());
  }
  Practice lazy = Practice::open(dir.path(), synthetic_practice_options(so), read_only(with_key()));
  EXPECT_FALSE(loaded<Note>(lazy));
  Practice full = Practice::open(dir.path(), synthetic_practice_options(so), with_key());
  // state_bytes encodes without a cipher: equal bytes, equal plaintext.
  EXPECT_EQ(state_bytes(lazy), state_bytes(full));
}

TEST(DeferredSnapshot, ADamagedSectionIsReportedWhenFirstUsedAndChangesNothing) {
  TempDir dir;
  const AllKinds k = write_all_kinds(dir.path());
  std::string file = read_file(dir / "snapshot");
  const std::size_t note_kind = libcoach::store::table_kind<Note>();
  const char* entry = file.data() + libcoach::store::kHeaderSize + 8 + note_kind * 32;
  const std::uint64_t note_offset = libcoach::store::load_le64(entry + 8);
  file[note_offset + 2] ^= 0x40;
  write_file(dir / "snapshot", file);
  const std::string journal = read_file(dir / "journal");
  const std::string audit = read_file(dir / "audit");

  EXPECT_THROW(Practice::open(dir.path(), fixed_options()), CorruptionError)
      << "a writable open checks every section up front";
  OpenOptions eager = read_only();
  eager.defer_snapshot = false;
  EXPECT_THROW(Practice::open(dir.path(), fixed_options(), eager), CorruptionError)
      << "so does a read-only open asked not to defer";
  Practice q = Practice::open(dir.path(), fixed_options(), read_only());
  const View coach = q.view(Actor::coach(k.coach2));
  EXPECT_FALSE(coach.sessions(k.engagement).empty()) << "other sections are intact";
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      (void)coach.notes(k.engagement);
      ADD_FAILURE() << "a damaged notes section must not decode";
    } catch (const CorruptionError& error) {
      EXPECT_NE(std::string(error.what()).find("snapshot at offset " + std::to_string(note_offset)),
                std::string::npos)
          << error.what();
    }
    EXPECT_FALSE(loaded<Note>(q));
  }
  EXPECT_EQ(read_file(dir / "snapshot"), file);
  EXPECT_EQ(read_file(dir / "journal"), journal);
  EXPECT_EQ(read_file(dir / "audit"), audit);
}

TEST(DeferredSnapshot, ConcurrentFirstUsesDecodeOnce) {
  TempDir dir;
  const SyntheticOptions so = tiny(7);
  const SyntheticRoster roster = write_practice(dir.path(), so);
  Practice full = Practice::open(dir.path(), synthetic_practice_options(so), read_only());
  const std::string expected = state_bytes(full);
  Practice lazy = Practice::open(dir.path(), synthetic_practice_options(so), read_only());
  const View admin = lazy.view(Actor::admin(roster.admin));
  std::vector<std::thread> readers;
  std::vector<std::size_t> counts(4, 0);
  for (std::size_t t = 0; t < counts.size(); ++t) {
    readers.emplace_back([&, t] {
      for (const EngagementId& e : roster.engagements)
        counts[t] += admin.sessions(e).size() + admin.engagement(e).past_coaches.size();
    });
  }
  for (auto& r : readers)
    r.join();
  for (std::size_t t = 1; t < counts.size(); ++t)
    EXPECT_EQ(counts[t], counts[0]);
  EXPECT_GT(counts[0], 0u);
  EXPECT_EQ(state_bytes(lazy), expected);
}

TEST(DeferredSnapshot, TheMappingKeepsReadingTheSnapshotItOpened) {
  TempDir dir;
  const SyntheticOptions so = tiny(8);
  const SyntheticRoster roster = write_practice(dir.path(), so);
  Practice reader = Practice::open(dir.path(), synthetic_practice_options(so), read_only());
  const std::size_t notes_before = PracticeAccess::core(reader).state.table<Note>().size();
  {
    // A writer (read-only opens take no lock) adds notes and replaces the snapshot file.
    Practice writer = Practice::open(dir.path(), synthetic_practice_options(so));
    const Engagement e = writer.view(Actor::admin(roster.admin)).engagement(roster.engagements[1]);
    writer.add_note(Actor::coach(e.coach), e.id, {Scope::coaching, "Later", std::nullopt});
    writer.snapshot();
  }
  EXPECT_EQ(PracticeAccess::core(reader).state.table<Note>().rows().size(), notes_before);
  Practice fresh = Practice::open(dir.path(), synthetic_practice_options(so), read_only());
  EXPECT_EQ(PracticeAccess::core(fresh).state.table<Note>().rows().size(), notes_before + 1);
}

AuditTrail& trail(Practice& p) {
  return PracticeAccess::core(p).audit;
}

/// A store of every record kind whose audit log holds a confidential read too; `persisted`
/// gets the log's entries when given.
AllKinds audited_store(const fs::path& dir, std::vector<AuditEntry>* persisted = nullptr) {
  Practice p = Practice::create(dir, fixed_options());
  const AllKinds k = populate_all_kinds(p);
  (void)p.view(Actor::coach(k.coach2)).notes(k.engagement);  // Audited.
  if (persisted != nullptr)
    *persisted = trail(p).entries();
  return k;
}

/// A copy of `audit` with the stored hash of `frame`'s entry (a frame scanned from `audit`)
/// altered and the frame's checksum made to match again: damage only the chain can find.
std::string with_altered_hash(const std::string& audit,
                              const libcoach::store::ScannedFrame& frame) {
  const auto last_byte =
      static_cast<std::size_t>(frame.payload.data() - audit.data()) + frame.payload.size() - 1;
  std::string out = audit;
  out[last_byte] = static_cast<char>(out[last_byte] ^ 0x01);
  refresh_frame_crc(out, frame.offset);
  return out;
}

TEST(DeferredAudit, TheTrailIsDecodedOnFirstReadAndNewEntriesChainOntoIt) {
  TempDir dir;
  std::vector<AuditEntry> persisted;
  const AllKinds k = audited_store(dir.path(), &persisted);
  ASSERT_GT(persisted.size(), 1u);
  Practice q = Practice::open(dir.path(), fixed_options(), read_only());
  EXPECT_EQ(q.stats().audit_entries, persisted.size()) << "counted without decoding";
  (void)q.view(Actor::coach(k.coach2)).notes(k.engagement);  // Audited: appends in memory.
  const std::vector<AuditEntry> all = trail(q).entries();
  ASSERT_EQ(all.size(), persisted.size() + 1);
  for (std::size_t i = 0; i < persisted.size(); ++i)
    EXPECT_EQ(all[i].hash, persisted[i].hash);
  EXPECT_EQ(all.back().previous, persisted.back().hash);
  EXPECT_TRUE(trail(q).verify().ok);
}

TEST(DeferredAudit, AnAlteredEntryIsReportedWhenTheTrailIsRead) {
  TempDir dir;
  const AllKinds k = audited_store(dir.path());
  const std::string clean = read_file(dir / "audit");
  const libcoach::store::FrameScan scan = libcoach::store::scan_frames(clean);
  ASSERT_GT(scan.frames.size(), 2u);
  const libcoach::store::ScannedFrame& second = scan.frames[1];
  const std::string audit = with_altered_hash(clean, second);
  write_file(dir / "audit", audit);

  EXPECT_THROW(Practice::open(dir.path(), fixed_options()), CorruptionError);
  Practice q = Practice::open(dir.path(), fixed_options(), read_only());
  EXPECT_FALSE(q.view(Actor::client(k.client)).notes(k.engagement).empty());
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      (void)trail(q).entries();
      ADD_FAILURE() << "an altered entry must not pass";
    } catch (const CorruptionError& error) {
      EXPECT_NE(std::string(error.what()).find("audit at offset " + std::to_string(second.offset)),
                std::string::npos)
          << error.what();
    }
  }
  EXPECT_EQ(read_file(dir / "audit"), audit) << "a read-only open changes nothing";
}

TEST(DeferredAudit, AWriterAppendingAfterTheOpenLeavesTheTrailAsItWasOpened) {
  TempDir dir;
  std::vector<AuditEntry> persisted;
  const AllKinds k = audited_store(dir.path(), &persisted);
  Practice q = Practice::open(dir.path(), fixed_options(), read_only());
  {
    Practice writer = Practice::open(dir.path(), fixed_options());
    (void)writer.view(Actor::client(k.client)).notes(k.engagement);  // Appends to the log.
  }
  ASSERT_GT(read_file(dir / "audit").size(), 0u);
  const std::vector<AuditEntry> seen = trail(q).entries();
  ASSERT_EQ(seen.size(), persisted.size()) << "the entries of the log as it was opened";
  EXPECT_EQ(seen.back().hash, persisted.back().hash);
  EXPECT_TRUE(trail(q).verify().ok);
}

TEST(DeferredAudit, ALogChangedAfterTheOpenIsReportedWhenTheTrailIsRead) {
  TempDir dir;
  audited_store(dir.path());
  const std::string clean = read_file(dir / "audit");
  const libcoach::store::FrameScan scan = libcoach::store::scan_frames(clean);
  ASSERT_GT(scan.frames.size(), 1u);
  // After the open: the last entry's stored hash altered (its checksum made to match), or
  // the log cut short.
  const std::string altered = with_altered_hash(clean, scan.frames.back());
  const std::string cut = clean.substr(0, scan.frames.back().offset);
  for (const std::string* changed : {&altered, &cut}) {
    write_file(dir / "audit", clean);
    Practice q = Practice::open(dir.path(), fixed_options(), read_only());
    write_file(dir / "audit", *changed);
    for (int attempt = 0; attempt < 2; ++attempt) {
      try {
        (void)trail(q).entries();
        ADD_FAILURE() << "a log changed since the open must not pass";
      } catch (const CorruptionError& error) {
        EXPECT_NE(std::string(error.what()).find("audit at offset"), std::string::npos)
            << error.what();
      }
    }
    EXPECT_EQ(read_file(dir / "audit"), *changed) << "a read-only open changes nothing";
  }
}

}  // namespace
