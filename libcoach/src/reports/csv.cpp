#include "libcoach/reports/csv.hpp"

#include "reports/csv_parts.hpp"
#include "reports/format.hpp"

namespace libcoach {

using detail::date_text;
using detail::number_text;
using detail::trend_text;

std::string csv_field(std::string_view value, bool text) {
  std::string v(value);
  // A spreadsheet would evaluate these as formulas.
  if (text && !v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@'))
    v.insert(v.begin(), '\'');
  if (v.find_first_of(",\"\r\n") == std::string::npos)
    return v;
  std::string out = "\"";
  for (const char c : v) {
    if (c == '"')
      out += '"';
    out += c;
  }
  out += '"';
  return out;
}

using namespace detail::csv;

std::string render_csv(const EngagementReport& r) {
  std::string out;
  header_row(out, {"engagement", "goal", "redacted", "title", "status", "baseline", "current",
                   "target", "progress", "trend", "measurements", "due", "shared_with_sponsor"});
  for (const auto& g : r.goals) {
    row(out, {val(r.engagement.to_string()), val(g.id.to_string()), flag(g.redacted), txt(g.title),
              val(std::string(to_string(g.status))), val(number_text(g.baseline)),
              val(number_text(g.current)), val(number_text(g.target)), val(number_text(g.progress)),
              val(trend_text(g)), val(std::to_string(g.measurements)), val(date_text(g.due)),
              flag(g.shared_with_sponsor)});
  }
  return out;
}

std::string render_csv(const SponsorReport& r) {
  std::string out;
  header_row(out, {"engagement", "client", "status", "start", "end", "allotted", "held",
                   "scheduled", "cancelled", "no_show", "goal", "goal_redacted", "goal_title",
                   "goal_status", "goal_progress", "goal_trend", "goal_due"});
  for (const auto& e : r.engagements) {
    const auto count = [&](std::int32_t Allotment::*field) {
      return e.attendance ? std::to_string((*e.attendance).*field) : std::string();
    };
    auto emit = [&](const GoalLine* g) {
      row(out,
          {val(e.engagement.to_string()), val(e.client.to_string()),
           val(std::string(to_string(e.status))), val(date_text(e.start)), val(date_text(e.end)),
           val(count(&Allotment::allotted)), val(count(&Allotment::held)),
           val(count(&Allotment::scheduled)), val(count(&Allotment::cancelled)),
           val(count(&Allotment::no_show)), val(g ? g->id.to_string() : ""),
           val(g ? (g->redacted ? "1" : "0") : ""), txt(g ? g->title : ""),
           val(g ? std::string(to_string(g->status)) : ""), val(g ? number_text(g->progress) : ""),
           val(g ? trend_text(*g) : ""), val(g ? date_text(g->due) : "")});
    };
    if (e.goals.empty())
      emit(nullptr);
    for (const auto& g : e.goals)
      emit(&g);
  }
  return out;
}

std::string render_csv(const HoursLog& r) {
  std::string out;
  header_row(out, {"client", "date", "type", "payment", "hours"});
  for (const auto& e : r.entries) {
    row(out, {val(e.client), val(e.on.to_string()), val(e.group ? "group" : "individual"),
              val(e.pro_bono ? "pro_bono" : "paid"), val(number_text(e.hours))});
  }
  return out;
}

std::string render_csv(const SessionCalendar& r) {
  std::string out;
  header_row(out, {"session", "start", "end", "modality", "status"});
  for (const auto& e : r.events) {
    row(out, {val(e.session.to_string()), val(e.start.to_string()), val(e.end.to_string()),
              val(std::string(to_string(e.modality))), val(std::string(to_string(e.status)))});
  }
  return out;
}

}  // namespace libcoach
