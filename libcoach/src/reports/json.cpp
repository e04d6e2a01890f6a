#include "libcoach/reports/json.hpp"

#include "reports/format.hpp"
#include "reports/json_common.hpp"

namespace libcoach {

namespace {

using detail::round4;
using reports::header;
using reports::Json;
using reports::opt;

Json allotment(const Allotment& a) {
  return {{"allotted", a.allotted},   {"held", a.held},       {"scheduled", a.scheduled},
          {"cancelled", a.cancelled}, {"no_show", a.no_show}, {"remaining", a.remaining()}};
}

Json goal(const GoalLine& g) {
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

Json scores(const std::vector<DatedScore>& s) {
  Json out = Json::array();
  for (const auto& x : s)
    out.push_back({{"on", x.on.to_string()}, {"value", x.value}});
  return out;
}

Json dimension(const DimensionTrend& d) {
  return {{"first", d.first}, {"last", d.last}, {"mean", round4(d.mean)}};
}

}  // namespace

using reports::dump;

std::string render_json(const EngagementReport& r) {
  Json j = header(r.header);
  j["engagement"] = {{"id", r.engagement.to_string()}, {"coach", r.coach.to_string()},
                     {"client", r.client.to_string()}, {"status", std::string(to_string(r.status))},
                     {"start", opt(r.start)},          {"end", opt(r.end)}};
  j["allotment"] = allotment(r.allotment);
  Json sessions = Json::array();
  for (const auto& s : r.sessions) {
    sessions.push_back({{"id", s.id.to_string()},
                        {"start", s.start.to_string()},
                        {"duration_minutes", s.duration_minutes},
                        {"modality", std::string(to_string(s.modality))},
                        {"status", std::string(to_string(s.status))}});
  }
  j["sessions"] = std::move(sessions);
  Json goals = Json::array();
  for (const auto& g : r.goals)
    goals.push_back(goal(g));
  j["goals"] = std::move(goals);
  Json milestones = Json::array();
  for (const auto& m : r.milestones) {
    milestones.push_back({{"id", m.id.to_string()},
                          {"goal", m.goal.to_string()},
                          {"redacted", m.redacted},
                          {"title", m.title},
                          {"due", opt(m.due)},
                          {"reached", opt(m.reached)},
                          {"overdue", m.overdue}});
  }
  j["milestones"] = std::move(milestones);
  Json actions = Json::array();
  for (const auto& a : r.actions) {
    actions.push_back({{"id", a.id.to_string()},
                       {"goal", opt(a.goal)},
                       {"redacted", a.redacted},
                       {"title", a.title},
                       {"due", opt(a.due)},
                       {"done", opt(a.done)},
                       {"overdue", a.overdue}});
  }
  j["action_items"] = std::move(actions);
  Json habits = Json::array();
  for (const auto& h : r.habits) {
    habits.push_back({{"id", h.id.to_string()},
                      {"goal", opt(h.goal)},
                      {"redacted", h.redacted},
                      {"title", h.title},
                      {"cadence", std::string(to_string(h.cadence))},
                      {"check_ins", h.check_ins},
                      {"kept", h.kept},
                      {"adherence", round4(h.adherence)},
                      {"current_streak", h.current_streak},
                      {"longest_streak", h.longest_streak}});
  }
  j["habits"] = std::move(habits);
  Json skills = Json::array();
  for (const auto& s : r.skills) {
    skills.push_back({{"id", s.id.to_string()},
                      {"redacted", s.redacted},
                      {"competency", s.competency},
                      {"ratings", scores(s.ratings)}});
  }
  j["skills"] = std::move(skills);
  Json beliefs = Json::array();
  for (const auto& b : r.beliefs) {
    beliefs.push_back({{"id", b.id.to_string()},
                       {"redacted", b.redacted},
                       {"statement", b.statement},
                       {"kind", std::string(to_string(b.kind))},
                       {"category", b.category},
                       {"strength", scores(b.strength)},
                       {"reframe", b.reframe}});
  }
  j["beliefs"] = std::move(beliefs);
  Json values = Json::array();
  for (const auto& v : r.values) {
    values.push_back({{"id", v.id.to_string()},
                      {"redacted", v.redacted},
                      {"name", v.name},
                      {"rank", v.rank},
                      {"meaning", v.meaning}});
  }
  j["values"] = std::move(values);
  const auto& w = r.wellbeing;
  Json wellbeing = {
      {"check_ins", w.check_ins}, {"first_on", opt(w.first_on)}, {"last_on", opt(w.last_on)}};
  if (w.check_ins > 0) {
    wellbeing["thriving"] = dimension(w.thriving);
    wellbeing["stress"] = dimension(w.stress);
    wellbeing["burnout"] = dimension(w.burnout);
    wellbeing["confidence"] = dimension(w.confidence);
  } else {
    for (const char* k : {"thriving", "stress", "burnout", "confidence"})
      wellbeing[k] = nullptr;
  }
  j["wellbeing"] = std::move(wellbeing);
  Json iceberg = Json::array();
  for (const auto& f : r.iceberg) {
    iceberg.push_back({{"issue", std::string(to_string(f.issue))},
                       {"kind", std::string(to_string(f.kind))},
                       {"record", f.record.to_string()}});
  }
  j["iceberg"] = std::move(iceberg);
  return dump(j);
}

std::string render_json(const SponsorReport& r) {
  Json j = header(r.header);
  j["sponsor"] = r.sponsor.to_string();
  Json engagements = Json::array();
  for (const auto& e : r.engagements) {
    Json goals = Json::array();
    for (const auto& g : e.goals)
      goals.push_back(goal(g));
    engagements.push_back({{"id", e.engagement.to_string()},
                           {"client", e.client.to_string()},
                           {"status", std::string(to_string(e.status))},
                           {"start", opt(e.start)},
                           {"end", opt(e.end)},
                           {"attendance", e.attendance ? allotment(*e.attendance) : Json(nullptr)},
                           {"goals", std::move(goals)}});
  }
  j["engagements"] = std::move(engagements);
  return dump(j);
}

std::string render_json(const HoursLog& r) {
  Json j = header(r.header);
  j["coach"] = r.coach.to_string();
  Json entries = Json::array();
  for (const auto& e : r.entries) {
    entries.push_back({{"client", e.client},
                       {"date", e.on.to_string()},
                       {"type", e.group ? "group" : "individual"},
                       {"payment", e.pro_bono ? "pro_bono" : "paid"},
                       {"hours", round4(e.hours)}});
  }
  j["entries"] = std::move(entries);
  j["totals"] = {{"hours", round4(r.total_hours)},       {"paid", round4(r.paid_hours)},
                 {"pro_bono", round4(r.pro_bono_hours)}, {"individual", round4(r.individual_hours)},
                 {"group", round4(r.group_hours)},       {"clients", r.clients}};
  Json credentials = Json::array();
  for (const auto& c : r.credentials) {
    credentials.push_back({{"credential", std::string(to_string(c.credential))},
                           {"required_hours", round4(c.required_hours)},
                           {"required_paid_hours", round4(c.required_paid_hours)},
                           {"remaining_hours", round4(c.remaining_hours)},
                           {"reached", c.reached}});
  }
  j["credentials"] = std::move(credentials);
  return dump(j);
}

std::string render_json(const SessionCalendar& r) {
  Json j = header(r.header);
  j["coach"] = r.coach.to_string();
  Json events = Json::array();
  for (const auto& e : r.events) {
    events.push_back({{"session", e.session.to_string()},
                      {"start", e.start.to_string()},
                      {"end", e.end.to_string()},
                      {"modality", std::string(to_string(e.modality))},
                      {"status", std::string(to_string(e.status))}});
  }
  j["events"] = std::move(events);
  return dump(j);
}

}  // namespace libcoach
