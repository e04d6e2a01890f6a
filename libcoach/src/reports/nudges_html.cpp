// Nudges as an HTML page: the horizon and one table row per nudge, due date first. Titles
// appear only where the view returned the record in full.

#include "libcoach/reports/html.hpp"
#include "reports/format.hpp"
#include "reports/html_blocks.hpp"
#include "reports/html_page.hpp"

namespace libcoach {

std::string render_html(const Nudges& r) {
  std::string body = html::facts(
      {{"Horizon", std::to_string(r.horizon_days) + " days"},
       {"Inner-work check-in every", std::to_string(r.inner_work_checkin_days) + " days"}});
  if (r.nudges.empty()) {
    body += html::paragraph("No nudges.", true);
  } else {
    html::Rows rows;
    for (const Nudge& n : r.nudges)
      rows.push_back({n.due.to_string(), std::string(to_string(n.kind)),
                      std::string(to_string(n.recipient.role)), detail::id_text(n.engagement),
                      html::title_of(n.redacted, n.title)});
    body += html::table(
        "", {{"Due", html::Cells::date}, {"Kind"}, {"For"}, {"Engagement"}, {"Title"}}, rows);
  }
  return html::page("Nudges", r.header, html::section("Nudges", body));
}

}  // namespace libcoach
