// Compatibility with what earlier builds wrote. Two kinds of golden files live under
// tests/data/store/v<format>/:
//   shapes.bin  one frame per fixed sample value of every event payload kind (and so every
//               model type) plus an audit entry. If a serialize function changes what it
//               writes, the bytes differ: bump the class version (and keep reading the old
//               shape), then regenerate.
//   store/      a whole store directory (snapshot, journal with plain and batch frames,
//               audit log) with state.bin, the state it must load to, re-encoded.
// LIBCOACH_STORE_WRITE_GOLDEN=1 rewrites them instead of comparing (then commit them).

#include "libcoach/store/verify.hpp"
#include "store/codec.hpp"
#include "store/format.hpp"
#include "store_test_util.hpp"

using namespace store_test;
namespace st = libcoach::store;

namespace {

const fs::path kGolden = fs::path(LIBCOACH_STORE_TEST_DATA_DIR) / "v1";

// LIBCOACH_STORE_WRITE_GOLDEN=1 rewrites every golden file; =derived rewrites only what the
// current writer derives (shapes.bin, state.bin) and keeps the old store directory, which
// is what proves that stores written by earlier builds still load.
bool writing_golden() {
  return std::getenv("LIBCOACH_STORE_WRITE_GOLDEN") != nullptr;
}
bool writing_golden_store() {
  const char* v = std::getenv("LIBCOACH_STORE_WRITE_GOLDEN");
  return v != nullptr && std::string(v) != "derived";
}

boost::uuids::uuid u(std::uint8_t n) {
  boost::uuids::uuid id{};
  for (std::size_t i = 0; i < 16; ++i)
    id.data[i] = static_cast<std::uint8_t>(n + i);
  return id;
}
Date day(int n) {
  return Date::from_days(20454 + n);
}
Timestamp ts(int n) {
  return Timestamp::from_unix(1767225600 + n);
}

RecordMeta meta(std::uint8_t n) {
  RecordMeta m;
  m.id = RecordId{u(n)};
  m.engagement = EngagementId{u(200)};
  m.client = ClientId{u(210)};
  m.scope = Scope::client_private;
  m.author = Actor{Role::client, u(210)};
  m.created = ts(n);
  m.created_seq = n;
  m.redacted = n % 2 == 0;
  return m;
}

/// One value of every payload alternative, every field set to something distinctive.
std::vector<EventPayload> sample_payloads() {
  std::vector<EventPayload> out;
  out.push_back(Created<Admin>{{AdminId{u(1)}, "Admin name", "admin@example.org"}});
  out.push_back(Created<Coach>{{CoachId{u(2)}, "Coach", "coach@example.org", Credential::mcc}});
  out.push_back(
      Created<Client>{{ClientId{u(3)}, "Client", "client@example.org", OrganizationId{u(4)}}});
  out.push_back(Created<Organization>{{OrganizationId{u(4)}, "Org"}});
  out.push_back(Created<SponsorContact>{
      {SponsorContactId{u(5)}, OrganizationId{u(4)}, "Contact", "c@example.org", ContactRole::hr}});
  out.push_back(Created<Supervisor>{
      {SupervisorId{u(6)}, "Sup", "s@example.org", {CoachId{u(2)}, CoachId{u(7)}}}});
  Agreement ag{day(1), day(300), 12, "terms", SponsorTerms{false, true, true}, day(0)};
  Engagement e;
  e.id = EngagementId{u(200)};
  e.coach = CoachId{u(2)};
  e.client = ClientId{u(3)};
  e.sponsor = OrganizationId{u(4)};
  e.sponsor_contacts = {SponsorContactId{u(5)}};
  e.agreement = ag;
  e.status = EngagementStatus::paused;
  e.coach_since_seq = 17;
  e.past_coaches = {CoachTenure{CoachId{u(7)}, 3, 17}};
  e.created = ts(9);
  out.push_back(Created<Engagement>{e});
  out.push_back(Created<Session>{
      {meta(10), ts(100), 90, Modality::phone, SessionStatus::no_show, true, true}});
  out.push_back(Created<Note>{{meta(11), SessionId{u(10)}, "note text"}});
  Goal g;
  g.meta = meta(12);
  g.title = "goal";
  g.description = "description";
  g.metric = "metric";
  g.unit = "unit";
  g.baseline = 1.5;
  g.target = -2.25;
  g.history = {{day(3), 0.5}, {day(4), 0.75}};
  g.due = day(90);
  g.status = GoalStatus::achieved;
  g.shared_with_sponsor = true;
  out.push_back(Created<Goal>{g});
  out.push_back(Created<Milestone>{{meta(13), GoalId{u(12)}, "milestone", day(5), day(6)}});
  out.push_back(Created<ActionItem>{{meta(14), GoalId{u(12)}, "action", day(7), std::nullopt}});
  out.push_back(Created<Habit>{
      {meta(15), std::nullopt, "habit", Cadence::weekly, {{day(8), false}, {day(9), true}}}});
  out.push_back(Created<SkillRating>{{meta(16), "competency", {{day(10), 7}}}});
  out.push_back(Created<Value>{{meta(17), "value", 3, "meaning"}});
  out.push_back(Created<Belief>{
      {meta(18), "statement", BeliefKind::empowering, "category", {{day(11), 9}}, "reframe"}});
  out.push_back(Created<Fear>{{meta(19), "fear", 8}});
  out.push_back(Created<Purpose>{{meta(20), "purpose", "experience"}});
  out.push_back(Created<Reflection>{
      {meta(21), ReflectionPractice::sitting_with_feelings, day(12), "reflection"}});
  out.push_back(Created<Insight>{{meta(22), day(13), "insight"}});
  out.push_back(Created<WellbeingCheckIn>{{meta(23), day(14), 1, 2, 3, 4}});
  out.push_back(Created<InnerLink>{{meta(24), RecordKind::fear, RecordId{u(19)}, GoalId{u(12)}}});
  out.push_back(Created<Referral>{{meta(25), day(15), "reason", "referred to"}});
  Consent c;
  c.meta = meta(26);
  c.consent_kind = ConsentKind::access;
  c.grantee = Actor{Role::supervisor, u(6)};
  c.records = {RecordId{u(11)}};
  c.kinds = {RecordKind::note, RecordKind::goal};
  c.purpose = "supervision";
  c.from = day(16);
  c.to = day(17);
  c.revoked = ts(18);
  out.push_back(Created<Consent>{c});
  out.push_back(Created<Disclosure>{{meta(27), RecordKind::note, RecordId{u(11)},
                                     DisclosureReason::danger_to_others, "why", "whom"}});
  out.push_back(AgreementSet{EngagementId{u(200)}, ag});
  out.push_back(EngagementStatusChanged{EngagementId{u(200)}, EngagementStatus::ended_early});
  out.push_back(EngagementHandedOver{EngagementId{u(200)}, CoachId{u(7)}});
  out.push_back(SessionStatusChanged{SessionId{u(10)}, SessionStatus::held});
  out.push_back(GoalMeasured{GoalId{u(12)}, {day(18), 3.125}});
  out.push_back(GoalStatusChanged{GoalId{u(12)}, GoalStatus::abandoned});
  out.push_back(GoalSharingChanged{GoalId{u(12)}, true});
  out.push_back(MilestoneReached{MilestoneId{u(13)}, day(19)});
  out.push_back(ActionItemCompleted{ActionItemId{u(14)}, day(20)});
  out.push_back(HabitCheckedIn{HabitId{u(15)}, {day(21), true}});
  out.push_back(SkillRated{SkillId{u(16)}, {day(22), 10}});
  out.push_back(BeliefStrengthRecorded{BeliefId{u(18)}, {day(23), 0}});
  out.push_back(BeliefReframed{BeliefId{u(18)}, "new reframe", ClientId{u(3)}});
  out.push_back(ConsentRevoked{ConsentId{u(26)}, ts(24)});
  out.push_back(ClientShredded{ClientId{u(3)}});
  out.push_back(LegalHoldChanged{ClientId{u(3)}, true});
  out.push_back(RecordsErased{{RecordId{u(11)}, RecordId{u(21)}}, ErasureReason::retention});
  return out;
}

AuditEntry sample_audit() {
  AuditEntry a;
  a.sequence = 1;
  a.at = ts(30);
  a.viewer = Actor{Role::coach, u(2)};
  a.action = AuditAction::export_;
  a.kind = RecordKind::reflection;
  a.record = RecordId{u(21)};
  a.engagement = EngagementId{u(200)};
  a.client = ClientId{u(3)};
  a.purpose = "purpose";
  a.outcome = AuditOutcome::redacted;
  a.count = 2;
  a.hash = audit_hash(a);
  return a;
}

std::string sample_shapes() {
  std::string out;
  std::uint64_t seq = 1;
  for (auto& payload : sample_payloads()) {
    const Event e{seq, ts(static_cast<int>(seq)), Actor{Role::admin, u(1)}, std::move(payload)};
    st::append_frame(out, st::FrameType::event, st::encode_event(e));
    ++seq;
  }
  st::append_frame(out, st::FrameType::audit, st::encode_audit_entry(sample_audit()));
  return out;
}

TEST(Golden, SamplesCoverEveryPayloadKind) {
  const auto payloads = sample_payloads();
  ASSERT_EQ(payloads.size(), std::variant_size_v<EventPayload>);
  for (std::size_t i = 0; i < payloads.size(); ++i)
    EXPECT_EQ(payloads[i].index(), i);
}

TEST(Golden, SerializedShapesMatchTheCommittedBytes) {
  const fs::path file = kGolden / "shapes.bin";
  const std::string now = sample_shapes();
  if (writing_golden()) {
    fs::create_directories(kGolden);
    write_file(file, now);
  }
  ASSERT_TRUE(fs::exists(file)) << "missing golden file " << file;
  const std::string golden = read_file(file);
  EXPECT_EQ(now.size(), golden.size());
  EXPECT_TRUE(now == golden)
      << "a serialized shape changed: bump the class version of the changed type in "
         "libcoach/src/store/serialize.hpp, keep reading the old shape, and regenerate";
  // And every golden frame still decodes to the same bytes.
  std::string file_bytes = st::encode_header({}) + golden;
  const auto scan = st::scan_frames(file_bytes);
  ASSERT_EQ(scan.stop, st::ScanStop::end);
  for (const auto& f : scan.frames) {
    if (f.type == st::FrameType::event) {
      EXPECT_EQ(st::encode_event(st::decode_event(f.payload)), f.payload);
    } else {
      EXPECT_EQ(st::encode_audit_entry(st::decode_audit_entry(f.payload)), f.payload);
    }
  }
}

void write_golden_store(const fs::path& dir) {
  Practice p = Practice::create(dir, fixed_options(99));
  const AllKinds k = populate_all_kinds(p);
  p.snapshot();
  const Actor coach = Actor::coach(k.coach2);
  p.add_note(coach, k.engagement, {Scope::coaching, "after the snapshot", {}});
  p.batch([&] {
    p.add_note(coach, k.engagement, {Scope::coaching, "batch one", {}});
    p.add_note(coach, k.engagement, {Scope::coaching, "batch two", {}});
  });
  p.view(Actor::client(k.client)).notes(k.engagement);
  p.close();
  fs::remove(dir / "LOCK");
}

TEST(Golden, StoreDirectoryOfFormatVersionOneLoads) {
  const fs::path golden_store = kGolden / "store";
  if (writing_golden_store()) {
    TempDir fresh;
    write_golden_store(fresh / "store");
    fs::remove_all(golden_store);
    copy_dir(fresh / "store", golden_store);
  }
  if (writing_golden()) {
    OpenOptions ro;
    ro.read_only = true;
    write_file(kGolden / "state.bin", state_bytes(Practice::open(golden_store, {}, ro)));
  }
  ASSERT_TRUE(fs::exists(golden_store / "journal")) << "missing golden store " << golden_store;
  TempDir work;
  copy_dir(golden_store, work.path());
  const VerifyReport v = verify_store(work.path());
  EXPECT_TRUE(v.ok);
  EXPECT_EQ(v.format_version, 1u);
  EXPECT_GT(v.snapshot_sequence, 0u);
  {
    OpenOptions ro;
    ro.read_only = true;
    ro.read_only_audit = ReadOnlyAudit::memory;
    Practice p = Practice::open(work.path(), {}, ro);
    EXPECT_TRUE(p.store_report().torn_tails.empty());
    EXPECT_EQ(p.store_report().replayed_events, 3u);
    EXPECT_GT(p.stats().audit_entries, 0u);
    EXPECT_EQ(state_bytes(p), read_file(kGolden / "state.bin"));
  }
  // A writer can take it over and go on.
  Practice w = Practice::open(work.path());
  const auto& engagement = PracticeAccess::core(w).state.table<Engagement>().rows().front();
  w.add_note(Actor::coach(engagement.coach), engagement.id, {Scope::coaching, "new", {}});
}

}  // namespace
