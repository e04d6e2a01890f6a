// Rule 7: nothing confidential reaches a log line or an exception message. Every content
// field of a practice holds a distinctive secret (all carry the marker "ZqX"); the test logs
// everything libcoach says at trace level, triggers every error path it can reach — refused
// reads and writes, validation failures with the secret as the offending input, refused
// disclosures, parse errors — and checks that no marker appears in any what() or log line.

#include <gtest/gtest.h>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "policy_fixture.hpp"

namespace libcoach {
namespace {

constexpr const char* kMarker = "zqx";  // Compared case-insensitively.

std::string secret(const std::string& field) {
  return "ZqX-" + field + "-ZqX";
}
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}
/// `s` repeated until it is longer than `bytes`.
std::string longer_than(const std::string& s, std::size_t bytes) {
  std::string out;
  while (out.size() <= bytes)
    out += s + " ";
  return out;
}

class ConfidentialityLeaks : public ::testing::Test {
 protected:
  void SetUp() override {
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(log_);
    auto capture = std::make_shared<spdlog::logger>("libcoach", sink);
    capture->set_level(spdlog::level::trace);
    capture->flush_on(spdlog::level::trace);
    set_logger(capture);
  }
  void TearDown() override { set_logger(nullptr); }

  /// Runs `f`, which must throw a libcoach error; keeps its message.
  template <class F>
  void error_path(const std::string& label, F&& f) {
    try {
      f();
      ADD_FAILURE() << label << ": expected an error";
    } catch (const Error& e) {
      messages_.push_back({label, e.what()});
    } catch (const std::exception& e) {
      ADD_FAILURE() << label << ": not a libcoach::Error: " << e.what();
      messages_.push_back({label, e.what()});
    }
  }

  void expect_no_secret_anywhere() {
    for (const auto& [label, message] : messages_) {
      EXPECT_EQ(lower(message).find(kMarker), std::string::npos)
          << label << " leaked content in its message: " << message;
    }
    std::istringstream lines(log_.str());
    std::string line;
    while (std::getline(lines, line)) {
      EXPECT_EQ(lower(line).find(kMarker), std::string::npos) << "log line leaked: " << line;
    }
  }

  std::ostringstream log_;
  std::vector<std::pair<std::string, std::string>> messages_;
};

TEST_F(ConfidentialityLeaks, NoContentInAnyErrorMessageOrLogLine) {
  testing::ManualClock clock(Timestamp::at(testing::day(2026, 3, 2), 9));
  Practice p(PracticeOptions{clock.clock(), 7});
  const Date today = clock.today();

  // ---- A practice whose every text field is a secret --------------------------------------
  const AdminId admin_id = p.add_first_admin({secret("admin-name"), "zqx.admin@practice.example"});
  const Actor admin = Actor::admin(admin_id);
  const OrganizationId org = p.add_organization(admin, secret("org-name"));
  const SponsorContactId hr_id = p.add_sponsor_contact(
      admin, {org, secret("contact-name"), "zqx.hr@sponsor.example", ContactRole::hr});
  const SponsorContactId other_id = p.add_sponsor_contact(
      admin, {org, secret("colleague-name"), "zqx.colleague@sponsor.example", ContactRole::other});
  const CoachId coach_id =
      p.add_coach(admin, {secret("coach-name"), "zqx.coach@practice.example", Credential::pcc});
  const CoachId next_id =
      p.add_coach(admin, {secret("next-coach-name"), "zqx.next@practice.example", Credential::acc});
  const ClientId client_id =
      p.add_client(admin, {secret("client-name"), "zqx.client@sponsor.example", org});
  const SupervisorId sup_id = p.add_supervisor(
      admin, {secret("supervisor-name"), "zqx.sup@supervision.example", {coach_id}});
  const Actor coach = Actor::coach(coach_id);
  const Actor next = Actor::coach(next_id);
  const Actor client = Actor::client(client_id);
  const Actor hr = Actor::sponsor(hr_id);
  const Actor colleague = Actor::sponsor(other_id);
  const Actor sup = Actor::supervisor(sup_id);

  const EngagementId e = p.propose_engagement(admin, {coach_id, client_id, org, {hr_id}});
  p.set_agreement(admin, e,
                  Agreement{today, today.plus_days(200), 10, secret("confidentiality-terms"),
                            SponsorTerms{true, true, true}, today});
  p.set_engagement_status(admin, e, EngagementStatus::active);
  const SessionId session = p.schedule_session(coach, e, {Timestamp::at(today.plus_days(3), 10)});
  const NoteId note = p.add_note(coach, e, {Scope::coaching, secret("session-note"), session});
  const NoteId process = p.add_note(coach, e, {Scope::coach_private, secret("process-note"), {}});
  const NoteId journal = p.add_note(client, e, {Scope::client_private, secret("journal"), {}});
  const NoteId ops = p.add_note(admin, e, {Scope::operational, secret("ops-note"), {}});
  GoalSpec g;
  g.title = secret("goal-title");
  g.description = secret("goal-description");
  g.metric = secret("goal-metric");
  g.unit = secret("goal-unit");
  g.target = 3;
  const GoalId goal = p.add_goal(client, e, g);
  g.title = secret("shared-goal-title");
  g.shared_with_sponsor = true;
  const GoalId shared = p.add_goal(client, e, g);
  p.record_goal_progress(client, goal, today, 1);
  const MilestoneId milestone = p.add_milestone(coach, e, {goal, secret("milestone"), {}});
  p.add_action_item(client, e, {goal, secret("action"), {}});
  const HabitId habit = p.add_habit(client, e, {goal, secret("habit"), Cadence::daily});
  p.check_in_habit(client, habit, today, true);
  const SkillId skill = p.add_skill(coach, e, {secret("skill")});
  p.rate_skill(coach, skill, today, 6);
  const ValueId value = p.add_value(client, e, {secret("value-name"), 1, secret("value-meaning")});
  BeliefSpec b;
  b.statement = secret("belief-statement");
  b.category = secret("belief-category");
  b.reframe = secret("belief-reframe");
  b.on = today;
  const BeliefId belief = p.add_belief(client, e, b);
  p.record_belief_strength(client, belief, today.plus_days(1), 4);
  p.reframe_belief(client, belief, secret("belief-new-reframe"));
  const FearId fear = p.add_fear(client, e, {secret("fear"), 8});
  p.add_purpose(client, e, {secret("purpose"), secret("formative-experience")});
  const ReflectionId reflection = p.add_reflection(
      client, e, {ReflectionPractice::sitting_with_feelings, today, secret("reflection")});
  p.add_insight(client, e, {today, secret("insight"), Scope::client_private});
  p.check_in_wellbeing(client, e, {today, 3, 8, 6, 3});
  p.link_inner_to_goal(client, belief.record(), goal);
  const ReferralId referral =
      p.refer_to_therapist(coach, e, {today, secret("referral-reason"), secret("therapist")});
  ConsentSpec consent;
  consent.grantee = sup;
  consent.records = {note.record()};
  consent.purpose = secret("consent-purpose");
  consent.from = today;
  consent.to = today.plus_days(10);
  const ConsentId consent_id = p.grant_consent(client, e, consent);
  p.disclose(coach, {note.record(), DisclosureReason::danger_to_others,
                     secret("disclosure-justification"), secret("disclosure-recipient")});

  // ---- Refused reads, through every path --------------------------------------------------
  for (const Actor& viewer : {hr, colleague, admin, next, sup}) {
    const View v = p.view(viewer);
    const std::string who = std::string(to_string(viewer.role)) + " ";
    auto maybe = [&](const std::string& label, const std::function<void()>& f) {
      try {
        f();
      } catch (const Error& err) {
        messages_.push_back({who + label, err.what()});
      }
    };
    maybe("engagement", [&] { (void)v.engagement(e); });
    maybe("notes", [&] { (void)v.notes(e); });
    maybe("beliefs", [&] { (void)v.beliefs(e); });
    maybe("goals", [&] { (void)v.goals(e); });
    maybe("note", [&] { (void)v.note(note); });
    maybe("process", [&] { (void)v.note(process); });
    maybe("journal", [&] { (void)v.note(journal); });
    maybe("ops", [&] { (void)v.note(ops); });
    maybe("goal", [&] { (void)v.goal(goal); });
    maybe("shared goal", [&] { (void)v.goal(shared); });
    maybe("belief", [&] { (void)v.belief(belief); });
    maybe("value", [&] { (void)v.value(value); });
    maybe("reflection", [&] { (void)v.reflection(reflection); });
    maybe("session", [&] { (void)v.session(session); });
    maybe("client", [&] { (void)v.client(client_id); });
    maybe("access log", [&] { (void)v.access_log(client_id); });
    maybe("audit trail", [&] { (void)v.audit_trail(); });
  }
  error_path("sponsor belief lookup", [&] { (void)p.view(hr).belief(belief); });
  error_path("unlisted contact belief lookup", [&] { (void)p.view(colleague).belief(belief); });
  error_path("admin journal", [&] { (void)p.view(admin).note(journal); });
  error_path("missing note", [&] { (void)p.view(coach).note(NoteId{}); });

  // ---- Refused writes, with the secret as the new content ---------------------------------
  error_path("sponsor reframes", [&] { p.reframe_belief(hr, belief, secret("hr-reframe")); });
  error_path("colleague reframes",
             [&] { p.reframe_belief(colleague, belief, secret("colleague-reframe")); });
  error_path("sponsor notes", [&] { p.add_note(hr, e, {Scope::coaching, secret("hr-note"), {}}); });
  error_path("admin adds belief", [&] {
    BeliefSpec s = b;
    s.statement = secret("admin-belief");
    p.add_belief(admin, e, s);
  });
  error_path("coach registers a coach", [&] {
    p.add_coach(coach, {secret("new-coach"), "zqx.new@x.example", Credential::none});
  });
  error_path("sponsor shares a goal", [&] { p.set_goal_shared(hr, goal, true); });
  error_path("coach shares a goal", [&] {
    GoalSpec s = g;
    s.title = secret("coach-shared-goal");
    p.add_goal(coach, e, s);
  });
  error_path("sponsor refers", [&] {
    p.refer_to_therapist(hr, e, {today, secret("hr-referral"), secret("hr-therapist")});
  });
  error_path("coach grants consent", [&] {
    ConsentSpec s = consent;
    s.purpose = secret("coach-consent");
    p.grant_consent(coach, e, s);
  });
  error_path("sponsor links", [&] { p.link_inner_to_goal(hr, belief.record(), shared); });
  error_path("client edits process note's engagement as another client", [&] {
    p.add_note(Actor::client(ClientId{}), e, {Scope::coaching, secret("ghost"), {}});
  });

  // ---- Validation failures with the secret as input ---------------------------------------
  error_path("note too long", [&] {
    p.add_note(coach, e,
               {Scope::coaching, longer_than(secret("long-note"), kMaxLongTextBytes), {}});
  });
  error_path("note control char", [&] {
    p.add_note(coach, e, {Scope::coaching, secret("ctl") + "\x01", {}});
  });
  error_path("note invalid utf8", [&] {
    p.add_note(coach, e, {Scope::coaching, secret("utf") + "\xC3\x28", {}});
  });
  error_path("client note scope", [&] {
    p.add_note(client, e, {Scope::coach_private, secret("scope-note"), {}});
  });
  error_path("goal title multi-line", [&] {
    GoalSpec s = g;
    s.title = secret("goal-line") + "\n" + secret("goal-second-line");
    p.add_goal(client, e, s);
  });
  error_path("goal title too long", [&] {
    GoalSpec s = g;
    s.title = longer_than(secret("goal-long"), kMaxNameBytes);
    p.add_goal(client, e, s);
  });
  error_path("goal description too long", [&] {
    GoalSpec s = g;
    s.description = longer_than(secret("desc-long"), kMaxShortTextBytes);
    p.add_goal(client, e, s);
  });
  error_path("belief sponsor scope", [&] {
    BeliefSpec s = b;
    s.statement = secret("sponsor-belief");
    s.scope = Scope::sponsor;
    p.add_belief(client, e, s);
  });
  error_path("belief strength out of range", [&] {
    BeliefSpec s = b;
    s.statement = secret("strong-belief");
    s.strength = 11;
    p.add_belief(client, e, s);
  });
  error_path("blank reframe", [&] { p.reframe_belief(client, belief, " \t "); });
  error_path("reframe too long", [&] {
    p.reframe_belief(client, belief, longer_than(secret("reframe-long"), kMaxShortTextBytes));
  });
  error_path("value name control char", [&] {
    p.add_value(client, e, {secret("value-ctl") + "\x7f", 1, secret("meaning")});
  });
  error_path("fear intensity", [&] { p.add_fear(client, e, {secret("fear-hot"), 42}); });
  error_path("reflection too long", [&] {
    p.add_reflection(client, e,
                     {ReflectionPractice::journaling, today,
                      longer_than(secret("reflection-long"), kMaxLongTextBytes)});
  });
  error_path("insight coach private", [&] {
    p.add_insight(client, e, {today, secret("insight-private"), Scope::coach_private});
  });
  error_path("email invalid", [&] {
    p.add_client(admin, {secret("client-two"), secret("not-an-email"), std::nullopt});
  });
  error_path("name blank", [&] {
    p.add_coach(admin, {"   ", "zqx.blank@x.example", Credential::none});
  });
  error_path("organization name too long",
             [&] { p.add_organization(admin, longer_than(secret("org-long"), kMaxNameBytes)); });
  error_path("agreement end before start", [&] {
    p.set_agreement(admin, e,
                    Agreement{today, today.plus_days(-1), 10, secret("terms-two"), {}, today});
  });
  error_path("agreement blank terms", [&] {
    p.set_agreement(admin, e, Agreement{today, today, 10, "  ", {}, today});
  });
  error_path("consent period reversed", [&] {
    ConsentSpec s = consent;
    s.purpose = secret("reversed-consent");
    s.to = s.from.plus_days(-1);
    p.grant_consent(client, e, s);
  });
  error_path("consent purpose multi-line", [&] {
    ConsentSpec s = consent;
    s.purpose = secret("consent-a") + "\n" + secret("consent-b");
    p.grant_consent(client, e, s);
  });
  error_path("consent sponsor inner kind", [&] {
    ConsentSpec s = consent;
    s.grantee = hr;
    s.records = {};
    s.kinds = {RecordKind::belief};
    s.purpose = secret("hr-consent");
    p.grant_consent(client, e, s);
  });
  error_path("consent coach private record", [&] {
    ConsentSpec s = consent;
    s.records = {process.record()};
    p.grant_consent(client, e, s);
  });
  error_path("consent referral", [&] {
    ConsentSpec s = consent;
    s.records = {referral.record()};
    p.grant_consent(client, e, s);
  });
  error_path("revoke twice", [&] {
    p.revoke_consent(client, consent_id);
    p.revoke_consent(client, consent_id);
  });
  error_path("milestone of another goal id", [&] {
    p.add_milestone(coach, e, {GoalId{}, secret("orphan-milestone"), {}});
  });
  error_path("milestone twice", [&] {
    p.reach_milestone(coach, milestone, today);
    p.reach_milestone(coach, milestone, today);
  });
  error_path("referral recipient too long", [&] {
    p.refer_to_therapist(
        coach, e, {today, secret("ref-two"), longer_than(secret("therapist-long"), kMaxNameBytes)});
  });

  // ---- Disclosure refused, and disclosure validation --------------------------------------
  const DisclosureSpec leak{belief.record(), DisclosureReason::illegal_activity,
                            secret("hr-justification"), secret("hr-recipient")};
  error_path("sponsor discloses", [&] { p.disclose(hr, leak); });
  error_path("colleague discloses", [&] { p.disclose(colleague, leak); });
  error_path("admin discloses", [&] { p.disclose(admin, leak); });
  error_path("supervisor discloses", [&] { p.disclose(sup, leak); });
  error_path("client discloses", [&] { p.disclose(client, leak); });
  error_path("coach discloses the journal", [&] {
    p.disclose(coach, {journal.record(), DisclosureReason::legal_requirement,
                       secret("journal-justification"), secret("journal-recipient")});
  });
  error_path("coach discloses without justification", [&] {
    p.disclose(coach, {fear.record(), DisclosureReason::danger_to_self, "", secret("recipient-2")});
  });
  error_path("coach discloses to an over-long recipient", [&] {
    p.disclose(coach, {fear.record(), DisclosureReason::danger_to_self, secret("why-3"),
                       longer_than(secret("recipient-long"), kMaxNameBytes)});
  });
  error_path("disclose a missing record", [&] {
    p.disclose(coach, {RecordId{}, DisclosureReason::danger_to_self, secret("why-4"),
                       secret("recipient-4")});
  });

  // A handover (logged) and the old coach's attempts afterwards.
  p.hand_over(admin, e, next_id);
  error_path("old coach reads", [&] { (void)p.view(coach).note(process); });
  error_path("old coach discloses", [&] {
    p.disclose(coach, {process.record(), DisclosureReason::legal_requirement, secret("old-why"),
                       secret("old-recipient")});
  });
  error_path("new coach reads the old process note", [&] { (void)p.view(next).note(process); });
  error_path("new coach reads an old belief", [&] { (void)p.view(next).belief(belief); });

  // ---- Parsers fed with the secret --------------------------------------------------------
  const std::string s = secret("parse-input");
  error_path("Date::parse", [&] { (void)Date::parse(s); });
  error_path("Timestamp::parse", [&] { (void)Timestamp::parse(s); });
  error_path("RecordId::parse", [&] { (void)RecordId::parse(s); });
  error_path("ClientId::parse", [&] { (void)ClientId::parse(s); });
  error_path("Actor::parse", [&] { (void)Actor::parse("client:" + s); });
  error_path("parse_role", [&] { (void)parse_role(s); });
  error_path("parse_scope", [&] { (void)parse_scope(s); });
  error_path("parse_record_kind", [&] { (void)parse_record_kind(s); });
  error_path("parse_disclosure_reason", [&] { (void)parse_disclosure_reason(s); });
  error_path("parse_consent_kind", [&] { (void)parse_consent_kind(s); });
  error_path("parse_belief_kind", [&] { (void)parse_belief_kind(s); });
  error_path("parse_goal_status", [&] { (void)parse_goal_status(s); });
  error_path("parse_reflection_practice", [&] { (void)parse_reflection_practice(s); });
  error_path("parse_engagement_status", [&] { (void)parse_engagement_status(s); });
  error_path("parse_credential", [&] { (void)parse_credential(s); });

  // The capture works: the disclosure and the handover were logged, and events at debug.
  const std::string logged = log_.str();
  EXPECT_NE(logged.find("break-glass disclosure"), std::string::npos) << logged;
  EXPECT_NE(logged.find("handed over"), std::string::npos) << logged;
  EXPECT_NE(logged.find("applied"), std::string::npos) << logged;
  EXPECT_GE(messages_.size(), 80u);

  expect_no_secret_anywhere();
}

TEST_F(ConfidentialityLeaks, TheLeakCheckWouldSeeALeak) {
  // The checker itself must be able to fail: a message and a log line that do carry a secret.
  messages_.push_back({"planted", "belief " + secret("planted")});
  libcoach::logger()->info("planted {}", secret("log"));
  std::size_t leaks = 0;
  for (const auto& [label, message] : messages_) {
    leaks += lower(message).find(kMarker) != std::string::npos;
  }
  EXPECT_EQ(leaks, 1u);
  EXPECT_NE(lower(log_.str()).find(kMarker), std::string::npos);
  messages_.clear();
}

}  // namespace
}  // namespace libcoach
