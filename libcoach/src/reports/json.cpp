#include "libcoach/reports/json.hpp"

#include "reports/json_document.hpp"

namespace libcoach {

namespace {

using namespace detail::json;
using detail::round4;

Json allotment(const Allotment& a) {
  return {{"allotted", a.allotted},   {"held", a.held},       {"scheduled", a.scheduled},
          {"cancelled", a.cancelled}, {"no_show", a.no_show}, {"remaining", a.remaining()}};
}

}  // namespace

detail::json::Json detail::json::document(const EngagementReport& r) {
  Json j = header(r.header);
  j["engagement"] = {{"id", r.engagement.to_string()}, {"coach", r.coach.to_string()},
                     {"client", r.client.to_string()}, {"status", std::string(to_string(r.status))},
                     {"start", opt(r.start)},          {"end", opt(r.end)}};
  j["allotment"] = allotment(r.allotment);
  Json sessions = Json::array();
  for (const auto& s : r.sessions)
    sessions.push_back(session(s));
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
  for (const auto& a : r.actions)
    actions.push_back(action(a));
  j["action_items"] = std::move(actions);
  Json habits = Json::array();
  for (const auto& h : r.habits)
    habits.push_back(habit(h));
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
  for (const auto& b : r.beliefs)
    beliefs.push_back(belief(b));
  j["beliefs"] = std::move(beliefs);
  Json values = Json::array();
  for (const auto& v : r.values)
    values.push_back(value(v));
  j["values"] = std::move(values);
  j["wellbeing"] = wellbeing(r.wellbeing);
  Json iceberg = Json::array();
  for (const auto& f : r.iceberg) {
    iceberg.push_back({{"issue", std::string(to_string(f.issue))},
                       {"kind", std::string(to_string(f.kind))},
                       {"record", f.record.to_string()}});
  }
  j["iceberg"] = std::move(iceberg);
  return j;
}

std::string render_json(const EngagementReport& r) {
  return detail::json::dump(detail::json::document(r));
}

detail::json::Json detail::json::document(const SponsorReport& r) {
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
  return j;
}

std::string render_json(const SponsorReport& r) {
  return detail::json::dump(detail::json::document(r));
}

detail::json::Json detail::json::document(const HoursLog& r) {
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
  return j;
}

std::string render_json(const HoursLog& r) {
  return detail::json::dump(detail::json::document(r));
}

detail::json::Json detail::json::document(const SessionCalendar& r) {
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
  return j;
}

std::string render_json(const SessionCalendar& r) {
  return detail::json::dump(detail::json::document(r));
}

}  // namespace libcoach
