#pragma once
/// \file
/// The engagement progress report: outer work (goals, milestones, actions, habits, skills),
/// inner work (beliefs, values, well-being), sessions against the allotment and the iceberg
/// findings, for the engagement's coach or client.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "libcoach/access/view.hpp"
#include "libcoach/reports/common.hpp"

namespace libcoach {

/// A goal's line: baseline → current → target and the trend. Redacted goals keep only id,
/// status, due date and flags; their numbers are absent.
struct GoalLine {
  GoalId id;
  std::string title;  ///< Empty when redacted.
  std::string metric;
  std::string unit;
  GoalStatus status = GoalStatus::proposed;
  std::optional<double> baseline;
  std::optional<double> current;  ///< Latest measurement (the baseline before any).
  std::optional<double> target;
  std::optional<double> progress;  ///< `Goal::progress()` in [0, 1].
  std::optional<GoalTrend> trend;
  std::int32_t measurements = 0;
  /// The measurements themselves, in date order (empty when redacted): what the HTML
  /// renderer's progress charts draw. The text renderers keep to the figures above.
  std::vector<GoalMeasurement> history;
  std::optional<Date> due;
  bool shared_with_sponsor = false;
  bool redacted = false;
};

/// A milestone of a goal.
struct MilestoneLine {
  MilestoneId id;
  GoalId goal;
  std::string title;
  std::optional<Date> due;
  std::optional<Date> reached;
  bool overdue = false;  ///< Not reached and due before the report's day.
  bool redacted = false;
};

/// An action item.
struct ActionLine {
  ActionItemId id;
  std::optional<GoalId> goal;
  std::string title;
  std::optional<Date> due;
  std::optional<Date> done;
  bool overdue = false;  ///< `ActionItem::overdue(as_of)`.
  bool redacted = false;
};

/// A habit: adherence and streaks.
struct HabitLine {
  HabitId id;
  std::optional<GoalId> goal;
  std::string title;
  Cadence cadence = Cadence::daily;
  std::int32_t check_ins = 0;
  std::int32_t kept = 0;
  double adherence = 0.0;  ///< Share of check-ins kept, [0, 1].
  std::int32_t current_streak = 0;
  std::int32_t longest_streak = 0;
  bool redacted = false;
};

/// One dated score (a skill rating, a belief strength).
struct DatedScore {
  Date on;
  std::int32_t value = 0;
};

/// A competency and its ratings over time.
struct SkillLine {
  SkillId id;
  std::string competency;
  std::vector<DatedScore> ratings;
  bool redacted = false;
};

/// A belief, its strength over time and the reframe.
struct BeliefLine {
  BeliefId id;
  std::string statement;
  BeliefKind kind = BeliefKind::limiting;
  std::string category;
  std::vector<DatedScore> strength;
  std::string reframe;
  bool redacted = false;
};

/// A value and its rank.
struct ValueLine {
  ValueId id;
  std::string name;
  std::int32_t rank = 1;
  std::string meaning;
  bool redacted = false;
};

/// First, last and mean of one well-being dimension.
struct DimensionTrend {
  std::int32_t first = 0;
  std::int32_t last = 0;
  double mean = 0.0;
};

/// One well-being check-in's ratings (0..10), as the HTML renderer's trend chart draws them.
struct WellbeingPoint {
  Date on;
  std::int32_t thriving = 0;
  std::int32_t stress = 0;
  std::int32_t burnout = 0;
  std::int32_t confidence = 0;
};

/// The well-being check-ins summarised; the dimensions are meaningful only when
/// `check_ins > 0`.
struct WellbeingTrend {
  std::int32_t check_ins = 0;
  std::optional<Date> first_on;
  std::optional<Date> last_on;
  DimensionTrend thriving;
  DimensionTrend stress;
  DimensionTrend burnout;
  DimensionTrend confidence;
  std::vector<WellbeingPoint> points;  ///< Every check-in counted above, in date order.
};

/// A session's operational facts.
struct SessionLine {
  SessionId id;
  Timestamp start;
  std::int32_t duration_minutes = 0;
  Modality modality = Modality::video;
  SessionStatus status = SessionStatus::scheduled;
};

/// What an iceberg finding says.
enum class IcebergIssue : std::uint8_t {
  goal_without_inner_work,  ///< An outer goal with no inner item linked ("unstable iceberg").
  inner_without_goal,       ///< An inner item linked to no goal.
};
/// "goal_without_inner_work", "inner_without_goal".
std::string_view to_string(IcebergIssue issue);

/// One iceberg finding: which record, of which kind.
struct IcebergFinding {
  IcebergIssue issue = IcebergIssue::goal_without_inner_work;
  RecordKind kind = RecordKind::goal;
  RecordId record;
};

/// The engagement progress report.
struct EngagementReport {
  ReportHeader header;
  EngagementId engagement;
  CoachId coach;
  ClientId client;
  EngagementStatus status = EngagementStatus::proposed;
  std::optional<Date> start;  ///< The agreement's period, when there is one.
  std::optional<Date> end;
  Allotment allotment;
  std::vector<SessionLine> sessions;
  std::vector<GoalLine> goals;
  std::vector<MilestoneLine> milestones;
  std::vector<ActionLine> actions;
  std::vector<HabitLine> habits;
  std::vector<SkillLine> skills;
  std::vector<BeliefLine> beliefs;
  std::vector<ValueLine> values;
  WellbeingTrend wellbeing;
  std::vector<IcebergFinding> iceberg;
};

/// Builds the progress report of one engagement for the view's viewer, who must be the
/// engagement's current coach or its client. Reads only through `view` (every listing applies
/// the policy and audits) and records one `report` audit entry.
/// \param as_of the day overdue items are judged against; default: the practice's today.
/// \throws NotFound when the engagement does not exist or is invisible to the viewer;
///         AccessDenied when the viewer sees it but is not its coach or client.
EngagementReport engagement_report(const View& view, EngagementId engagement,
                                   std::optional<Date> as_of = std::nullopt);

/// The goal line of one goal as the view returned it (redacted goals lose their numbers).
GoalLine goal_line(const Goal& goal);

}  // namespace libcoach
