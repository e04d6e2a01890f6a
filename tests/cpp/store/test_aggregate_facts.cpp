// The snapshot's aggregate facts section (aggregate_facts.hpp): a read-only open answers the
// practice aggregates report from it without decoding engagements, consents, sessions,
// goals, well-being check-ins, values or beliefs, and the report is the one the rows give;
// each part falls back to the rows once its tables are decoded (a read, a journal tail), as
// does a snapshot written before the section existed or with its first layout; damage is
// reported by the report and by every open that decodes the rows, and facts that disagree
// with the rows fail those opens. Without theme facts (an encrypted store, decoded values)
// the theme counts read the rows, streaming an unencrypted store's undecoded values and
// beliefs (Table::visit_rows), and report a damaged section like a decoding would.

#include <gtest/gtest.h>

#include <functional>

#include "aggregate_facts.hpp"
#include "libcoach/crypto/key_source.hpp"
#include "libcoach/reports/json.hpp"
#include "libcoach/reports/practice_aggregates.hpp"
#include "libcoach/store/verify.hpp"
#include "libcoach/synthetic.hpp"
#include "store/crc32c.hpp"
#include "store/format.hpp"
#include "store/snapshot.hpp"
#include "store_test_util.hpp"

namespace {

using namespace store_test;
namespace st = libcoach::store;

constexpr std::size_t kEntrySize = 32;

OpenOptions read_only(bool defer = true, OpenOptions o = {}) {
  o.read_only = true;
  o.read_only_audit = ReadOnlyAudit::memory;
  o.defer_snapshot = defer;
  return o;
}

SyntheticOptions small_practice() {
  SyntheticOptions o;
  o.seed = 11;
  o.scale = Scale::small;
  return o;
}

SyntheticRoster write_practice(const fs::path& dir, OpenOptions o = {}) {
  o.snapshot_threshold_bytes = 0;
  Practice p = Practice::create(dir, synthetic_practice_options(small_practice()), o);
  SyntheticRoster roster;
  p.batch([&] { roster = populate_practice(p, small_practice()); });
  p.snapshot();
  return roster;
}

template <class R>
bool loaded(const Practice& p) {
  return PracticeAccess::core(p).state.table<R>().loaded();
}

/// The report as JSON without its header (which names the moment it was made).
std::string report_json(const Practice& p, const Actor& viewer,
                        PracticeAggregateOptions options = {}) {
  PracticeAggregates report = practice_aggregates(p.view(viewer), options);
  report.header = {};
  return render_json(report);
}

/// Where the facts section's entry and bytes are in a snapshot file.
struct FactsAt {
  std::size_t entry = 0;  ///< Offset of its section table entry.
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
};

/// Where section `kind` (a table's, or the facts' after the last table) is in a snapshot file.
FactsAt section_at(const std::string& file, std::size_t kind) {
  const std::size_t table = st::kHeaderSize;
  FactsAt at;
  at.entry = table + 8 + kind * kEntrySize;
  at.offset = st::load_le64(file.data() + at.entry + 8);
  at.length = st::load_le64(file.data() + at.entry + 16);
  return at;
}

FactsAt facts_at(const std::string& file) {
  const std::size_t kind = st::table_kind<LegalHold>() + 1;
  EXPECT_EQ(st::load_le32(file.data() + st::kHeaderSize), kind + 1)
      << "the facts section follows the tables";
  return section_at(file, kind);
}

/// Recomputes the facts section's checksum and the section table's, after an edit that is
/// meant to pass them.
void refresh_section_crcs(std::string& file, const FactsAt& at) {
  st::store_le32(file.data() + at.entry + 4, st::crc32c(file.data() + at.offset, at.length));
  const std::size_t table = st::kHeaderSize;
  const std::uint32_t sections = st::load_le32(file.data() + table);
  std::uint32_t crc = st::crc32c(file.data() + table, 4);
  crc = st::crc32c(file.data() + table + 8, kEntrySize * sections, crc);
  st::store_le32(file.data() + table + 4, crc);
}

/// Flips a bit in the middle of a section of the store's snapshot; returns the new file.
std::string damage_section(const fs::path& dir, const FactsAt& at, std::string file) {
  file[at.offset + at.length / 2] ^= 0x20;
  write_file(dir / "snapshot", file);
  return file;
}

/// The admin's report refuses, every time, naming the damaged section at `offset` and `what`.
void expect_report_refused(const Practice& p, const SyntheticRoster& roster, std::uint64_t offset,
                           const std::string& what) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      (void)practice_aggregates(p.view(Actor::admin(roster.admin)));
      ADD_FAILURE() << "a damaged section must not be reported from";
    } catch (const CorruptionError& error) {
      const std::string message = error.what();
      EXPECT_NE(message.find("snapshot at offset " + std::to_string(offset)), std::string::npos)
          << message;
      EXPECT_NE(message.find(what), std::string::npos) << message;
    }
  }
}

TEST(AggregateFacts, TheReportFromTheFactsIsTheReportFromTheRows) {
  TempDir dir;
  const SyntheticRoster roster = write_practice(dir.path());
  PracticeAggregateOptions all;
  all.k = 3;  // The small practice has 12 clients: publish more cells than k = 5 would.
  PracticeAggregateOptions period = all;
  period.from = Date::from_ymd(2026, 4, 1);
  period.to = Date::from_ymd(2026, 9, 30);
  const Actor admin = Actor::admin(roster.admin);
  const Actor sponsor = Actor::sponsor(roster.sponsor_contacts.front());

  const Practice rows = Practice::open(dir.path(), {}, read_only(false));
  const Practice facts = Practice::open(dir.path(), {}, read_only());
  for (const auto& options : {all, period})
    EXPECT_EQ(report_json(facts, admin, options), report_json(rows, admin, options));
  EXPECT_FALSE(loaded<Session>(facts)) << "the report read the facts, not the sessions";
  EXPECT_FALSE(loaded<Goal>(facts));
  EXPECT_FALSE(loaded<WellbeingCheckIn>(facts));
  EXPECT_FALSE(loaded<Engagement>(facts)) << "the facts name each engagement's parties";
  EXPECT_FALSE(loaded<Consent>(facts)) << "the facts hold the themes consents";
  EXPECT_FALSE(loaded<Value>(facts)) << "the facts hold the themes";
  EXPECT_FALSE(loaded<Belief>(facts));
  EXPECT_FALSE(loaded<Tombstone>(facts));
  // A sponsor contact's labels come through their View (which reads their engagements).
  for (const auto& options : {all, period})
    EXPECT_EQ(report_json(facts, sponsor, options), report_json(rows, sponsor, options));
  EXPECT_FALSE(loaded<Session>(facts));
  // The equality above covers the themes only if themes were published.
  const PracticeAggregates report = practice_aggregates(facts.view(admin), all);
  ASSERT_TRUE(report.themes.has_value());
  EXPECT_FALSE(report.themes->values.empty());
  EXPECT_FALSE(report.themes->belief_categories.empty());
}

/// Opens the practice deferred, decodes table R only, and expects the report the rows give.
template <class R>
void expect_rows_report_once_decoded(const fs::path& dir, const Practice& rows,
                                     const SyntheticRoster& roster) {
  SCOPED_TRACE(std::string("decoded: table ") + std::to_string(st::table_kind<R>()));
  const Practice p = Practice::open(dir, {}, read_only());
  (void)PracticeAccess::core(p).state.table<R>().rows();
  PracticeAggregateOptions options;
  options.k = 3;
  const Actor admin = Actor::admin(roster.admin);
  const Actor sponsor = Actor::sponsor(roster.sponsor_contacts.front());
  EXPECT_EQ(report_json(p, admin, options), report_json(rows, admin, options));
  EXPECT_EQ(report_json(p, sponsor, options), report_json(rows, sponsor, options));
}

TEST(AggregateFacts, EachPartReadsItsRowsOnceItsTableIsDecoded) {
  TempDir dir;
  const SyntheticRoster roster = write_practice(dir.path());
  const Practice rows = Practice::open(dir.path(), {}, read_only(false));
  expect_rows_report_once_decoded<Engagement>(dir.path(), rows, roster);
  expect_rows_report_once_decoded<Consent>(dir.path(), rows, roster);
  expect_rows_report_once_decoded<Session>(dir.path(), rows, roster);
  expect_rows_report_once_decoded<Goal>(dir.path(), rows, roster);
  expect_rows_report_once_decoded<WellbeingCheckIn>(dir.path(), rows, roster);
  expect_rows_report_once_decoded<Value>(dir.path(), rows, roster);
  expect_rows_report_once_decoded<Belief>(dir.path(), rows, roster);
}

TEST(AggregateFacts, ConsentsRevokedAfterTheSnapshotStopTheThemes) {
  TempDir dir;
  const SyntheticRoster roster = write_practice(dir.path());
  const Actor admin = Actor::admin(roster.admin);
  PracticeAggregateOptions all;
  all.k = 3;
  {
    const Practice before = Practice::open(dir.path(), {}, read_only());
    const PracticeAggregates report = practice_aggregates(before.view(admin), all);
    ASSERT_TRUE(report.themes.has_value());
    ASSERT_FALSE(report.themes->values.empty()) << "the test needs published themes";
  }
  {
    Practice p = Practice::open(dir.path());
    for (const EngagementId& e : roster.engagements) {
      const Engagement engagement = p.view(admin).engagement(e);
      for (const Consent& c : p.view(Actor::client(engagement.client)).consents(e)) {
        if (c.consent_kind == ConsentKind::aggregate_themes && !c.revoked)
          p.revoke_consent(Actor::client(engagement.client), c.id());
      }
    }
  }
  const Practice rows = Practice::open(dir.path(), {}, read_only(false));
  const Practice facts = Practice::open(dir.path(), {}, read_only());
  EXPECT_TRUE(loaded<Consent>(facts)) << "replaying the revocations decoded the consents";
  EXPECT_EQ(report_json(facts, admin, all), report_json(rows, admin, all));
  const PracticeAggregates report = practice_aggregates(facts.view(admin), all);
  ASSERT_TRUE(report.themes.has_value());
  EXPECT_TRUE(report.themes->values.empty()) << "no consent left: no themes";
  EXPECT_TRUE(report.themes->belief_categories.empty());
  EXPECT_FALSE(loaded<Session>(facts)) << "the sessions still come from the facts";
}

TEST(AggregateFacts, ThemeCountsReadDecodedTablesOnceTheyAreDecoded) {
  TempDir dir;
  const SyntheticRoster roster = write_practice(dir.path());
  const Practice rows = Practice::open(dir.path(), {}, read_only(false));
  const Practice p = Practice::open(dir.path(), {}, read_only());
  const Actor admin = Actor::admin(roster.admin);
  PracticeAggregateOptions all;
  all.k = 3;
  const std::string streamed = report_json(p, admin, all);
  (void)PracticeAccess::core(p).state.table<Belief>().rows();  // Decodes the beliefs only.
  EXPECT_EQ(report_json(p, admin, all), streamed);
  EXPECT_EQ(streamed, report_json(rows, admin, all));
  EXPECT_FALSE(loaded<Value>(p));
}

TEST(AggregateFacts, ADamagedBeliefSectionIsReportedByTheStreamedThemeCounts) {
  TempDir dir;
  const SyntheticRoster roster = write_practice(dir.path());
  const std::string clean = read_file(dir / "snapshot");
  const FactsAt at = section_at(clean, st::table_kind<Belief>());
  const std::string file = damage_section(dir.path(), at, clean);
  const Practice p = Practice::open(dir.path(), {}, read_only());
  // Decoded values leave the facts' themes behind: the beliefs are streamed.
  (void)PracticeAccess::core(p).state.table<Value>().rows();
  expect_report_refused(p, roster, at.offset, "section checksum mismatch");
  EXPECT_FALSE(loaded<Belief>(p));
  EXPECT_EQ(read_file(dir / "snapshot"), file);
}

TEST(AggregateFacts, AnEncryptedStoreReportsFromTheFactsWithoutOpeningContent) {
  TempDir dir;
  OpenOptions keyed;
  keyed.key = std::make_shared<const KeySource>(
      KeySource::passphrase("aggregate facts", KdfCost::minimal_for_tests()));
  const SyntheticRoster roster = write_practice(dir.path(), keyed);
  const Practice rows = Practice::open(dir.path(), {}, read_only(false, keyed));
  const Practice facts = Practice::open(dir.path(), {}, read_only(true, keyed));
  PracticeAggregateOptions all;
  all.k = 3;
  const Actor admin = Actor::admin(roster.admin);
  EXPECT_EQ(report_json(facts, admin, all), report_json(rows, admin, all));
  EXPECT_FALSE(loaded<Session>(facts));
  EXPECT_FALSE(loaded<Goal>(facts));
  EXPECT_FALSE(loaded<WellbeingCheckIn>(facts));
  EXPECT_FALSE(loaded<Consent>(facts));
  // Themes are content: the facts of an encrypted store hold none, and sealed content opens
  // in bulk with its table, so theme counts decode values and beliefs.
  EXPECT_EQ(PracticeAccess::core(facts).state.snapshot_facts->themes(),
            libcoach::detail::FactsThemes::absent);
  EXPECT_TRUE(loaded<Belief>(facts));
  const PracticeAggregates report = practice_aggregates(rows.view(admin), all);
  ASSERT_TRUE(report.themes.has_value());
  ASSERT_FALSE(report.themes->values.empty());
  const std::string snapshot = read_file(dir / "snapshot");
  for (const auto* list : {&report.themes->values, &report.themes->belief_categories}) {
    for (const ThemeCount& theme : *list)
      EXPECT_EQ(snapshot.find(theme.name), std::string::npos) << "a theme in the clear";
  }
}

TEST(AggregateFacts, TheFactsDoNotKeepTheSnapshotMappedOnceEveryTableIsDecoded) {
  TempDir dir;
  const SyntheticRoster roster = write_practice(dir.path());
  const Practice rows = Practice::open(dir.path(), {}, read_only(false));
  const Practice p = Practice::open(dir.path(), {}, read_only());
  const auto& facts = PracticeAccess::core(p).state.snapshot_facts;
  ASSERT_NE(facts, nullptr);
  EXPECT_NE(facts->pin(), nullptr) << "undecoded tables hold the mapping";
  (void)state_bytes(p);  // Decodes every table.
  EXPECT_EQ(facts->pin(), nullptr) << "the facts alone must not keep the file mapped";
  const Actor admin = Actor::admin(roster.admin);
  EXPECT_EQ(report_json(p, admin), report_json(rows, admin));
}

TEST(AggregateFacts, AJournalTailMakesTheReportReadTheRows) {
  TempDir dir;
  const SyntheticRoster roster = write_practice(dir.path());
  {
    Practice p = Practice::open(dir.path());
    const Actor admin = Actor::admin(roster.admin);
    const Engagement first = p.view(admin).engagement(roster.engagements.front());
    p.schedule_session(admin, first.id, {Timestamp::parse("2026-05-05T09:00:00Z")});
  }
  const Practice rows = Practice::open(dir.path(), {}, read_only(false));
  const Practice facts = Practice::open(dir.path(), {}, read_only());
  EXPECT_TRUE(loaded<Session>(facts)) << "replaying the new session decoded the sessions";
  const Actor admin = Actor::admin(roster.admin);
  EXPECT_EQ(report_json(facts, admin), report_json(rows, admin));
}

TEST(AggregateFacts, ASnapshotWithoutTheSectionReportsFromTheRows) {
  TempDir dir;
  const SyntheticRoster roster = write_practice(dir.path());
  // What earlier builds wrote: the tables' sections only.
  std::string file = read_file(dir / "snapshot");
  const FactsAt at = facts_at(file);
  ASSERT_EQ(at.offset + at.length, file.size()) << "the facts section comes last";
  file.resize(at.offset);
  st::store_le32(file.data() + st::kHeaderSize, st::load_le32(file.data() + st::kHeaderSize) - 1);
  file.erase(at.entry, kEntrySize);
  // Every section moved up by one entry.
  const std::uint32_t sections = st::load_le32(file.data() + st::kHeaderSize);
  for (std::uint32_t i = 0; i < sections; ++i) {
    char* entry = file.data() + st::kHeaderSize + 8 + i * kEntrySize;
    st::store_le64(entry + 8, st::load_le64(entry + 8) - kEntrySize);
  }
  std::uint32_t crc = st::crc32c(file.data() + st::kHeaderSize, 4);
  crc = st::crc32c(file.data() + st::kHeaderSize + 8, kEntrySize * sections, crc);
  st::store_le32(file.data() + st::kHeaderSize + 4, crc);
  write_file(dir / "snapshot", file);

  ASSERT_TRUE(verify_store(dir.path()).ok);
  const Practice rows = Practice::open(dir.path(), {}, read_only(false));
  const Practice deferred = Practice::open(dir.path(), {}, read_only());
  const Actor admin = Actor::admin(roster.admin);
  EXPECT_EQ(report_json(deferred, admin), report_json(rows, admin));
  EXPECT_TRUE(loaded<Session>(deferred)) << "without facts the report decodes the sessions";
}

TEST(AggregateFacts, DamagedFactsAreReportedByTheReportAndByFullOpens) {
  TempDir dir;
  const SyntheticRoster roster = write_practice(dir.path());
  const std::string clean = read_file(dir / "snapshot");
  const FactsAt at = facts_at(clean);
  const std::string file = damage_section(dir.path(), at, clean);
  const std::string journal = read_file(dir / "journal");

  EXPECT_THROW(Practice::open(dir.path()), CorruptionError);
  EXPECT_THROW(Practice::open(dir.path(), {}, read_only(false)), CorruptionError);
  EXPECT_FALSE(verify_store(dir.path()).ok);
  const Practice p = Practice::open(dir.path(), {}, read_only());
  expect_report_refused(p, roster, at.offset, "aggregate facts");
  EXPECT_EQ(read_file(dir / "snapshot"), file);
  EXPECT_EQ(read_file(dir / "journal"), journal);
}

TEST(AggregateFacts, FactsThatDisagreeWithTheRowsFailEveryFullOpen) {
  TempDir dir;
  write_practice(dir.path());
  std::string file = read_file(dir / "snapshot");
  const FactsAt at = facts_at(file);
  // The first engagement's "has an agreement" flag: flip it and make the checksums agree.
  constexpr std::size_t kHeader = 69;
  const std::uint32_t engagements = st::load_le32(file.data() + at.offset + 4);
  file[at.offset + kHeader + 6 * 4 * (engagements + 1) + 4 * 16 * engagements] ^= 0x01;
  refresh_section_crcs(file, at);
  write_file(dir / "snapshot", file);

  try {
    Practice::open(dir.path(), {}, read_only(false));
    ADD_FAILURE() << "facts that disagree with the rows must fail a full open";
  } catch (const CorruptionError& error) {
    EXPECT_NE(std::string(error.what()).find("aggregate facts disagree with the rows"),
              std::string::npos)
        << error.what();
  }
  EXPECT_THROW(Practice::open(dir.path()), CorruptionError);
  const VerifyReport report = verify_store(dir.path());
  EXPECT_FALSE(report.ok);
}

/// Writes `file` with the facts section's bytes at `at` changed by `edit` and both checksums
/// made to agree again: damage that only the layout checks can catch.
template <class Edit>
std::string edit_facts(const fs::path& dir, const FactsAt& at, std::string file, Edit edit) {
  edit(file.data() + at.offset);
  refresh_section_crcs(file, at);
  write_file(dir / "snapshot", file);
  return file;
}

TEST(AggregateFacts, FactsThatBreakTheirLayoutAreRefusedByTheReport) {
  TempDir dir;
  const SyntheticRoster roster = write_practice(dir.path());
  const std::string clean = read_file(dir / "snapshot");
  const FactsAt at = facts_at(clean);
  const std::uint32_t engagements = st::load_le32(clean.data() + at.offset + 4);
  const std::uint64_t sessions = st::load_le64(clean.data() + at.offset + 8);
  struct Case {
    const char* what;
    std::function<void(char*)> edit;
  };
  const std::vector<Case> cases{
      {"unknown layout", [](char* f) { st::store_le32(f, 9); }},
      {"unknown themes flag", [](char* f) { f[60] = 2; }},
      {"do not match their length", [](char* f) { st::store_le64(f + 8, 1); }},
      {"record ranges out of order",
       [&](char* f) { st::store_le32(f + 69 + 4, static_cast<std::uint32_t>(sessions + 1)); }},
      {"name a theme they do not hold",
       [&](char* f) {
         // The first value theme: after every column before it.
         const std::uint64_t g = st::load_le64(f + 16), w = st::load_le64(f + 24),
                             c = st::load_le64(f + 32);
         const std::uint64_t e = engagements;
         st::store_le32(f + 69 + 24 * (e + 1) + 73 * e + 9 * sessions + 2 * g + 9 * w + 9 * c,
                        0xFFFFFFFFu);
       }},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    const std::string file = edit_facts(dir.path(), at, clean, c.edit);
    const Practice p = Practice::open(dir.path(), {}, read_only());
    expect_report_refused(p, roster, at.offset, c.what);
    EXPECT_EQ(read_file(dir / "snapshot"), file) << "the report changes nothing";
  }
}

TEST(AggregateFacts, FactsOfTheFirstLayoutAreCheckedButNotReportedFrom) {
  // The golden store (tests/data/store/v1) was written with the first layout.
  const fs::path golden = fs::path(LIBCOACH_STORE_TEST_DATA_DIR) / "v1" / "store";
  TempDir dir;
  for (const auto& entry : fs::directory_iterator(golden))
    fs::copy_file(entry.path(), dir / entry.path().filename());
  const std::string snapshot = read_file(dir / "snapshot");
  // Written before the last tables existed: the facts are its last section.
  const std::uint32_t sections = st::load_le32(snapshot.data() + st::kHeaderSize);
  ASSERT_EQ(st::load_le32(snapshot.data() + section_at(snapshot, sections - 1).offset), 1u)
      << "layout 1";
  const Practice rows = Practice::open(dir.path(), {}, read_only(false));
  const Practice facts = Practice::open(dir.path(), {}, read_only());
  const Actor admin =
      Actor::admin(PracticeAccess::core(rows).state.table<Admin>().rows().front().id);
  PracticeAggregateOptions all;
  all.k = 3;
  EXPECT_EQ(report_json(facts, admin, all), report_json(rows, admin, all));
  EXPECT_TRUE(loaded<Engagement>(facts)) << "the report read the rows";
}

}  // namespace
