// The audit trail: which reads and attempts append entries, what an entry carries (never
// content), the BLAKE2b hash chain and its verification, and the client's access log.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "policy_fixture.hpp"

namespace libcoach {
namespace {

using testing::ThreeWay;

class AuditTrailTest : public ::testing::Test {
 protected:
  void SetUp() override {
    w.terms.redacted_unshared_goals = true;
    w.start();
    session =
        w.practice.schedule_session(w.admin(), w.e, {Timestamp::at(testing::day(2026, 3, 5), 10)});
    note = w.practice.add_note(w.coach(), w.e, {Scope::coaching, "Budget fears came up", {}});
    process = w.practice.add_note(w.coach(), w.e, {Scope::coach_private, "Watch for rescuing", {}});
    BeliefSpec spec;
    spec.statement = "I have to earn rest";
    spec.on = testing::day(2026, 3, 5);
    belief = w.practice.add_belief(w.client(), w.e, spec);
    GoalSpec g;
    g.title = "Take a real lunch break";
    unshared_goal = w.practice.add_goal(w.client(), w.e, g);
    g.title = "Run the weekly review without me";
    g.shared_with_sponsor = true;
    shared_goal = w.practice.add_goal(w.client(), w.e, g);
  }

  std::vector<AuditEntry> trail() const { return w.view(w.admin()).audit_trail(); }
  std::vector<AuditEntry> new_entries(std::size_t from) const {
    const std::vector<AuditEntry> all = trail();
    return {all.begin() + static_cast<std::ptrdiff_t>(from), all.end()};
  }

  ThreeWay w;
  SessionId session;
  NoteId note;
  NoteId process;
  BeliefId belief;
  GoalId unshared_goal;
  GoalId shared_goal;
};

// ---- What is audited -----------------------------------------------------------------------

TEST_F(AuditTrailTest, AConfidentialLookupAppendsOneEntryWithWhoWhatAndWhy) {
  const std::size_t before = trail().size();
  const View coach = w.view(w.coach()).with_purpose("session-prep");
  (void)coach.note(note);
  const std::vector<AuditEntry> added = new_entries(before);
  ASSERT_EQ(added.size(), 1u);
  const AuditEntry& a = added[0];
  EXPECT_EQ(a.viewer, w.coach());
  EXPECT_EQ(a.viewer.role, Role::coach);
  EXPECT_EQ(a.action, AuditAction::read);
  EXPECT_EQ(a.kind, RecordKind::note);
  EXPECT_EQ(a.record, note.record());
  EXPECT_EQ(a.engagement, w.e);
  EXPECT_EQ(a.client, w.client_id);
  EXPECT_EQ(a.purpose, "session-prep");
  EXPECT_EQ(a.outcome, AuditOutcome::allowed);
  EXPECT_EQ(a.count, 1u);
  EXPECT_EQ(a.at, w.clock.now());
  EXPECT_EQ(a.sequence, before + 1);
}

TEST_F(AuditTrailTest, OperationalReadsAreNotAuditedButRefusedOnesAre) {
  std::size_t before = trail().size();
  (void)w.view(w.admin()).session(session);
  (void)w.view(w.sponsor_hr()).sessions(w.e);
  (void)w.view(w.sponsor_hr()).goal(shared_goal);  // Sponsor scope: not confidential.
  EXPECT_EQ(trail().size(), before);

  // A refused operational read is audited.
  before = trail().size();
  (void)w.view(w.admin()).notes(w.e);  // Coaching notes are refused to the admin.
  const std::vector<AuditEntry> added = new_entries(before);
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0].action, AuditAction::list);
  EXPECT_EQ(added[0].outcome, AuditOutcome::denied);
  EXPECT_EQ(added[0].count, 2u);  // The session note and the process note.
  EXPECT_TRUE(added[0].record.is_nil());
}

TEST_F(AuditTrailTest, ADeniedLookupIsAuditedBeforeTheExceptionLeaves) {
  const std::size_t before = trail().size();
  EXPECT_THROW((void)w.view(w.sponsor_hr()).belief(belief), AccessDenied);
  const std::vector<AuditEntry> added = new_entries(before);
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0].viewer, w.sponsor_hr());
  EXPECT_EQ(added[0].kind, RecordKind::belief);
  EXPECT_EQ(added[0].record, belief.record());
  EXPECT_EQ(added[0].outcome, AuditOutcome::denied);
}

TEST_F(AuditTrailTest, AListingWritesOneEntryPerOutcomeWithACount) {
  const NoteId second = w.practice.add_note(w.coach(), w.e, {Scope::coaching, "Second", {}});
  (void)second;
  std::size_t before = trail().size();
  EXPECT_EQ(w.view(w.coach()).notes(w.e).size(), 3u);
  std::vector<AuditEntry> added = new_entries(before);
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0].outcome, AuditOutcome::allowed);
  EXPECT_EQ(added[0].count, 3u);

  // The sponsor: the shared goal (not confidential, not audited), the unshared one redacted.
  before = trail().size();
  EXPECT_EQ(w.view(w.sponsor_hr()).goals(w.e).size(), 2u);
  added = new_entries(before);
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0].kind, RecordKind::goal);
  EXPECT_EQ(added[0].outcome, AuditOutcome::redacted);
  EXPECT_EQ(added[0].count, 1u);

  // The client: two allowed notes, the coach's process note denied.
  before = trail().size();
  EXPECT_EQ(w.view(w.client()).notes(w.e).size(), 2u);
  added = new_entries(before);
  ASSERT_EQ(added.size(), 2u);
  EXPECT_EQ(added[0].outcome, AuditOutcome::allowed);
  EXPECT_EQ(added[0].count, 2u);
  EXPECT_EQ(added[1].outcome, AuditOutcome::denied);
  EXPECT_EQ(added[1].count, 1u);
}

TEST_F(AuditTrailTest, AttemptsOnAnEngagementTheViewerCannotSeeAreAuditedToo) {
  const std::size_t before = trail().size();
  EXPECT_THROW((void)w.view(w.stranger()).notes(w.e), NotFound);
  EXPECT_THROW((void)w.view(w.sponsor_outsider()).engagement(w.e), NotFound);
  EXPECT_THROW((void)w.view(w.sponsor_colleague()).belief(belief), NotFound);
  const std::vector<AuditEntry> added = new_entries(before);
  ASSERT_EQ(added.size(), 3u);
  EXPECT_EQ(added[0].viewer, w.stranger());
  EXPECT_EQ(added[0].action, AuditAction::list);
  EXPECT_EQ(added[0].kind, RecordKind::note);
  EXPECT_EQ(added[0].outcome, AuditOutcome::denied);
  EXPECT_EQ(added[1].viewer, w.sponsor_outsider());
  EXPECT_EQ(added[1].kind, RecordKind::engagement);
  EXPECT_EQ(added[1].record, w.e.record());
  EXPECT_EQ(added[1].outcome, AuditOutcome::denied);
  EXPECT_EQ(added[2].viewer, w.sponsor_colleague());
  EXPECT_EQ(added[2].record, belief.record());
  EXPECT_EQ(added[2].outcome, AuditOutcome::denied);
  for (const AuditEntry& a : added)
    EXPECT_EQ(a.client, w.client_id);
  // A missing id concerns no client: nothing to audit, and the same NotFound.
  const std::size_t after = trail().size();
  EXPECT_THROW((void)w.view(w.stranger()).notes(EngagementId{}), NotFound);
  EXPECT_EQ(trail().size(), after);
}

TEST_F(AuditTrailTest, ConsentGrantRevocationAndDisclosureAreAudited) {
  std::size_t before = trail().size();
  const ConsentId c = w.consent(w.supervisor(), {note.record()}, {}, 30, "supervision");
  std::vector<AuditEntry> added = new_entries(before);
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0].action, AuditAction::consent_grant);
  EXPECT_EQ(added[0].viewer, w.client());
  EXPECT_EQ(added[0].record, c.record());

  before = trail().size();
  w.practice.revoke_consent(w.client(), c);
  added = new_entries(before);
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0].action, AuditAction::consent_revoke);
  EXPECT_EQ(added[0].record, c.record());

  before = trail().size();
  w.practice.disclose(w.coach(), {note.record(), DisclosureReason::legal_requirement,
                                  "Subpoena 2026-114", "District court"});
  EXPECT_THROW(
      w.practice.disclose(w.sponsor_hr(), {note.record(), DisclosureReason::legal_requirement,
                                           "Subpoena 2026-114", "District court"}),
      AccessDenied);
  added = new_entries(before);
  ASSERT_EQ(added.size(), 2u);
  EXPECT_EQ(added[0].action, AuditAction::disclose);
  EXPECT_EQ(added[0].outcome, AuditOutcome::allowed);
  EXPECT_EQ(added[0].purpose, "legal_requirement");
  EXPECT_EQ(added[0].record, note.record());
  EXPECT_EQ(added[1].action, AuditAction::disclose);
  EXPECT_EQ(added[1].outcome, AuditOutcome::denied);
  EXPECT_EQ(added[1].viewer, w.sponsor_hr());
}

TEST_F(AuditTrailTest, EntriesCarryNoContent) {
  (void)w.view(w.coach()).notes(w.e);
  (void)w.view(w.coach()).note(note);
  (void)w.view(w.coach()).note(process);
  (void)w.view(w.client()).belief(belief);
  EXPECT_THROW((void)w.view(w.sponsor_hr()).belief(belief), AccessDenied);
  (void)w.view(w.sponsor_hr()).goals(w.e);
  const std::vector<std::string> content{"Budget fears", "rescuing", "earn rest", "lunch break",
                                         "weekly review"};
  const std::vector<AuditEntry> all = trail();
  ASSERT_GE(all.size(), 6u);
  for (const AuditEntry& a : all) {
    // The only free-form field is the purpose code; it must never hold record content.
    for (const std::string& c : content) {
      EXPECT_EQ(a.purpose.find(c), std::string::npos) << a.purpose;
    }
    EXPECT_LE(a.purpose.size(), 40u);
  }
}

// ---- The hash chain ------------------------------------------------------------------------

class AuditChain : public AuditTrailTest {
 protected:
  void SetUp() override {
    AuditTrailTest::SetUp();
    // Eight or more entries of several kinds.
    (void)w.view(w.coach()).notes(w.e);
    (void)w.view(w.coach()).note(note);
    w.clock.advance_seconds(30);
    (void)w.view(w.client()).belief(belief);
    EXPECT_THROW((void)w.view(w.sponsor_hr()).belief(belief), AccessDenied);
    (void)w.view(w.sponsor_hr()).goals(w.e);
    w.consent(w.supervisor(), {note.record()});
    (void)w.view(w.supervisor()).note(note);
    EXPECT_THROW((void)w.view(w.stranger()).beliefs(w.e), NotFound);
    entries = trail();
    ASSERT_GE(entries.size(), 8u);
    ASSERT_TRUE(verify_audit_chain(entries).ok);
  }
  std::vector<AuditEntry> entries;
};

TEST_F(AuditChain, AnIntactChainVerifies) {
  const AuditVerification v = verify_audit_chain(entries);
  EXPECT_TRUE(v.ok);
  EXPECT_FALSE(v.first_bad.has_value());
  EXPECT_TRUE(v.problem.empty());
  EXPECT_TRUE(PracticeAccess::core(w.practice).audit.verify().ok);
  EXPECT_TRUE(verify_audit_chain({}).ok);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    EXPECT_EQ(entries[i].sequence, i + 1);
    EXPECT_EQ(entries[i].hash, audit_hash(entries[i]));
    if (i > 0) {
      EXPECT_EQ(entries[i].previous, entries[i - 1].hash);
    }
  }
  EXPECT_EQ(entries[0].previous, Digest{});
}

TEST_F(AuditChain, AlteringAnyFieldOfOneEntryIsReportedAtThatEntry) {
  const std::size_t k = 3;  // 0-based; position 4.
  std::vector<void (*)(AuditEntry&)> alterations{
      [](AuditEntry& a) {
        a.outcome =
            AuditOutcome::allowed == a.outcome ? AuditOutcome::denied : AuditOutcome::allowed;
      },
      [](AuditEntry& a) { a.purpose = "nothing-to-see"; },
      [](AuditEntry& a) { a.viewer.role = Role::admin; },
      [](AuditEntry& a) { a.viewer.id.data[0] ^= 1; },
      [](AuditEntry& a) { a.action = AuditAction::export_; },
      [](AuditEntry& a) { a.kind = RecordKind::session; },
      [](AuditEntry& a) { a.record.value.data[15] ^= 0x80; },
      [](AuditEntry& a) { a.engagement.value.data[3] ^= 2; },
      [](AuditEntry& a) { a.client.value.data[7] ^= 4; },
      [](AuditEntry& a) { a.at = a.at.plus_seconds(-3600); },
      [](AuditEntry& a) { a.count += 1; },
  };
  for (std::size_t i = 0; i < alterations.size(); ++i) {
    SCOPED_TRACE("alteration " + std::to_string(i));
    std::vector<AuditEntry> tampered = entries;
    alterations[i](tampered[k]);
    const AuditVerification v = verify_audit_chain(tampered);
    EXPECT_FALSE(v.ok);
    ASSERT_TRUE(v.first_bad.has_value());
    EXPECT_EQ(*v.first_bad, k + 1);
    EXPECT_NE(v.problem.find("altered"), std::string::npos) << v.problem;
  }
  // Altering the last entry is caught too.
  std::vector<AuditEntry> tampered = entries;
  tampered.back().outcome = AuditOutcome::allowed;
  tampered.back().purpose = "x";
  const AuditVerification v = verify_audit_chain(tampered);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, entries.size());
}

TEST_F(AuditChain, ReHashingAnAlteredEntryIsCaughtAtTheNextOne) {
  std::vector<AuditEntry> tampered = entries;
  tampered[2].purpose = "rewritten";
  tampered[2].hash = audit_hash(tampered[2]);
  const AuditVerification v = verify_audit_chain(tampered);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 4u);
}

TEST_F(AuditChain, RemovingAnEntryIsReportedWhereTheGapIs) {
  for (const std::size_t removed : {std::size_t{0}, std::size_t{3}, entries.size() - 2}) {
    SCOPED_TRACE("removed position " + std::to_string(removed + 1));
    std::vector<AuditEntry> tampered = entries;
    tampered.erase(tampered.begin() + static_cast<std::ptrdiff_t>(removed));
    const AuditVerification v = verify_audit_chain(tampered);
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.first_bad, removed + 1);
    EXPECT_FALSE(v.problem.empty());
  }
  // Renumbering after a removal does not help: the chain of hashes breaks there.
  std::vector<AuditEntry> tampered = entries;
  tampered.erase(tampered.begin() + 3);
  for (std::size_t i = 0; i < tampered.size(); ++i)
    tampered[i].sequence = i + 1;
  const AuditVerification v = verify_audit_chain(tampered);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 4u);
}

TEST_F(AuditChain, ReorderingTwoEntriesIsReportedAtTheFirstOfThem) {
  std::vector<AuditEntry> tampered = entries;
  std::swap(tampered[2], tampered[5]);
  AuditVerification v = verify_audit_chain(tampered);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 3u);
  // Adjacent swap, sequence numbers swapped back to look dense.
  tampered = entries;
  std::swap(tampered[4], tampered[5]);
  std::swap(tampered[4].sequence, tampered[5].sequence);
  v = verify_audit_chain(tampered);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 5u);
}

TEST_F(AuditChain, ARestoredTrailIsVerifiedNotTrusted) {
  AuditTrail trail_copy;
  std::vector<AuditEntry> tampered = entries;
  tampered[1].purpose = "rewritten";
  trail_copy.restore(tampered);
  const AuditVerification v = trail_copy.verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 2u);
  AuditTrail good;
  good.restore(entries);
  EXPECT_TRUE(good.verify().ok);
  // Appending after a restore continues the chain.
  AuditEntry next;
  next.viewer = w.client();
  next.client = w.client_id;
  good.append(next);
  EXPECT_TRUE(good.verify().ok);
  EXPECT_EQ(good.entries().back().sequence, entries.size() + 1);
}

// ---- Access log ----------------------------------------------------------------------------

TEST_F(AuditTrailTest, AClientCanListWhoAccessedTheirRecords) {
  (void)w.view(w.coach()).note(note);
  EXPECT_THROW((void)w.view(w.sponsor_hr()).belief(belief), AccessDenied);
  w.consent(w.supervisor(), {note.record()});
  (void)w.view(w.supervisor()).note(note);
  // Another client's records are not in this client's log.
  const NoteId theirs =
      w.practice.add_note(w.stranger(), w.other_e, {Scope::coaching, "Other client", {}});
  (void)w.view(w.stranger()).note(theirs);

  const std::vector<AuditEntry> log = w.view(w.client()).access_log(w.client_id);
  auto has = [&](const Actor& who, AuditAction action, AuditOutcome outcome) {
    return std::any_of(log.begin(), log.end(), [&](const AuditEntry& a) {
      return a.viewer == who && a.action == action && a.outcome == outcome;
    });
  };
  EXPECT_TRUE(has(w.coach(), AuditAction::read, AuditOutcome::allowed));
  EXPECT_TRUE(has(w.sponsor_hr(), AuditAction::read, AuditOutcome::denied));
  EXPECT_TRUE(has(w.supervisor(), AuditAction::read, AuditOutcome::allowed));
  EXPECT_TRUE(has(w.client(), AuditAction::consent_grant, AuditOutcome::allowed));
  EXPECT_FALSE(has(w.stranger(), AuditAction::read, AuditOutcome::allowed));
  for (const AuditEntry& a : log)
    EXPECT_EQ(a.client, w.client_id);

  const std::vector<AuditEntry> other = w.view(w.other_client()).access_log(w.other_client_id);
  ASSERT_FALSE(other.empty());
  for (const AuditEntry& a : other)
    EXPECT_EQ(a.client, w.other_client_id);
}

TEST_F(AuditTrailTest, OnlyTheClientMayReadTheirAccessLog) {
  for (const Actor& a :
       {w.coach(), w.sponsor_hr(), w.admin(), w.supervisor(), w.other_client(), w.stranger()}) {
    SCOPED_TRACE(a.to_string());
    EXPECT_THROW((void)w.view(a).access_log(w.client_id), AccessDenied);
  }
  EXPECT_THROW((void)w.view(w.client()).access_log(w.other_client_id), AccessDenied);
  EXPECT_NO_THROW((void)w.view(w.client()).access_log(w.client_id));
  // The whole trail is for practice admins.
  for (const Actor& a : {w.coach(), w.client(), w.sponsor_hr(), w.supervisor()}) {
    EXPECT_THROW((void)w.view(a).audit_trail(), AccessDenied);
  }
}

}  // namespace
}  // namespace libcoach
