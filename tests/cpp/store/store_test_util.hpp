#pragma once
// Shared helpers of the store tests: scratch directories, a practice that exercises every
// record kind and every event kind, and state comparison by re-serialization.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "libcoach/practice.hpp"
#include "practice_access.hpp"
#include "store/crc32c.hpp"
#include "store/format.hpp"
#include "store/snapshot.hpp"

namespace store_test {

namespace fs = std::filesystem;
using namespace libcoach;

/// A fresh directory under the system temp dir, removed at scope exit.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("libcoach-store-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(rd()) + "-" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

inline PracticeOptions fixed_options(std::uint64_t seed = 7) {
  PracticeOptions o;
  o.clock = stepping_clock(Timestamp::at(Date::from_ymd(2026, 1, 5), 9), 60);
  o.id_seed = seed;
  return o;
}

/// Ids of what populate_all_kinds created.
struct AllKinds {
  AdminId admin;
  CoachId coach, coach2;
  ClientId client;
  OrganizationId org;
  SponsorContactId contact;
  SupervisorId supervisor;
  EngagementId engagement;
  GoalId goal;
  NoteId note;
};

/// Commits at least one event of every payload alternative (every record kind too).
inline AllKinds populate_all_kinds(Practice& p) {
  AllKinds k;
  const auto d = [](unsigned m, unsigned day) { return Date::from_ymd(2026, m, day); };
  k.admin = p.add_first_admin({"Ada Admin", "ada@example.org"});
  const Actor admin = Actor::admin(k.admin);
  p.add_admin(admin, {"Abe Admin", "abe@example.org"});
  k.coach = p.add_coach(admin, {"Cora Coach", "cora@example.org", Credential::pcc});
  k.coach2 = p.add_coach(admin, {"Cole Coach", "cole@example.org", Credential::acc});
  k.org = p.add_organization(admin, "Acme");
  k.client = p.add_client(admin, {"Cliff Client", "cliff@example.org", k.org});
  k.contact = p.add_sponsor_contact(
      admin, {k.org, "Mona Manager", "mona@example.org", ContactRole::manager});
  k.supervisor = p.add_supervisor(admin, {"Sue Supervisor", "sue@example.org", {k.coach}});
  EngagementSpec es;
  es.coach = k.coach;
  es.client = k.client;
  es.sponsor = k.org;
  es.sponsor_contacts = {k.contact};
  k.engagement = p.propose_engagement(admin, es);
  const EngagementId e = k.engagement;
  Agreement ag;
  ag.start = d(1, 5);
  ag.end = d(12, 31);
  ag.session_allotment = 12;
  ag.confidentiality_terms = "Standard terms and their limits";
  ag.sponsor_terms.redacted_unshared_goals = true;
  ag.agreed_on = d(1, 2);
  p.set_agreement(admin, e, ag);
  p.set_engagement_status(admin, e, EngagementStatus::active);
  const Actor c = Actor::coach(k.coach);
  const Actor cl = Actor::client(k.client);
  SessionSpec ss;
  ss.start = Timestamp::at(d(1, 10), 9);
  ss.modality = Modality::in_person;
  ss.pro_bono = true;
  const SessionId s = p.schedule_session(c, e, ss);
  p.set_session_status(c, s, SessionStatus::held);
  k.note = p.add_note(c, e, {Scope::coaching, "Session notes: delegation", s});
  p.add_note(c, e, {Scope::coach_private, "Process note", std::nullopt});
  p.add_note(cl, e, {Scope::client_private, "Journal entry", std::nullopt});
  GoalSpec gs;
  gs.title = "Delegate decisions";
  gs.description = "Hand over routine decisions";
  gs.metric = "decisions delegated per week";
  gs.unit = "decisions";
  gs.baseline = 1;
  gs.target = 10;
  gs.due = d(6, 30);
  gs.shared_with_sponsor = true;
  k.goal = p.add_goal(cl, e, gs);
  p.record_goal_progress(c, k.goal, d(2, 1), 3.5);
  p.set_goal_status(c, k.goal, GoalStatus::active);
  p.set_goal_shared(cl, k.goal, false);
  const MilestoneId m = p.add_milestone(c, e, {k.goal, "First week", d(2, 7)});
  p.reach_milestone(c, m, d(2, 6));
  const ActionItemId a = p.add_action_item(c, e, {k.goal, "List decisions", d(1, 20)});
  p.complete_action_item(cl, a, d(1, 19));
  const HabitId h = p.add_habit(cl, e, {k.goal, "Morning review", Cadence::weekdays});
  p.check_in_habit(cl, h, d(1, 12), true);
  const SkillId sk = p.add_skill(c, e, {"delegation"});
  p.rate_skill(c, sk, d(1, 12), 6);
  ValueSpec vs;
  vs.name = "Integrity";
  vs.meaning = "Doing what I say";
  p.add_value(cl, e, vs);
  BeliefSpec bs;
  bs.statement = "If I don't check everything, it will fail";
  bs.category = "control";
  bs.strength = 8;
  bs.on = d(1, 10);
  const BeliefId b = p.add_belief(cl, e, bs);
  p.record_belief_strength(cl, b, d(2, 10), 6);
  p.reframe_belief(cl, b, "My team can carry more than I think");
  FearSpec fs_;
  fs_.description = "Fear of being seen as weak";
  p.add_fear(cl, e, fs_);
  PurposeSpec ps;
  ps.statement = "Grow people";
  ps.formative_experience = "A mentor who trusted me";
  p.add_purpose(cl, e, ps);
  ReflectionSpec rs;
  rs.practice = ReflectionPractice::walking;
  rs.on = d(1, 11);
  rs.text = "Noticed the urge to step in";
  p.add_reflection(cl, e, rs);
  InsightSpec is;
  is.on = d(1, 12);
  is.text = "Control feels like safety";
  p.add_insight(cl, e, is);
  WellbeingSpec ws;
  ws.on = d(1, 12);
  ws.stress = 7;
  p.check_in_wellbeing(cl, e, ws);
  p.link_inner_to_goal(cl, b.record(), k.goal);
  p.refer_to_therapist(c, e, {d(1, 15), "Beyond coaching scope", "Dr. Therapist"});
  ConsentSpec cs;
  cs.grantee = Actor::supervisor(k.supervisor);
  cs.kinds = {RecordKind::note, RecordKind::goal};
  cs.records = {k.note.record()};
  cs.purpose = "supervision";
  cs.from = d(1, 1);
  cs.to = d(12, 31);
  const ConsentId consent = p.grant_consent(cl, e, cs);
  p.revoke_consent(cl, consent);
  p.disclose(c, {k.note.record(), DisclosureReason::danger_to_self, "Imminent risk",
                 "Emergency services"});
  p.hand_over(admin, e, k.coach2);
  return k;
}

/// The whole state as snapshot bytes: equal bytes, equal state.
inline std::string state_bytes(const Practice& p) {
  const auto& core = PracticeAccess::core(p);
  std::shared_lock lock(core.mutex);
  libcoach::store::FileHeader h;
  h.kind = libcoach::store::FileKind::snapshot;
  h.base_sequence = core.state.last_sequence;
  return libcoach::store::encode_snapshot(core.state, h);
}

inline std::uint64_t last_sequence(const Practice& p) {
  return p.stats().last_sequence;
}

/// Rewrites the CRC of the journal or audit frame at `offset` after its payload was edited
/// (so that the edit reaches the decoder instead of failing the frame's checksum).
inline void refresh_frame_crc(std::string& file, std::size_t offset) {
  namespace st = libcoach::store;
  const std::uint32_t length = st::load_le32(file.data() + offset);
  std::uint32_t crc = st::crc32c(file.data() + offset, 4);
  crc = st::crc32c(file.data() + offset + 8, 1 + std::size_t{length}, crc);
  st::store_le32(file.data() + offset + 4, crc);
}

inline std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// Replaces a file's content in place. Not through O_TRUNC: ext4 flushes a file truncated to
/// zero on close, which would make the many-variants tests crawl.
inline void write_file(const fs::path& p, const std::string& bytes) {
  const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0);
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n =
        ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(done));
    ASSERT_GT(n, 0);
    done += static_cast<std::size_t>(n);
  }
  ASSERT_EQ(::ftruncate(fd, static_cast<off_t>(bytes.size())), 0);
  ::close(fd);
}

/// Copies a store directory (files only).
inline void copy_dir(const fs::path& from, const fs::path& to) {
  fs::create_directories(to);
  for (const auto& entry : fs::directory_iterator(from)) {
    fs::copy_file(entry.path(), to / entry.path().filename(), fs::copy_options::overwrite_existing);
  }
}

}  // namespace store_test
