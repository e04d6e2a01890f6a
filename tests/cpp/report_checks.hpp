#pragma once
// What the report tests share: the oracle of the texts a viewer may not see on a generated
// practice, the check that none of them reached a rendering, the golden-file comparison and
// the fixed seeded practice the golden files are rendered from. Every person and organization
// is invented.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "content_fields.hpp"
#include "libcoach/libcoach.hpp"
#include "practice_core.hpp"

namespace libcoach::testing {

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

/// Expects that no hidden text occurs in `text`; messages name its position, never the text.
inline void expect_hidden_absent(const std::string& text, const std::vector<std::string>& hidden,
                                 const std::string& what) {
  for (std::size_t i = 0; i < hidden.size(); ++i)
    EXPECT_EQ(text.find(hidden[i]), std::string::npos) << what << ": hidden text #" << i;
}

/// True when LIBCOACH_REPORTS_WRITE_GOLDEN is set: golden files are rewritten, not compared.
inline bool write_golden() {
  return std::getenv("LIBCOACH_REPORTS_WRITE_GOLDEN") != nullptr;
}

/// Compares `text` with tests/data/reports/<name> (or rewrites it, see write_golden).
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

/// The fixed seeded practice the golden files are rendered from, and the views of the first
/// engagement with a sponsor contact: all four reports read around it.
struct GoldenPractice {
  SyntheticOptions options = [] {
    SyntheticOptions o;
    o.scale = Scale::small;
    o.seed = 7;
    return o;
  }();
  Practice practice{synthetic_practice_options(options)};
  SyntheticRoster roster = populate_practice(practice, options);
  Engagement engagement = first_with_sponsor(practice.view(Actor::admin(roster.admin)));
  View coach = practice.view(Actor::coach(engagement.coach));
  View sponsor = practice.view(Actor::sponsor(engagement.sponsor_contacts.front()));
  Date as_of = options.start.plus_days(300);

 private:
  static Engagement first_with_sponsor(const View& admin) {
    const auto engagements = admin.engagements();
    const auto it = std::find_if(engagements.begin(), engagements.end(),
                                 [](const Engagement& e) { return !e.sponsor_contacts.empty(); });
    if (it == engagements.end())
      throw std::logic_error("the golden practice has no engagement with a sponsor contact");
    return *it;
  }
};

}  // namespace libcoach::testing
