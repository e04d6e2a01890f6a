#pragma once
// Report parts that several HTML reports show the same way (internal): goals and attendance as
// tables and charts, and scores over time. Built from html_page.hpp and svg_chart.hpp; each
// returns markup ready to place in a section.

#include <string>
#include <vector>

#include "libcoach/reports/engagement_report.hpp"

namespace libcoach::html {

/// A share in [0, 1] as a percentage with one decimal ("54.7 %").
std::string percent(double share);

/// The goals table: title (or "(redacted)"), status, baseline, current, target, progress,
/// trend, due date.
std::string goals_table(const std::vector<GoalLine>& goals);

/// Progress bars (0–100 %) of the goals that have a progress figure; empty when none has.
std::string goal_progress_chart(const std::vector<GoalLine>& goals);

/// One goal's measurements over time against its baseline and target lines; empty for a
/// redacted goal or one without measurements.
std::string goal_line_chart(const GoalLine& goal);

/// Sessions held, missed and scheduled against the allotment, and cancelled ones, as bars
/// and as a table.
std::string attendance(const Allotment& allotment);

/// A named series of dated scores (a skill's ratings, a belief's strength).
struct ScoreSeries {
  std::string name;
  const std::vector<DatedScore>* scores = nullptr;
};

/// Scores over time on the 0..10 scale, one line per series; empty when no series has a score.
std::string scores_chart(const std::string& title, const std::string& y_label,
                         const std::vector<ScoreSeries>& series);

/// A record's title, or "(redacted)" when the view returned the record without its text
/// (the table escapes it).
std::string title_of(bool redacted, const std::string& title);

/// Action items: title, due, done, overdue; a note when there are none.
std::string actions_table(const std::vector<ActionLine>& actions);

/// Beliefs: their strength over time as a chart, then kind, category, strengths and reframe.
std::string beliefs_part(const std::vector<BeliefLine>& beliefs);

/// Values by rank with their meaning.
std::string values_table(const std::vector<ValueLine>& values);

/// The well-being check-ins as a line chart per dimension, and first, last and mean figures.
std::string wellbeing_part(const WellbeingTrend& w);

}  // namespace libcoach::html
