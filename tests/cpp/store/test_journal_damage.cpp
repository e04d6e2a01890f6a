// Damaged journals and audit logs: truncation at every byte offset, every single-bit flip,
// mid-log corruption with and without repair. Nothing damaged may ever load as data.

#include "libcoach/store/verify.hpp"
#include "store/format.hpp"
#include "store_test_util.hpp"

using namespace store_test;
namespace st = libcoach::store;

namespace {

/// A small store: a few events, so that every byte and bit can be tried.
struct SmallStore {
  TempDir dir;
  std::string journal;
  std::string audit;
  std::vector<std::uint64_t> frame_ends;   // Offsets just past each whole frame.
  std::vector<std::string> prefix_states;  // State after 0, 1, ... frames.

  explicit SmallStore(int notes = 4) {
    {
      Practice p = Practice::create(dir.path(), fixed_options());
      const AdminId a = p.add_first_admin({"Ada", "ada@example.org"});
      const CoachId c = p.add_coach(Actor::admin(a), {"Cora", "cora@example.org"});
      const ClientId cl = p.add_client(Actor::admin(a), {"Cliff", "cliff@example.org", {}});
      const EngagementId e = p.propose_engagement(Actor::admin(a), {c, cl, {}, {}});
      for (int i = 0; i < notes; ++i) {
        std::string text = "n";
        text += std::to_string(i);  // Not "n" + ...: GCC 12 -O3 warns falsely (-Wrestrict).
        p.add_note(Actor::coach(c), e, {Scope::coaching, text, {}});
      }
      // One audited read so the audit log has entries.
      p.view(Actor::coach(c)).notes(e);
    }
    journal = read_file(dir / "journal");
    audit = read_file(dir / "audit");
    for (const auto& f : st::scan_frames(journal).frames) {
      frame_ends.push_back(f.offset + st::kFrameHeaderSize + f.payload.size());
    }
    // State after each prefix, through a journal cut at each frame boundary.
    TempDir scratch;
    copy_dir(dir.path(), scratch.path());
    std::vector<std::uint64_t> cuts{st::kHeaderSize};
    cuts.insert(cuts.end(), frame_ends.begin(), frame_ends.end());
    for (const auto cut : cuts) {
      write_file(scratch / "journal", journal.substr(0, cut));
      prefix_states.push_back(state_bytes(Practice::open(scratch.path(), {}, read_only())));
    }
  }
  static OpenOptions read_only() {
    OpenOptions o;
    o.read_only = true;
    o.read_only_audit = ReadOnlyAudit::memory;
    return o;
  }
  std::size_t whole_frames_before(std::uint64_t cut) const {
    std::size_t n = 0;
    while (n < frame_ends.size() && frame_ends[n] <= cut)
      ++n;
    return n;
  }
};

TEST(JournalDamage, TruncationAtEveryOffsetRecoversWholeFrames) {
  SmallStore s;
  TempDir work;
  copy_dir(s.dir.path(), work.path());
  for (std::uint64_t cut = 0; cut <= s.journal.size(); ++cut) {
    write_file(work / "journal", s.journal.substr(0, cut));
    if (cut < st::kHeaderSize) {
      EXPECT_THROW(Practice::open(work.path(), {}, SmallStore::read_only()), CorruptionError);
      continue;
    }
    const std::size_t frames = s.whole_frames_before(cut);
    const bool at_boundary =
        cut == st::kHeaderSize || (frames > 0 && s.frame_ends[frames - 1] == cut);
    Practice p = Practice::open(work.path(), {}, SmallStore::read_only());
    EXPECT_EQ(last_sequence(p), frames) << "cut at " << cut;
    EXPECT_EQ(state_bytes(p), s.prefix_states[frames]) << "cut at " << cut;
    EXPECT_EQ(p.store_report().torn_tails.size(), at_boundary ? 0u : 1u) << "cut at " << cut;
  }
}

TEST(JournalDamage, WriterCutsTornTailAndKeepsItsBytes) {
  SmallStore s;
  // A sample of cuts inside frames, opened for writing (truncation really happens).
  for (std::size_t i = 1; i < s.frame_ends.size(); ++i) {
    const std::uint64_t cut = s.frame_ends[i] - 3;
    TempDir work;
    copy_dir(s.dir.path(), work.path());
    write_file(work / "journal", s.journal.substr(0, cut));
    {
      Practice p = Practice::open(work.path());
      EXPECT_EQ(last_sequence(p), i);
      ASSERT_EQ(p.store_report().torn_tails.size(), 1u);
      EXPECT_EQ(p.store_report().torn_tails[0].offset, s.frame_ends[i - 1]);
      ASSERT_EQ(p.store_report().set_aside.size(), 1u);
      EXPECT_EQ(read_file(work / p.store_report().set_aside[0]),
                s.journal.substr(s.frame_ends[i - 1], cut - s.frame_ends[i - 1]));
      EXPECT_EQ(fs::file_size(work / "journal"), s.frame_ends[i - 1]);
      // The practice goes on after the cut.
      p.add_admin(Actor::admin(PracticeAccess::core(p).state.table<Admin>().rows()[0].id),
                  {"Abe", "abe@example.org"});
    }
    Practice q = Practice::open(work.path());
    EXPECT_EQ(last_sequence(q), i + 1);
    EXPECT_TRUE(q.store_report().torn_tails.empty());
  }
}

TEST(JournalDamage, EveryBitFlipIsDetected) {
  SmallStore s(2);
  TempDir work;
  copy_dir(s.dir.path(), work.path());
  std::size_t errors = 0, torn = 0;
  for (std::size_t byte = 0; byte < s.journal.size(); ++byte) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string damaged = s.journal;
      damaged[byte] = static_cast<char>(damaged[byte] ^ (1 << bit));
      write_file(work / "journal", damaged);
      try {
        Practice p = Practice::open(work.path(), {}, SmallStore::read_only());
        // Loading is only acceptable as a reported torn tail, with exactly a valid prefix.
        const auto& r = p.store_report();
        ASSERT_EQ(r.torn_tails.size(), 1u) << "undetected flip at byte " << byte << " bit " << bit;
        const auto seq = last_sequence(p);
        ASSERT_LT(seq, s.frame_ends.size());
        EXPECT_EQ(state_bytes(p), s.prefix_states[seq]);
        ++torn;
      } catch (const CorruptionError&) {
        ++errors;
      } catch (const UnsupportedVersion&) {
        ++errors;
      }
    }
  }
  EXPECT_EQ(errors + torn, s.journal.size() * 8);
  EXPECT_GE(s.journal.size() * 8, 2000u);
}

TEST(JournalDamage, RandomBitFlipsInALargerJournal) {
  SmallStore s(60);
  TempDir work;
  copy_dir(s.dir.path(), work.path());
  std::mt19937_64 rng(20260101);
  const int flips = 10000;
  for (int i = 0; i < flips; ++i) {
    std::string damaged = s.journal;
    const std::size_t byte = rng() % damaged.size();
    damaged[byte] = static_cast<char>(damaged[byte] ^ (1 << (rng() % 8)));
    write_file(work / "journal", damaged);
    try {
      Practice p = Practice::open(work.path(), {}, SmallStore::read_only());
      ASSERT_EQ(p.store_report().torn_tails.size(), 1u) << "undetected flip at byte " << byte;
      EXPECT_EQ(state_bytes(p), s.prefix_states[last_sequence(p)]);
    } catch (const CorruptionError&) {
    } catch (const UnsupportedVersion&) {
    }
  }
}

TEST(JournalDamage, MidLogCorruptionNamesFileAndOffset) {
  SmallStore s;
  TempDir work;
  copy_dir(s.dir.path(), work.path());
  std::string damaged = s.journal;
  const std::uint64_t second = s.frame_ends[0];
  damaged[second + 12] ^= 0x10;  // Inside the second frame's payload.
  write_file(work / "journal", damaged);
  try {
    Practice::open(work.path());
    FAIL() << "corruption was not reported";
  } catch (const CorruptionError& e) {
    EXPECT_NE(std::string(e.what()).find("journal at offset " + std::to_string(second)),
              std::string::npos)
        << e.what();
  }
  EXPECT_EQ(read_file(work / "journal"), damaged) << "a refused open must not modify files";
  const VerifyReport v = verify_store(work.path());
  EXPECT_FALSE(v.ok);
  ASSERT_EQ(v.problems.size(), 1u);
  EXPECT_EQ(v.problems[0].offset, second);
}

TEST(JournalDamage, RepairKeepsLongestValidPrefixAndSetsDamagedFileAside) {
  SmallStore s;
  TempDir work;
  copy_dir(s.dir.path(), work.path());
  std::string damaged = s.journal;
  damaged[s.frame_ends[2] + 20] ^= 0x01;
  write_file(work / "journal", damaged);
  OpenOptions repair;
  repair.repair = true;
  {
    Practice p = Practice::open(work.path(), {}, repair);
    EXPECT_EQ(last_sequence(p), 3u);
    EXPECT_EQ(state_bytes(p), s.prefix_states[3]);
    ASSERT_EQ(p.store_report().repaired.size(), 1u);
    ASSERT_EQ(p.store_report().set_aside.size(), 1u);
    EXPECT_EQ(read_file(work / p.store_report().set_aside[0]), damaged);
  }
  EXPECT_TRUE(verify_store(work.path()).ok);
  EXPECT_NO_THROW(Practice::open(work.path()));
  // The same damage again: the second copy set aside does not replace the first.
  write_file(work / "journal", damaged);
  {
    Practice p = Practice::open(work.path(), {}, repair);
    ASSERT_EQ(p.store_report().set_aside.size(), 1u);
    EXPECT_NE(p.store_report().set_aside[0], "journal.damaged-" + std::to_string(s.frame_ends[2]));
    EXPECT_EQ(read_file(work / p.store_report().set_aside[0]), damaged);
  }
  EXPECT_EQ(read_file(work / ("journal.damaged-" + std::to_string(s.frame_ends[2]))), damaged);
}

TEST(AuditDamage, TamperedAuditChainIsCorruption) {
  SmallStore s;
  TempDir work;
  copy_dir(s.dir.path(), work.path());
  const auto frames = st::scan_frames(s.audit).frames;
  ASSERT_GE(frames.size(), 1u);
  // Re-frame the entry with a valid checksum but a changed field: only the chain sees it.
  std::string tampered = s.audit.substr(0, frames[0].offset);
  std::string payload(frames[0].payload);
  payload[payload.size() - 70] ^= 0x01;  // Inside the fields hashed by the chain.
  st::append_frame(tampered, st::FrameType::audit, payload);
  tampered += s.audit.substr(frames[0].offset + st::kFrameHeaderSize + frames[0].payload.size());
  write_file(work / "audit", tampered);
  EXPECT_THROW(Practice::open(work.path()), CorruptionError);
  OpenOptions repair;
  repair.repair = true;
  Practice p = Practice::open(work.path(), {}, repair);
  EXPECT_EQ(p.stats().audit_entries, 0u);
  EXPECT_EQ(p.store_report().repaired.size(), 1u);
}

TEST(AuditDamage, TornAuditTailIsCut) {
  SmallStore s;
  TempDir work;
  copy_dir(s.dir.path(), work.path());
  write_file(work / "audit", s.audit.substr(0, s.audit.size() - 5));
  Practice p = Practice::open(work.path());
  ASSERT_EQ(p.store_report().torn_tails.size(), 1u);
  EXPECT_EQ(p.store_report().torn_tails[0].file, "audit");
}

TEST(AuditDamage, MissingAuditLogIsCorruptionUnlessRepaired) {
  SmallStore s;
  fs::remove(s.dir / "audit");
  EXPECT_THROW(Practice::open(s.dir.path()), CorruptionError);
  OpenOptions repair;
  repair.repair = true;
  EXPECT_NO_THROW(Practice::open(s.dir.path(), {}, repair));
  EXPECT_NO_THROW(Practice::open(s.dir.path()));
}

TEST(SnapshotDamage, DamagedSnapshotIsCorruptionAndRepairableFromAFullJournal) {
  TempDir dir;
  std::string before;
  {
    Practice p = Practice::create(dir.path(), fixed_options());
    populate_all_kinds(p);
    before = state_bytes(p);
    p.snapshot();
  }
  std::string snap = read_file(dir / "snapshot");
  snap[snap.size() / 2] ^= 0x04;
  write_file(dir / "snapshot", snap);
  try {
    Practice::open(dir.path());
    FAIL();
  } catch (const CorruptionError& e) {
    EXPECT_NE(std::string(e.what()).find("snapshot at offset"), std::string::npos);
  }
  OpenOptions repair;
  repair.repair = true;
  // The journal was rotated: what came before the snapshot is only in the snapshot.
  EXPECT_THROW(Practice::open(dir.path(), {}, repair), CorruptionError);
}

TEST(SnapshotDamage, CrashBetweenSnapshotAndRotationReplaysCorrectly) {
  TempDir dir;
  std::string before, old_journal;
  {
    Practice p = Practice::create(dir.path(), fixed_options());
    populate_all_kinds(p);
    before = state_bytes(p);
    old_journal = read_file(dir / "journal");
    p.snapshot();
  }
  // The state a crash after the snapshot's rename but before the journal's leaves.
  write_file(dir / "journal", old_journal);
  Practice p = Practice::open(dir.path(), fixed_options());
  EXPECT_EQ(state_bytes(p), before);
  EXPECT_EQ(p.store_report().replayed_events, 0u);
}

}  // namespace
