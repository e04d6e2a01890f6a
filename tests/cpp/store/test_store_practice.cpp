// A practice kept in a store directory: create, close, open, snapshot, read-only, locking,
// batches, and the state surviving every path unchanged.

#include <fcntl.h>
#include <unistd.h>

#include <thread>

#include "libcoach/store/verify.hpp"
#include "store/snapshot.hpp"
#include "store_test_util.hpp"

using namespace store_test;

namespace {

TEST(StorePractice, RoundTripWithoutSnapshot) {
  TempDir dir;
  std::string before;
  std::uint64_t seq = 0;
  std::size_t audit = 0;
  {
    Practice p = Practice::create(dir.path(), fixed_options());
    EXPECT_TRUE(p.has_store());
    populate_all_kinds(p);
    before = state_bytes(p);
    seq = last_sequence(p);
    audit = p.stats().audit_entries;
    p.close();
  }
  EXPECT_GE(seq, 39u);
  EXPECT_GE(audit, 1u);
  Practice q = Practice::open(dir.path(), fixed_options());
  EXPECT_EQ(state_bytes(q), before);
  EXPECT_EQ(last_sequence(q), seq);
  EXPECT_EQ(q.stats().audit_entries, audit);
  EXPECT_EQ(q.store_report().replayed_events, seq);
  EXPECT_EQ(q.store_report().snapshot_sequence, 0u);
  EXPECT_TRUE(q.store_report().torn_tails.empty());
  EXPECT_TRUE(PracticeAccess::core(q).audit.verify().ok);
}

TEST(StorePractice, RoundTripWithSnapshotAndMoreEvents) {
  TempDir dir;
  std::string before;
  AllKinds k;
  {
    Practice p = Practice::create(dir.path(), fixed_options());
    k = populate_all_kinds(p);
    p.snapshot();
    EXPECT_EQ(fs::file_size(dir / "journal"), libcoach::store::kHeaderSize);
    p.add_note(Actor::coach(k.coach2), k.engagement, {Scope::coaching, "After snapshot", {}});
    before = state_bytes(p);
  }  // The destructor closes.
  Practice q = Practice::open(dir.path(), fixed_options());
  EXPECT_EQ(state_bytes(q), before);
  EXPECT_EQ(q.store_report().replayed_events, 1u);
  EXPECT_EQ(q.store_report().snapshot_sequence + 1, last_sequence(q));
  // Snapshot of a reopened practice, then reopen again.
  q.snapshot();
  q.close();
  Practice r = Practice::open(dir.path(), fixed_options());
  EXPECT_EQ(state_bytes(r), before);
  EXPECT_EQ(r.store_report().replayed_events, 0u);
  const VerifyReport v = verify_store(dir.path());
  EXPECT_TRUE(v.ok);
  EXPECT_EQ(v.last_sequence, last_sequence(r));
}

TEST(StorePractice, ViewsSeeTheSameRecordsAfterReopen) {
  TempDir dir;
  AllKinds k;
  std::size_t notes = 0;
  {
    Practice p = Practice::create(dir.path(), fixed_options());
    k = populate_all_kinds(p);
    notes = p.view(Actor::coach(k.coach2)).notes(k.engagement).size();
  }
  Practice q = Practice::open(dir.path(), fixed_options());
  EXPECT_EQ(q.view(Actor::coach(k.coach2)).notes(k.engagement).size(), notes);
  EXPECT_EQ(q.view(Actor::client(k.client)).goals(k.engagement).size(), 1u);
}

TEST(StorePractice, SeededIdsDoNotRepeatAfterReopen) {
  TempDir dir;
  AllKinds k;
  {
    Practice p = Practice::create(dir.path(), fixed_options());
    k = populate_all_kinds(p);
  }
  Practice q = Practice::open(dir.path(), fixed_options());
  // Would collide with an existing id if the seeded id source restarted.
  for (int i = 0; i < 20; ++i) {
    q.add_note(Actor::coach(k.coach2), k.engagement, {Scope::coaching, "more", {}});
  }
  q.close();
  EXPECT_TRUE(verify_store(dir.path()).ok);
}

TEST(StorePractice, CreateRefusesNonEmptyDirectory) {
  TempDir dir;
  write_file(dir / "something", "x");
  EXPECT_THROW(Practice::create(dir.path()), Conflict);
}

TEST(StorePractice, OpenMissingDirectoryIsIoError) {
  TempDir dir;
  EXPECT_THROW(Practice::open(dir / "absent"), IoError);
  EXPECT_THROW(Practice::open(dir.path()), IoError);  // Empty: no journal.
}

TEST(StorePractice, ReadOnlyRefusesCommandsAndAuditedReads) {
  TempDir dir;
  AllKinds k;
  {
    Practice p = Practice::create(dir.path(), fixed_options());
    k = populate_all_kinds(p);
  }
  const std::string journal = read_file(dir / "journal");
  OpenOptions ro;
  ro.read_only = true;
  Practice q = Practice::open(dir.path(), fixed_options(), ro);
  EXPECT_TRUE(q.is_read_only());
  const auto before = state_bytes(q);
  EXPECT_THROW(q.add_coach(Actor::admin(k.admin), {"New Coach", "new@example.org"}), ReadOnlyError);
  EXPECT_THROW(q.snapshot(), ReadOnlyError);
  EXPECT_EQ(state_bytes(q), before);
  // Reading confidential content needs a durable audit entry, which a reader cannot write.
  EXPECT_THROW(q.view(Actor::coach(k.coach2)).notes(k.engagement), ReadOnlyError);
  EXPECT_EQ(read_file(dir / "journal"), journal);

  ro.read_only_audit = ReadOnlyAudit::memory;
  Practice r = Practice::open(dir.path(), fixed_options(), ro);
  EXPECT_FALSE(r.view(Actor::client(k.client)).notes(k.engagement).empty());
}

TEST(StorePractice, SecondWriterInSameProcessIsLockedOut) {
  TempDir dir;
  Practice p = Practice::create(dir.path(), fixed_options());
  p.add_first_admin({"Ada", "ada@example.org"});
  EXPECT_THROW(Practice::open(dir.path()), LockedError);
  OpenOptions ro;
  ro.read_only = true;
  EXPECT_NO_THROW(Practice::open(dir.path(), {}, ro));
  p.close();
  EXPECT_NO_THROW(Practice::open(dir.path()));
}

TEST(StorePractice, ClosedPracticeRefusesCommands) {
  TempDir dir;
  Practice p = Practice::create(dir.path(), fixed_options());
  const AdminId a = p.add_first_admin({"Ada", "ada@example.org"});
  p.close();
  p.close();  // Idempotent.
  EXPECT_THROW(p.add_coach(Actor::admin(a), {"C", "c@example.org"}), IoError);
  EXPECT_EQ(last_sequence(p), 1u);
}

TEST(StorePractice, InMemoryPracticeHasNoStore) {
  Practice p;
  EXPECT_FALSE(p.has_store());
  EXPECT_FALSE(p.is_read_only());
  EXPECT_THROW(p.snapshot(), Conflict);
  int runs = 0;
  p.batch([&] { ++runs; });
  EXPECT_EQ(runs, 1);
}

TEST(StorePractice, AutomaticSnapshotPastThreshold) {
  TempDir dir;
  OpenOptions o;
  o.snapshot_threshold_bytes = 4096;
  Practice p = Practice::create(dir.path(), fixed_options(), o);
  const AllKinds k = populate_all_kinds(p);
  for (int i = 0; i < 40; ++i) {
    p.add_note(Actor::coach(k.coach2), k.engagement, {Scope::coaching, std::string(100, 'n'), {}});
  }
  EXPECT_TRUE(fs::exists(dir / "snapshot"));
  EXPECT_LT(fs::file_size(dir / "journal"), 4096u + 1024u);
  const auto before = state_bytes(p);
  p.close();
  Practice q = Practice::open(dir.path(), fixed_options());
  EXPECT_EQ(state_bytes(q), before);
  EXPECT_GT(q.store_report().snapshot_sequence, 0u);
}

TEST(StorePractice, BatchCommitsTogether) {
  TempDir dir;
  Practice p = Practice::create(dir.path(), fixed_options());
  const AllKinds k = populate_all_kinds(p);
  const auto seq = last_sequence(p);
  p.batch([&] {
    for (int i = 0; i < 100; ++i) {
      p.add_note(Actor::coach(k.coach2), k.engagement, {Scope::coaching, "bulk", {}});
    }
    p.batch([&] { p.add_note(Actor::coach(k.coach2), k.engagement, {Scope::coaching, "n", {}}); });
  });
  EXPECT_EQ(last_sequence(p), seq + 101);
  const auto before = state_bytes(p);
  p.close();
  Practice q = Practice::open(dir.path(), fixed_options());
  EXPECT_EQ(state_bytes(q), before);
}

TEST(StorePractice, FailedBatchLeavesPracticeUnchanged) {
  TempDir dir;
  Practice p = Practice::create(dir.path(), fixed_options());
  const AllKinds k = populate_all_kinds(p);
  const auto before = state_bytes(p);
  const auto journal = read_file(dir / "journal");
  struct Boom {};
  EXPECT_THROW(p.batch([&] {
    for (int i = 0; i < 10; ++i) {
      p.add_note(Actor::coach(k.coach2), k.engagement, {Scope::coaching, "bulk", {}});
    }
    throw Boom{};
  }),
               Boom);
  EXPECT_EQ(state_bytes(p), before);
  EXPECT_EQ(read_file(dir / "journal"), journal);
  // The practice goes on normally.
  p.add_note(Actor::coach(k.coach2), k.engagement, {Scope::coaching, "after", {}});
  const auto after = state_bytes(p);
  p.close();
  Practice q = Practice::open(dir.path(), fixed_options());
  EXPECT_EQ(state_bytes(q), after);
}

TEST(StorePractice, ConcurrentCommandsShareSyncs) {
  TempDir dir;
  Practice p = Practice::create(dir.path(), fixed_options());
  const AllKinds k = populate_all_kinds(p);
  const auto seq = last_sequence(p);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        p.add_note(Actor::coach(k.coach2), k.engagement, {Scope::coaching, "concurrent", {}});
      }
    });
  }
  for (auto& t : threads)
    t.join();
  EXPECT_EQ(last_sequence(p), seq + 100);
  const auto before = state_bytes(p);
  p.close();
  Practice q = Practice::open(dir.path(), fixed_options());
  EXPECT_EQ(state_bytes(q), before);
}

TEST(StorePractice, VerifyReportsAHealthyStore) {
  TempDir dir;
  {
    Practice p = Practice::create(dir.path(), fixed_options());
    populate_all_kinds(p);
    p.snapshot();
    populate_all_kinds(*std::make_unique<Practice>());  // Unrelated in-memory practice.
  }
  const VerifyReport v = verify_store(dir.path());
  EXPECT_TRUE(v.ok);
  EXPECT_TRUE(v.problems.empty());
  EXPECT_EQ(v.format_version, libcoach::store::kFormatVersion);
  EXPECT_GT(v.snapshot_sequence, 0u);
  EXPECT_GT(v.audit_entries, 0u);
}

TEST(StorePractice, OneSnapshotSectionDecodesWithoutTheOthers) {
  TempDir dir;
  std::size_t sessions = 0;
  {
    Practice p = Practice::create(dir.path(), fixed_options());
    populate_all_kinds(p);
    p.snapshot();
    sessions = PracticeAccess::core(p).state.table<Session>().size();
  }
  std::string file = read_file(dir / "snapshot");
  // Damage the notes section: a reader of sessions alone must not notice.
  libcoach::detail::PracticeState full;
  libcoach::store::decode_snapshot(file, "snapshot", full);
  ASSERT_GT(full.table<Note>().size(), 0u);
  const std::size_t note_kind = libcoach::store::table_kind<Note>();
  const char* entry = file.data() + libcoach::store::kHeaderSize + 8 + note_kind * 32;
  const std::uint64_t note_offset = libcoach::store::load_le64(entry + 8);
  file[note_offset + 2] ^= 0x40;
  libcoach::detail::PracticeState only;
  libcoach::store::decode_snapshot_tables(file, "snapshot", only,
                                          {libcoach::store::table_kind<Session>()});
  EXPECT_EQ(only.table<Session>().size(), sessions);
  EXPECT_EQ(only.table<Note>().size(), 0u);
  libcoach::detail::PracticeState all;
  EXPECT_THROW(libcoach::store::decode_snapshot(file, "snapshot", all), CorruptionError);
}

}  // namespace
