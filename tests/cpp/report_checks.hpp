#pragma once
// What the report tests share: every rendering of a report, a three-way engagement whose
// every text is a distinct secret, an oracle of the texts a viewer may not see on a generated
// practice, and the golden-file check (LIBCOACH_REPORTS_WRITE_GOLDEN=1 rewrites instead).
// Every person and organization here is invented.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "content_fields.hpp"
#include "libcoach/libcoach.hpp"
#include "policy_fixture.hpp"
#include "practice_core.hpp"

namespace libcoach::testing {

/// Every rendering of a report, concatenated (what a leak search looks at).
template <class R>
std::string all_renderings(const R& report) {
  return render_json(report) + render_csv(report) + render_markdown(report) + render_html(report);
}
inline std::string all_renderings(const SessionCalendar& report) {
  return render_json(report) + render_csv(report) + render_markdown(report) + render_html(report) +
         render_ical(report);
}

/// Counts the `report` entries among audit entries.
inline std::size_t report_entries(const std::vector<AuditEntry>& entries, AuditOutcome outcome) {
  return static_cast<std::size_t>(std::count_if(entries.begin(), entries.end(), [&](const auto& e) {
    return e.action == AuditAction::report && e.outcome == outcome;
  }));
}

// ---- A three-way engagement whose every text is a distinct secret -----------------------------

struct SecretWorld : ThreeWay {
  GoalId shared_goal;
  GoalId private_goal;
  GoalId unlinked_goal;
  BeliefId belief;
  BeliefId private_belief;
  ValueId value;
  FearId fear;
  ActionItemId overdue_action;
  HabitId habit;

  static std::string secret(const char* field) { return std::string("QZSECRET-") + field; }

  SecretWorld() {
    terms.redacted_unshared_goals = true;
    start();
    const Date today = clock.today();  // 2026-03-02
    const SessionId held = practice.schedule_session(
        coach(), e, {Timestamp::at(today, 10), 90, Modality::in_person, false, false});
    practice.set_session_status(coach(), held, SessionStatus::held);
    const SessionId group = practice.schedule_session(
        coach(), e, {Timestamp::at(today.plus_days(7), 10), 60, Modality::video, true, true});
    practice.set_session_status(coach(), group, SessionStatus::held);
    const SessionId cancelled =
        practice.schedule_session(coach(), e, {Timestamp::at(today.plus_days(14), 10)});
    practice.set_session_status(coach(), cancelled, SessionStatus::cancelled);
    practice.schedule_session(coach(), e, {Timestamp::at(today.plus_days(21), 10)});

    practice.add_note(coach(), e, {Scope::coaching, secret("note-coaching"), held});
    practice.add_note(coach(), e, {Scope::coach_private, secret("note-process"), {}});
    practice.add_note(client(), e, {Scope::client_private, secret("note-journal"), {}});
    shared_goal = practice.add_goal(
        client(), e,
        {secret("goal-shared-title"), secret("goal-shared-desc"), secret("goal-shared-metric"),
         secret("goal-shared-unit"), 1.0, 5.0, today.plus_days(90), true});
    practice.record_goal_progress(coach(), shared_goal, today.plus_days(1), 2.0);
    practice.record_goal_progress(coach(), shared_goal, today.plus_days(8), 3.0);
    private_goal = practice.add_goal(coach(), e,
                                     {secret("goal-private-title"),
                                      secret("goal-private-desc"),
                                      secret("goal-private-metric"),
                                      "",
                                      0.0,
                                      2.0,
                                      {},
                                      false});
    unlinked_goal =
        practice.add_goal(coach(), e, {secret("goal-unlinked-title"), "", "", "", 0.0, 1.0});
    practice.add_milestone(coach(), e, {shared_goal, secret("milestone-title"), today});
    overdue_action =
        practice.add_action_item(client(), e, {private_goal, secret("action-title"), today});
    practice.add_action_item(client(), e,
                             {std::nullopt, secret("action-later"), today.plus_days(60)});
    habit = practice.add_habit(client(), e, {std::nullopt, secret("habit-title"), Cadence::daily});
    practice.check_in_habit(client(), habit, today, true);
    practice.check_in_habit(client(), habit, today.plus_days(1), true);
    practice.check_in_habit(client(), habit, today.plus_days(2), false);
    practice.check_in_habit(client(), habit, today.plus_days(3), true);
    const SkillId skill = practice.add_skill(coach(), e, {secret("skill-competency")});
    practice.rate_skill(coach(), skill, today, 3);
    practice.rate_skill(coach(), skill, today.plus_days(30), 6);
    value = practice.add_value(client(), e, {secret("value-name"), 1, secret("value-meaning")});
    practice.add_value(
        client(), e,
        {secret("value-private"), 2, secret("value-private-meaning"), Scope::client_private});
    belief = practice.add_belief(client(), e,
                                 {secret("belief-statement"), BeliefKind::limiting,
                                  secret("belief-category"), 8, today, secret("belief-reframe")});
    practice.record_belief_strength(coach(), belief, today.plus_days(14), 5);
    private_belief = practice.add_belief(
        client(), e,
        {secret("belief-private"), BeliefKind::limiting, "", 6, today, "", Scope::client_private});
    fear = practice.add_fear(client(), e, {secret("fear-description"), 6});
    practice.add_purpose(client(), e, {secret("purpose-statement"), secret("purpose-experience")});
    practice.add_reflection(client(), e,
                            {ReflectionPractice::walking, today, secret("reflection-text")});
    practice.add_insight(client(), e, {today, secret("insight-text")});
    practice.check_in_wellbeing(client(), e, {today, 4, 8, 3, 5});
    practice.check_in_wellbeing(client(), e, {today.plus_days(10), 6, 6, 2, 6});
    practice.check_in_wellbeing(client(), e, {today.plus_days(20), 8, 4, 1, 7});
    practice.link_inner_to_goal(coach(), belief.record(), private_goal);
    practice.link_inner_to_goal(coach(), value.record(), shared_goal);
    practice.refer_to_therapist(coach(), e,
                                {today, secret("referral-reason"), secret("referral-to")});
  }

  /// Every secret written above (content of every record kind).
  std::vector<std::string> secrets() const {
    std::vector<std::string> out;
    const auto& state = PracticeAccess::core(practice).state;
    const auto collect = [&out](auto& table) {
      for (const auto& row : table.rows()) {
        detail::for_each_content_field(row, [&out](const char*, const std::string& text) {
          if (text.find("QZSECRET-") != std::string::npos)
            out.push_back(text);
        });
      }
    };
    collect(state.table<Note>());
    collect(state.table<Goal>());
    collect(state.table<Milestone>());
    collect(state.table<ActionItem>());
    collect(state.table<Habit>());
    collect(state.table<SkillRating>());
    collect(state.table<Value>());
    collect(state.table<Belief>());
    collect(state.table<Fear>());
    collect(state.table<Purpose>());
    collect(state.table<Reflection>());
    collect(state.table<Insight>());
    collect(state.table<Referral>());
    return out;
  }
};

/// Expects that `text` holds every string of `present` and none of the other secrets. Messages
/// name the secret's position, never the secret itself.
inline void expect_only(const std::string& text, const std::vector<std::string>& all,
                        const std::set<std::string>& present, const std::string& what) {
  for (std::size_t i = 0; i < all.size(); ++i) {
    const bool found = text.find(all[i]) != std::string::npos;
    EXPECT_EQ(found, present.contains(all[i]))
        << what << ": secret #" << i << (found ? " leaked" : " missing");
  }
}

inline std::set<std::string> with_prefix(std::initializer_list<const char*> fields) {
  std::set<std::string> out;
  for (const char* f : fields)
    out.insert(SecretWorld::secret(f));
  return out;
}

/// Every content text of the practice, and the texts one viewer may see (from its listings).
struct TextOracle {
  std::set<std::string> all;

  explicit TextOracle(const Practice& practice) {
    const auto& state = PracticeAccess::core(practice).state;
    const auto collect = [this](auto& table) {
      for (const auto& row : table.rows())
        detail::for_each_content_field(row, [this](const char*, const std::string& t) {
          if (t.size() >= 12)
            all.insert(t);
        });
    };
    collect(state.table<Note>());
    collect(state.table<Goal>());
    collect(state.table<Milestone>());
    collect(state.table<ActionItem>());
    collect(state.table<Habit>());
    collect(state.table<SkillRating>());
    collect(state.table<Value>());
    collect(state.table<Belief>());
    collect(state.table<Fear>());
    collect(state.table<Purpose>());
    collect(state.table<Reflection>());
    collect(state.table<Insight>());
    collect(state.table<Referral>());
    for (const auto& c : state.table<Client>().rows())
      all.insert(c.name);
    for (const auto& c : state.table<Coach>().rows())
      all.insert(c.name);
  }

  /// Texts the viewer may not see: everything but what its own listings return in full.
  std::vector<std::string> hidden_from(const View& view) const {
    std::set<std::string> seen;
    const auto add = [&seen](const auto& rows) {
      for (const auto& r : rows)
        detail::for_each_content_field(
            r, [&seen](const char*, const std::string& t) { seen.insert(t); });
    };
    for (const Engagement& e : view.engagements()) {
      add(view.goals(e.id));
      add(view.milestones(e.id));
      add(view.action_items(e.id));
      add(view.habits(e.id));
      add(view.skills(e.id));
      add(view.values(e.id));
      add(view.beliefs(e.id));
    }
    std::vector<std::string> out;
    for (const auto& t : all) {
      // Generated texts repeat words ("stakeholders" as a unit and inside a title): a hidden
      // text that is part of a visible one proves nothing either way.
      const bool part_of_seen = std::any_of(seen.begin(), seen.end(), [&t](const std::string& s) {
        return s.find(t) != std::string::npos;
      });
      if (!part_of_seen)
        out.push_back(t);
    }
    return out;
  }
};

inline void expect_hidden_absent(const std::string& text, const std::vector<std::string>& hidden,
                                 const std::string& what) {
  for (std::size_t i = 0; i < hidden.size(); ++i)
    EXPECT_EQ(text.find(hidden[i]), std::string::npos) << what << ": hidden text #" << i;
}

// ---- Golden files ----------------------------------------------------------------------------

inline bool write_golden() {
  return std::getenv("LIBCOACH_REPORTS_WRITE_GOLDEN") != nullptr;
}

inline void check_golden(const std::string& name, const std::string& text) {
  const std::filesystem::path path =
      std::filesystem::path(LIBCOACH_TEST_DATA_DIR) / "reports" / name;
  if (write_golden()) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing golden file " << name
                  << " (LIBCOACH_REPORTS_WRITE_GOLDEN=1 writes it)";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_TRUE(expected.str() == text) << "golden file differs: " << name;
}

/// The fixed seeded practice of the golden files and the engagement they read around: the
/// first engagement with a sponsor contact, as of 300 days after the practice's start.
struct GoldenPractice {
  SyntheticOptions options = [] {
    SyntheticOptions o;
    o.scale = Scale::small;
    o.seed = 7;
    return o;
  }();
  Practice practice{synthetic_practice_options(options)};
  SyntheticRoster roster = populate_practice(practice, options);
  Engagement engagement = [this] {
    const auto all = practice.view(Actor::admin(roster.admin)).engagements();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [](const Engagement& e) { return !e.sponsor_contacts.empty(); });
    EXPECT_NE(it, all.end());
    return it == all.end() ? Engagement{} : *it;
  }();
  View coach = practice.view(Actor::coach(engagement.coach));
  View sponsor = practice.view(Actor::sponsor(engagement.sponsor_contacts.front()));
  Date as_of = options.start.plus_days(300);
};

}  // namespace libcoach::testing
