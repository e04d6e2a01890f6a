#pragma once
// The JSON pieces the report renderers share: the header every document starts with and the
// objects of the lines several reports carry (internal).

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "libcoach/reports/engagement_report.hpp"
#include "reports/format.hpp"

namespace libcoach::detail::json {

using Json = nlohmann::ordered_json;

inline Json opt(const std::optional<double>& x) {
  return x ? Json(round4(*x)) : Json(nullptr);
}
inline Json opt(const std::optional<Date>& d) {
  return d ? Json(d->to_string()) : Json(nullptr);
}
template <class IdT>
Json opt(const std::optional<IdT>& id) {
  return id ? Json(id->to_string()) : Json(nullptr);
}

/// `kind`, `schema_version`, `generated`, `as_of` and `viewer`.
inline Json header(const ReportHeader& h) {
  Json j;
  j["kind"] = std::string(to_string(h.kind));
  j["schema_version"] = kReportSchemaVersion;
  j["generated"] = h.generated.to_string();
  j["as_of"] = h.as_of.to_string();
  j["viewer"] = {{"role", std::string(to_string(h.viewer.role))}, {"id", format_uuid(h.viewer.id)}};
  return j;
}

inline Json goal(const GoalLine& g) {
  Json j;
  j["id"] = g.id.to_string();
  j["redacted"] = g.redacted;
  j["title"] = g.title;
  j["metric"] = g.metric;
  j["unit"] = g.unit;
  j["status"] = std::string(to_string(g.status));
  j["baseline"] = opt(g.baseline);
  j["current"] = opt(g.current);
  j["target"] = opt(g.target);
  j["progress"] = opt(g.progress);
  j["trend"] = g.trend ? Json(std::string(to_string(*g.trend))) : Json(nullptr);
  j["measurements"] = g.measurements;
  j["due"] = opt(g.due);
  j["shared_with_sponsor"] = g.shared_with_sponsor;
  return j;
}

inline Json scores(const std::vector<DatedScore>& s) {
  Json out = Json::array();
  for (const auto& x : s)
    out.push_back({{"on", x.on.to_string()}, {"value", x.value}});
  return out;
}

inline Json session(const SessionLine& s) {
  return {{"id", s.id.to_string()},
          {"start", s.start.to_string()},
          {"duration_minutes", s.duration_minutes},
          {"modality", std::string(to_string(s.modality))},
          {"status", std::string(to_string(s.status))}};
}

inline Json action(const ActionLine& a) {
  return {{"id", a.id.to_string()}, {"goal", opt(a.goal)}, {"redacted", a.redacted},
          {"title", a.title},       {"due", opt(a.due)},   {"done", opt(a.done)},
          {"overdue", a.overdue}};
}

inline Json habit(const HabitLine& h) {
  return {{"id", h.id.to_string()},
          {"goal", opt(h.goal)},
          {"redacted", h.redacted},
          {"title", h.title},
          {"cadence", std::string(to_string(h.cadence))},
          {"check_ins", h.check_ins},
          {"kept", h.kept},
          {"adherence", round4(h.adherence)},
          {"current_streak", h.current_streak},
          {"longest_streak", h.longest_streak}};
}

inline Json belief(const BeliefLine& b) {
  return {{"id", b.id.to_string()},   {"redacted", b.redacted},
          {"statement", b.statement}, {"kind", std::string(to_string(b.kind))},
          {"category", b.category},   {"strength", scores(b.strength)},
          {"reframe", b.reframe}};
}

inline Json value(const ValueLine& v) {
  return {{"id", v.id.to_string()},
          {"redacted", v.redacted},
          {"name", v.name},
          {"rank", v.rank},
          {"meaning", v.meaning}};
}

inline Json dimension(const DimensionTrend& d) {
  return {{"first", d.first}, {"last", d.last}, {"mean", round4(d.mean)}};
}

/// Check-ins, first and last day, and each dimension (null without check-ins).
inline Json wellbeing(const WellbeingTrend& w) {
  Json j = {{"check_ins", w.check_ins}, {"first_on", opt(w.first_on)}, {"last_on", opt(w.last_on)}};
  if (w.check_ins > 0) {
    j["thriving"] = dimension(w.thriving);
    j["stress"] = dimension(w.stress);
    j["burnout"] = dimension(w.burnout);
    j["confidence"] = dimension(w.confidence);
  } else {
    for (const char* k : {"thriving", "stress", "burnout", "confidence"})
      j[k] = nullptr;
  }
  return j;
}

/// Two-space indentation and a trailing newline.
inline std::string dump(const Json& j) {
  return j.dump(2) + "\n";
}

}  // namespace libcoach::detail::json
