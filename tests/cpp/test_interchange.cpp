// The JSON interchange format: full backups restore to an identical practice (in memory and
// into a store directory), every validation error names a JSON Pointer and no content, only
// admins export the practice, exports are audited, and a client's package holds only theirs.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "libcoach/interchange.hpp"
#include "libcoach/libcoach.hpp"
#include "practice_access.hpp"
#include "store/format.hpp"
#include "store/snapshot.hpp"

namespace libcoach {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

struct Generated {
  Practice practice;
  SyntheticRoster roster;
};

Generated generate(std::uint64_t seed, Scale scale) {
  SyntheticOptions o;
  o.seed = seed;
  o.scale = scale;
  Practice p(synthetic_practice_options(o));
  SyntheticRoster roster = populate_practice(p, o);
  return {std::move(p), std::move(roster)};
}

Clock fixed_clock(Timestamp t) {
  return [t] { return t; };
}

/// Options whose clock reads the document's exported_at, so that a re-export is comparable.
PracticeOptions options_at(const std::string& document) {
  PracticeOptions o;
  o.clock =
      fixed_clock(Timestamp::parse(json::parse(document).at("exported_at").get<std::string>()));
  return o;
}

/// The whole state in the store's binary snapshot encoding: an oracle independent of the
/// interchange field descriptions (a field they forgot would differ here).
std::string state_bytes(const Practice& p) {
  const auto& state = PracticeAccess::core(p).state;
  store::FileHeader header;
  header.kind = store::FileKind::snapshot;
  header.base_sequence = state.last_sequence;
  return store::encode_snapshot(state, header);
}

std::vector<std::string> audit_hashes(const Practice& p, std::size_t first_n) {
  std::vector<std::string> out;
  const auto entries = PracticeAccess::core(p).audit.entries();
  for (std::size_t i = 0; i < first_n && i < entries.size(); ++i)
    out.emplace_back(entries[i].hash.begin(), entries[i].hash.end());
  return out;
}

std::size_t exports_in(const std::vector<AuditEntry>& entries, AuditOutcome outcome) {
  std::size_t n = 0;
  for (const auto& e : entries)
    n += e.action == AuditAction::export_ && e.outcome == outcome;
  return n;
}

class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() / ("libcoach-interchange-" + std::to_string(::getpid()) +
                                         "-" + std::to_string(counter++));
    fs::remove_all(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// ---- Round trips ----------------------------------------------------------------------------

TEST(InterchangeRoundTrip, ReimportEqualsTheExportedPracticeExactly) {
  const std::vector<std::pair<std::uint64_t, Scale>> cases{
      {1, Scale::tiny}, {7, Scale::tiny}, {42, Scale::small}, {2027, Scale::small}};
  for (const auto& [seed, scale] : cases) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    Generated g = generate(seed, scale);
    const Actor admin = Actor::admin(g.roster.admin);
    const std::string before = state_bytes(g.practice);
    const std::size_t audit_before = g.practice.stats().audit_entries;
    ASSERT_GT(audit_before, 0u);

    const std::string first = export_practice(g.practice, admin);
    Practice restored = import_practice(first, options_at(first));

    // Every table, every field, created_seq and last_sequence: the binary encodings agree.
    EXPECT_EQ(state_bytes(restored), before);
    EXPECT_EQ(state_bytes(g.practice), before);  // Exporting changed no table.
    // The audit trail up to the export, hash for hash; the export's own entries come after.
    EXPECT_EQ(restored.stats().audit_entries, audit_before);
    EXPECT_EQ(audit_hashes(restored, audit_before), audit_hashes(g.practice, audit_before));
    EXPECT_TRUE(PracticeAccess::core(restored).audit.verify().ok);
    const PracticeStats a = g.practice.stats();
    const PracticeStats b = restored.stats();
    EXPECT_EQ(a.records, b.records);
    EXPECT_EQ(a.last_sequence, b.last_sequence);
    EXPECT_GT(b.count(RecordKind::belief), 0u);

    // Some fields directly.
    const auto& sa = PracticeAccess::core(g.practice).state;
    const auto& sb = PracticeAccess::core(restored).state;
    ASSERT_EQ(sa.table<Goal>().size(), sb.table<Goal>().size());
    for (std::size_t i = 0; i < sa.table<Goal>().size(); ++i) {
      const Goal& x = sa.table<Goal>().at(i);
      const Goal& y = sb.table<Goal>().at(i);
      EXPECT_EQ(x.meta.id, y.meta.id);
      EXPECT_EQ(x.meta.created_seq, y.meta.created_seq);
      EXPECT_EQ(x.title, y.title);
      EXPECT_EQ(x.history.size(), y.history.size());
      EXPECT_EQ(x.baseline, y.baseline);
      EXPECT_EQ(x.target, y.target);
      EXPECT_EQ(x.progress(), y.progress());
    }
    EXPECT_EQ(sa.table<Belief>().at(0).statement, sb.table<Belief>().at(0).statement);

    // Re-exporting the restored practice at the same clock reading gives the same bytes.
    EXPECT_EQ(export_practice(restored, admin), first);
  }
}

TEST(InterchangeRoundTrip, DocumentShapeNamesIdKindAndScopeOfEveryRecord) {
  Generated g = generate(5, Scale::tiny);
  const json doc = json::parse(export_practice(g.practice, Actor::admin(g.roster.admin)));
  EXPECT_EQ(doc.at("format"), "libcoach-practice");
  EXPECT_EQ(doc.at("version"), 1);
  EXPECT_EQ(doc.at("last_sequence"), g.practice.stats().last_sequence);
  ASSERT_FALSE(doc.at("records").empty());
  for (const auto& r : doc.at("records")) {
    EXPECT_EQ(r.at("id").get<std::string>().size(), 36u);
    EXPECT_NO_THROW(parse_record_kind(r.at("kind").get<std::string>()));
    EXPECT_NO_THROW(parse_scope(r.at("scope").get<std::string>()));
  }
  for (const auto& a : doc.at("audit"))
    EXPECT_EQ(a.at("hash").get<std::string>().size(), 64u);
}

TEST(InterchangeRoundTrip, ErasedRecordsTombstonesAndLegalHoldsSurvive) {
  Generated g = generate(11, Scale::small);
  const Actor admin = Actor::admin(g.roster.admin);
  ASSERT_GE(g.roster.clients.size(), 2u);
  g.practice.set_legal_hold(admin, g.roster.clients[1], true);
  g.practice.shred_client(admin, g.roster.clients[0]);
  const std::string before = state_bytes(g.practice);
  ASSERT_GT(PracticeAccess::core(g.practice).state.table<Tombstone>().size(), 0u);

  const std::string first = export_practice(g.practice, admin);
  const json doc = json::parse(first);
  EXPECT_FALSE(doc.at("tombstones").empty());
  EXPECT_EQ(doc.at("legal_holds").size(), 1u);
  Practice restored = import_practice(first, options_at(first));
  EXPECT_EQ(state_bytes(restored), before);
  EXPECT_EQ(export_practice(restored, admin), first);
}

TEST(InterchangeStore, ImportIntoADirectoryReopensToTheSamePractice) {
  Generated g = generate(3, Scale::small);
  const Actor admin = Actor::admin(g.roster.admin);
  const std::string before = state_bytes(g.practice);
  const std::size_t audit_before = g.practice.stats().audit_entries;
  const std::string first = export_practice(g.practice, admin);
  TempDir dir;
  {
    Practice stored = import_practice(first, dir.path(), options_at(first));
    EXPECT_TRUE(stored.has_store());
    EXPECT_EQ(state_bytes(stored), before);
    stored.close();
  }
  EXPECT_TRUE(verify_store(dir.path()).ok);
  Practice reopened = Practice::open(dir.path(), options_at(first));
  EXPECT_EQ(reopened.store_report().snapshot_sequence, g.practice.stats().last_sequence);
  EXPECT_EQ(state_bytes(reopened), before);
  EXPECT_EQ(audit_hashes(reopened, audit_before), audit_hashes(g.practice, audit_before));
  EXPECT_EQ(export_practice(reopened, admin), first);
  // The restored store takes new commands.
  EXPECT_NO_THROW(reopened.add_organization(admin, "Quillmere Freight"));
}

// ---- Validation -----------------------------------------------------------------------------

class InterchangeValidation : public ::testing::Test {
 protected:
  void SetUp() override {
    Generated g = generate(9, Scale::tiny);
    doc = json::parse(export_practice(g.practice, Actor::admin(g.roster.admin)));
  }

  /// Index of the first record of `kind`.
  std::size_t first(std::string_view kind) const {
    const auto& records = doc.at("records");
    for (std::size_t i = 0; i < records.size(); ++i) {
      if (records[i].at("kind") == kind)
        return i;
    }
    ADD_FAILURE() << "no record of kind " << kind;
    return 0;
  }

  /// Imports `text` both ways; both must throw E whose message contains `path` and not
  /// `secret`, and the directory variant must create nothing.
  template <class E>
  void expect_refused(const std::string& text, const std::string& path,
                      const std::string& secret = "Marzipan-Lighthouse-7731") {
    for (int variant = 0; variant < 2; ++variant) {
      SCOPED_TRACE(variant == 0 ? "in memory" : "store directory");
      TempDir dir;
      try {
        if (variant == 0) {
          (void)import_practice(text);
        } else {
          (void)import_practice(text, dir.path());
        }
        ADD_FAILURE() << "import accepted a document it must refuse (" << path << ")";
      } catch (const E& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(path), std::string::npos) << message;
        EXPECT_EQ(message.find(secret), std::string::npos) << message;
      } catch (const std::exception& other) {
        ADD_FAILURE() << "wrong exception: " << other.what();
      }
      EXPECT_FALSE(fs::exists(dir.path()));
    }
  }
  void expect_invalid(const std::string& path,
                      const std::string& secret = "Marzipan-Lighthouse-7731") {
    expect_refused<ValidationError>(doc.dump(), path, secret);
  }

  json doc;
};

TEST_F(InterchangeValidation, TheUnchangedDocumentImports) {
  EXPECT_NO_THROW((void)import_practice(doc.dump()));
}

TEST_F(InterchangeValidation, MalformedJsonNamesTheByteOnly) {
  expect_refused<ValidationError>(
      R"({"format": "libcoach-practice", "note": "Marzipan-Lighthouse-7731)",
      "malformed JSON near byte");
  expect_refused<ValidationError>("[]", "/: expected an object");
}

TEST_F(InterchangeValidation, OtherFormatOrNewerVersionIsUnsupported) {
  json other = doc;
  other["format"] = "libcoach-client-export";
  expect_refused<UnsupportedVersion>(other.dump(), "/format");
  json newer = doc;
  newer["version"] = 2;
  newer["records"][0]["scope"] = "whatever";  // The version is judged before the content.
  expect_refused<UnsupportedVersion>(newer.dump(), "/version");
}

TEST_F(InterchangeValidation, UnknownScopeListsTheAllowedNames) {
  const std::size_t i = first("note");
  doc["records"][i]["scope"] = "Marzipan-Lighthouse-7731";
  expect_invalid("/records/" + std::to_string(i) +
                 "/scope: expected one of operational, sponsor, coaching, coach_private, "
                 "client_private");
}

TEST_F(InterchangeValidation, InnerWorkCannotBeSponsorScoped) {
  const std::size_t i = first("belief");
  doc["records"][i]["scope"] = "sponsor";
  expect_invalid("/records/" + std::to_string(i) + "/scope: expected one of coaching");
}

TEST_F(InterchangeValidation, OversizedTextNamesTheLimitNotTheText) {
  const std::size_t i = first("note");
  std::string text;
  while (text.size() <= kMaxLongTextBytes)
    text += "Marzipan-Lighthouse-7731 ";
  doc["records"][i]["text"] = text;
  expect_invalid("/records/" + std::to_string(i) + "/text: longer than the limit of 65536 bytes");
}

TEST_F(InterchangeValidation, RatingOutOfRange) {
  const std::size_t i = first("belief");
  doc["records"][i]["history"][0]["strength"] = 11;
  expect_invalid("/records/" + std::to_string(i) + "/history/0/strength: must be between 0 and 10");
}

TEST_F(InterchangeValidation, MalformedDateIdAndTimestamp) {
  json saved = doc;
  const std::size_t i = first("reflection");
  doc["records"][i]["on"] = "Marzipan-Lighthouse-7731";
  expect_invalid("/records/" + std::to_string(i) + "/on: expected a date YYYY-MM-DD");
  doc = saved;
  doc["engagements"][0]["coach"] = "ABCDEF00-0000-4000-8000-000000000000";  // Not canonical.
  expect_invalid("/engagements/0/coach: expected a lower-case canonical UUID");
  doc = saved;
  doc["records"][0]["created"] = "2026-03-01 10:00";
  expect_invalid("/records/0/created: expected a UTC timestamp");
}

TEST_F(InterchangeValidation, MissingAndUnknownFields) {
  json saved = doc;
  doc["records"][0].erase("created_seq");
  expect_invalid("/records/0/created_seq: missing");
  doc = saved;
  doc["records"][0]["remarks"] = "Marzipan-Lighthouse-7731";
  expect_invalid("/records/0/remarks: unknown field");
  doc = saved;
  doc["parties"]["coaches"][0]["Marzipan-Lighthouse-7731"] = 1;  // A key that is content.
  expect_invalid("/parties/coaches/0: unknown field");
  doc = saved;
  doc["records"][0]["kind"] = "coach";
  expect_invalid("/records/0/kind: not a kind of content record");
}

TEST_F(InterchangeValidation, DuplicateIds) {
  doc["records"][1]["id"] = doc["records"][0]["id"];
  expect_invalid("/records/1/id: duplicate id");
}

TEST_F(InterchangeValidation, ReferencesToUnknownEngagementsClientsAndRecords) {
  json saved = doc;
  const std::string stranger = "0b7e1c2a-5d4f-4e3a-9c8b-7a6f5e4d3c2b";
  doc["records"][0]["engagement"] = stranger;
  expect_invalid("/records/0/engagement: no engagement with this id");
  doc = saved;
  doc["engagements"][0]["client"] = stranger;
  expect_invalid("/engagements/0/client: no clients entry with this id");
  doc = saved;
  doc["records"][0]["client"] = doc["parties"]["coaches"][0]["id"];
  expect_invalid("/records/0/client: is not the client of the record's engagement");
  doc = saved;
  const std::size_t m = first("milestone");
  doc["records"][m]["goal"] = stranger;
  expect_invalid("/records/" + std::to_string(m) + "/goal: no goal with this id");
  doc = saved;
  doc["records"][0]["created_seq"] = doc["last_sequence"].get<std::uint64_t>() + 1;
  expect_invalid("/records/0/created_seq: must be between 1 and last_sequence");
}

TEST_F(InterchangeValidation, DeepNestingIsRefused) {
  std::string deep = R"({"format": "libcoach-practice", "version": 1, "records": )";
  for (int i = 0; i < 40; ++i)
    deep += "[";
  for (int i = 0; i < 40; ++i)
    deep += "]";
  deep += "}";
  expect_refused<ValidationError>(deep, "nested deeper than");
}

TEST_F(InterchangeValidation, ABrokenAuditChainIsCorruption) {
  ASSERT_GE(doc.at("audit").size(), 2u);
  json saved = doc;
  doc["audit"][1]["count"] = doc["audit"][1]["count"].get<std::uint32_t>() + 1;
  expect_refused<CorruptionError>(doc.dump(), "/audit/1: entry 2 was altered");
  doc = saved;
  doc["audit"].erase(0);
  expect_refused<CorruptionError>(doc.dump(), "/audit/0");
}

// ---- Access and audit -----------------------------------------------------------------------

TEST(InterchangeAccess, OnlyAdminsExportThePractice) {
  Generated g = generate(21, Scale::tiny);
  const Engagement& e = *PracticeAccess::core(g.practice)
                             .state.table<Engagement>()
                             .find(g.roster.engagements[0].value);
  const std::vector<Actor> refused{Actor::coach(e.coach), Actor::client(e.client)};
  for (const Actor& who : refused) {
    const std::size_t denied =
        exports_in(PracticeAccess::core(g.practice).audit.entries(), AuditOutcome::denied);
    EXPECT_THROW((void)export_practice(g.practice, who), AccessDenied);
    // The refused attempt is on the record.
    EXPECT_EQ(exports_in(PracticeAccess::core(g.practice).audit.entries(), AuditOutcome::denied),
              denied + 1);
  }
  if (!g.roster.sponsor_contacts.empty()) {
    EXPECT_THROW((void)export_practice(g.practice, Actor::sponsor(g.roster.sponsor_contacts[0])),
                 AccessDenied);
  }
  // An admin id the practice does not know.
  EXPECT_THROW((void)export_practice(g.practice, Actor::admin(AdminId{e.id.value})), AccessDenied);
  // Nor the clients' packages of others.
  EXPECT_THROW((void)export_client(g.practice, Actor::coach(e.coach), e.client), AccessDenied);
  ASSERT_GE(g.roster.clients.size(), 2u);
  const ClientId other =
      g.roster.clients[0] == e.client ? g.roster.clients[1] : g.roster.clients[0];
  EXPECT_THROW((void)export_client(g.practice, Actor::client(other), e.client), AccessDenied);
  EXPECT_THROW((void)export_client(g.practice, Actor::admin(g.roster.admin), ClientId{e.id.value}),
               NotFound);
  EXPECT_NO_THROW((void)export_client(g.practice, Actor::client(e.client), e.client));
  EXPECT_NO_THROW((void)export_client(g.practice, Actor::admin(g.roster.admin), e.client));
}

TEST(InterchangeAccess, ExportsAreAudited) {
  Generated g = generate(22, Scale::small);
  const Actor admin = Actor::admin(g.roster.admin);
  const std::size_t before = g.practice.stats().audit_entries;
  (void)export_practice(g.practice, admin);
  const auto entries = PracticeAccess::core(g.practice).audit.entries();
  ASSERT_EQ(entries.size(), before + g.roster.clients.size());
  for (std::size_t i = before; i < entries.size(); ++i) {
    EXPECT_EQ(entries[i].action, AuditAction::export_);
    EXPECT_EQ(entries[i].outcome, AuditOutcome::allowed);
    EXPECT_EQ(entries[i].viewer, admin);
    EXPECT_EQ(entries[i].purpose, "backup");
  }
  // Every client sees the backup in their access log.
  for (const ClientId& c : g.roster.clients) {
    const auto log = g.practice.view(Actor::client(c)).access_log(c);
    EXPECT_EQ(exports_in(log, AuditOutcome::allowed), 1u);
  }
  EXPECT_TRUE(PracticeAccess::core(g.practice).audit.verify().ok);

  const ClientId c = g.roster.clients[2];
  (void)export_client(g.practice, Actor::client(c), c);
  const auto after = PracticeAccess::core(g.practice).audit.entries();
  ASSERT_EQ(after.size(), entries.size() + 1);
  EXPECT_EQ(after.back().action, AuditAction::export_);
  EXPECT_EQ(after.back().client, c);
  EXPECT_EQ(after.back().viewer, Actor::client(c));
  EXPECT_EQ(after.back().purpose, "access_request");
  EXPECT_GT(after.back().count, 0u);
}

TEST(InterchangeClientExport, HoldsOnlyThatClientsData) {
  Generated g = generate(23, Scale::small);
  const auto& state = PracticeAccess::core(g.practice).state;
  const ClientId me = g.roster.clients[3];
  const std::string text = export_client(g.practice, Actor::admin(g.roster.admin), me);
  const json doc = json::parse(text);
  EXPECT_EQ(doc.at("format"), "libcoach-client-export");
  EXPECT_EQ(doc.at("version"), 1);
  EXPECT_EQ(doc.at("client").at("id"), me.to_string());

  std::size_t mine = 0;
  std::set<std::string> other_ids;
  state.for_each_table([&](const auto& table) {
    for (const auto& row : table.rows()) {
      if constexpr (requires { row.meta; }) {
        if (row.meta.client == me) {
          ++mine;
        } else {
          other_ids.insert(row.meta.id.to_string());
        }
      }
    }
  });
  ASSERT_GT(mine, 0u);
  EXPECT_EQ(doc.at("records").size(), mine);
  for (const auto& r : doc.at("records"))
    EXPECT_EQ(r.at("client"), me.to_string());
  ASSERT_FALSE(doc.at("engagements").empty());
  for (const auto& e : doc.at("engagements"))
    EXPECT_EQ(e.at("client"), me.to_string());
  for (const auto& a : doc.at("audit"))
    EXPECT_EQ(a.at("client"), me.to_string());
  EXPECT_FALSE(doc.at("audit").empty());

  // Nothing of any other client: not their names, e-mails or record ids.
  for (const Client& other : state.table<Client>().rows()) {
    if (other.id == me)
      continue;
    EXPECT_EQ(text.find(other.name), std::string::npos) << "another client's name";
    EXPECT_EQ(text.find(other.email), std::string::npos) << "another client's e-mail";
    EXPECT_EQ(text.find(other.id.to_string()), std::string::npos) << "another client's id";
  }
  for (const std::string& id : other_ids)
    EXPECT_EQ(text.find(id), std::string::npos) << "another client's record";
}

}  // namespace
}  // namespace libcoach
