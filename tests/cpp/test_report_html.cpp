// The HTML renderer: every report for every role on a generated practice carries no text the
// viewer may not see, is well-formed, self-contained (no URL, no script) and has its charts;
// hostile record text is escaped; golden files pin the output on the fixed seeded practice.
// Every person and organization here is invented.

#include <gtest/gtest.h>

#include <cctype>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "policy_fixture.hpp"
#include "report_checks.hpp"
#include "reports/svg_chart.hpp"
#include "roster_viewers.hpp"

namespace libcoach {
namespace {

using testing::check_golden;
using testing::expect_hidden_absent;
using testing::GoldenPractice;
using testing::TextOracle;
using testing::ThreeWay;

// ---- A tiny well-formedness checker ----------------------------------------------------------

/// Elements HTML never closes.
bool is_void(std::string_view name) {
  for (const std::string_view v : {"meta", "br", "hr", "img", "input", "link", "col", "wbr"})
    if (name == v)
      return true;
  return false;
}

/// Empty when `html` is well-formed in the strict sense the renderer promises: every element
/// closed in order (void HTML elements aside, SVG elements may self-close), attribute values
/// quoted, no bare `<` in text and every `&` a character reference. Else what is wrong.
std::string well_formedness_error(const std::string& html) {
  std::vector<std::string> open;
  std::size_t i = 0;
  const auto at = [&html](std::size_t k) { return " at offset " + std::to_string(k); };
  while (i < html.size()) {
    const char ch = html[i];
    if (ch == '&') {
      std::size_t k = i + 1;
      if (k < html.size() && html[k] == '#')
        ++k;
      while (k < html.size() && std::isalnum(static_cast<unsigned char>(html[k])))
        ++k;
      if (k == i + 1 || k >= html.size() || html[k] != ';')
        return "bare '&'" + at(i);
      i = k + 1;
      continue;
    }
    if (ch == '>')
      return "bare '>'" + at(i);
    if (ch != '<') {
      ++i;
      continue;
    }
    if (html.compare(i, 9, "<!DOCTYPE") == 0) {
      i = html.find('>', i) + 1;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t k = i + (closing ? 2 : 1);
    const std::size_t name_start = k;
    while (k < html.size() && (std::isalnum(static_cast<unsigned char>(html[k])) || html[k] == '-'))
      ++k;
    const std::string name = html.substr(name_start, k - name_start);
    if (name.empty())
      return "bare '<'" + at(i);
    // Attributes: name="value" pairs, values without '<' '>' or a raw '"'.
    bool self_closing = false;
    while (true) {
      while (k < html.size() && html[k] == ' ')
        ++k;
      if (k >= html.size())
        return "unterminated tag" + at(i);
      if (html[k] == '>')
        break;
      if (html.compare(k, 2, "/>") == 0) {
        self_closing = true;
        ++k;
        break;
      }
      while (k < html.size() && (std::isalnum(static_cast<unsigned char>(html[k])) ||
                                 html[k] == '-' || html[k] == ':'))
        ++k;
      if (html.compare(k, 2, "=\"") != 0)
        return "unquoted attribute in <" + name + ">" + at(k);
      const std::size_t end = html.find('"', k + 2);
      if (end == std::string::npos)
        return "unterminated attribute" + at(k);
      if (html.substr(k + 2, end - k - 2).find_first_of("<>") != std::string::npos)
        return "'<' or '>' in an attribute" + at(k);
      k = end + 1;
    }
    i = k + 1;
    if (closing) {
      if (open.empty() || open.back() != name)
        return "</" + name + "> closes <" + (open.empty() ? std::string() : open.back()) + ">" +
               at(name_start);
      open.pop_back();
    } else if (name == "style") {  // raw text up to its end tag
      const std::size_t end = html.find("</style>", i);
      if (end == std::string::npos || html.substr(i, end - i).find('<') != std::string::npos)
        return "bad <style>" + at(i);
      i = end + 8;
    } else if (!self_closing && !is_void(name)) {
      open.push_back(name);
    }
  }
  if (!open.empty())
    return "<" + open.back() + "> never closed";
  return {};
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1))
    ++n;
  return n;
}

/// What every HTML report must be, whatever it holds.
void expect_valid_page(const std::string& html, const std::string& what) {
  EXPECT_EQ(well_formedness_error(html), "") << what;
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u) << what;
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos) << what;
  EXPECT_LT(html.find("<title>"), html.find("</head>")) << what;
  EXPECT_EQ(html.find("http://"), std::string::npos) << what;
  EXPECT_EQ(html.find("https://"), std::string::npos) << what;
  EXPECT_EQ(html.find("<script"), std::string::npos) << what;
  EXPECT_EQ(html.find("url("), std::string::npos) << what;
  EXPECT_EQ(html.find("@import"), std::string::npos) << what;
  EXPECT_FALSE(std::regex_search(html, std::regex(" on[a-z]+=\""))) << what;  // no handlers
  // Every chart has an accessible name and a <title>; every table header cells.
  EXPECT_EQ(count(html, "<svg"), count(html, "role=\"img\" aria-label=\"")) << what;
  EXPECT_EQ(count(html, "<svg"), count(html, "font-size=\"11\"><title>")) << what;
  EXPECT_EQ(count(html, "<table>"), count(html, "<thead><tr><th scope=\"col\"")) << what;
}

TEST(HtmlCheck, TheCheckerFindsBrokenMarkup) {
  EXPECT_EQ(well_formedness_error("<p>a &amp; b</p>"), "");
  EXPECT_EQ(well_formedness_error("<svg><line x1=\"1\"/></svg>"), "");
  EXPECT_NE(well_formedness_error("<p>a & b</p>"), "");
  EXPECT_NE(well_formedness_error("<p>a < b</p>"), "");
  EXPECT_NE(well_formedness_error("<p><b>x</p></b>"), "");
  EXPECT_NE(well_formedness_error("<p title=\"a\"b\">x</p>"), "");
  EXPECT_NE(well_formedness_error("<div>"), "");
}

// ---- Every report for every role on a generated practice --------------------------------------

/// The hidden texts and their escaped forms: an HTML rendering could leak either.
std::vector<std::string> with_escaped(const std::vector<std::string>& hidden) {
  std::vector<std::string> out = hidden;
  for (const auto& h : hidden)
    if (html_escape(h) != h)
      out.push_back(html_escape(h));
  return out;
}

TEST(ReportHtml, EveryReportForEveryRoleOnAGeneratedPractice) {
  SyntheticOptions options;
  options.scale = Scale::small;
  Practice practice(synthetic_practice_options(options));
  const SyntheticRoster roster = populate_practice(practice, options);
  const TextOracle oracle(practice);

  const std::vector<Viewer> viewers = testing::every_party(roster);

  std::size_t built = 0;
  std::size_t charts = 0;
  const auto check = [&](const std::string& html, const std::vector<std::string>& hidden,
                         const std::string& what) {
    expect_valid_page(html, what);
    expect_hidden_absent(html, hidden, what);
    charts += count(html, "<svg");
    ++built;
  };
  for (const Viewer& viewer : viewers) {
    const View view = practice.view(viewer);
    const auto hidden = with_escaped(oracle.hidden_from(view));
    const std::string who = std::string(to_string(viewer.role));
    for (const EngagementId e : roster.engagements) {
      try {
        const auto r = engagement_report(view, e);
        const std::string html = render_html(r);
        check(html, hidden, who + " engagement");
        // Attendance, goal progress and the well-being trend whenever there is data.
        EXPECT_NE(html.find("aria-label=\"Sessions against the allotment\""), std::string::npos);
        if (r.wellbeing.check_ins > 0) {
          EXPECT_NE(html.find("aria-label=\"Well-being over time\""), std::string::npos);
        }
        for (const GoalLine& g : r.goals) {
          if (!g.history.empty()) {
            EXPECT_NE(html.find("aria-label=\"Measurements of goal: " + html_escape(g.title)),
                      std::string::npos);
          }
        }
      } catch (const AccessDenied&) {
      } catch (const NotFound&) {
      }
    }
    if (viewer.role == Role::sponsor_contact) {
      const auto r = sponsor_report(view);
      const std::string html = render_html(r);
      check(html, hidden, who + " sponsor");
      for (const SponsorEngagement& e : r.engagements) {
        if (e.attendance) {
          EXPECT_NE(html.find("aria-label=\"Sessions against the allotment\""), std::string::npos);
        }
      }
    }
    if (viewer.role == Role::coach) {
      const auto log = hours_log(view);
      const std::string html = render_html(log);
      check(html, hidden, who + " hours");
      if (!log.entries.empty()) {
        EXPECT_NE(html.find("aria-label=\"Cumulative coaching hours against the ICF thresholds\""),
                  std::string::npos);
        EXPECT_NE(html.find(">ACC 100 h</text>"), std::string::npos);
      }
      check(render_html(session_calendar(view)), hidden, who + " calendar");
    }
  }
  EXPECT_EQ(built, 2 * roster.engagements.size() + roster.sponsor_contacts.size() +
                       2 * roster.coaches.size());
  EXPECT_GT(charts, 3 * roster.engagements.size());
}

// ---- Hostile record text -----------------------------------------------------------------------

struct HostileWorld : ThreeWay {
  static constexpr std::string_view kScript = "<script>alert(\"x\")</script>";
  static constexpr std::string_view kAttr = "\" onmouseover=\"alert(1)";
  static constexpr std::string_view kTags = "</text></svg></table><img src=x>";
  static constexpr std::string_view kEntity = "Tom & Jerry &amp; 'co'";

  HostileWorld() {
    terms.redacted_unshared_goals = true;
    start();
    const Date today = clock.today();
    const GoalId goal =
        practice.add_goal(client(), e,
                          {std::string(kScript), "", std::string(kAttr), std::string(kEntity), 1.0,
                           5.0, today.plus_days(90), true});
    practice.record_goal_progress(coach(), goal, today.plus_days(1), 2.0);
    practice.record_goal_progress(coach(), goal, today.plus_days(8), 3.0);
    const HabitId habit =
        practice.add_habit(client(), e, {std::nullopt, std::string(kTags), Cadence::daily});
    practice.check_in_habit(client(), habit, today, true);
    const SkillId skill = practice.add_skill(coach(), e, {std::string(kAttr)});
    practice.rate_skill(coach(), skill, today, 4);
    practice.add_belief(client(), e,
                        {std::string(kTags), BeliefKind::limiting, std::string(kEntity), 7, today,
                         std::string(kScript)});
    practice.add_value(client(), e, {std::string(kEntity), 1, std::string(kScript)});
  }
};

TEST(ReportHtml, HostileTextIsEscapedEverywhere) {
  HostileWorld w;
  const std::vector<std::string> pages{render_html(engagement_report(w.view(w.coach()), w.e)),
                                       render_html(engagement_report(w.view(w.client()), w.e)),
                                       render_html(sponsor_report(w.view(w.sponsor_hr())))};
  for (const std::string& html : pages) {
    expect_valid_page(html, "hostile");
    for (const std::string_view raw :
         {HostileWorld::kScript, HostileWorld::kAttr, HostileWorld::kTags, HostileWorld::kEntity})
      EXPECT_EQ(html.find(raw), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), std::string::npos);
    EXPECT_EQ(html.find("<img"), std::string::npos);
  }
  // The coach sees all of it, escaped: the goal in its chart's name and the table, the habit,
  // the belief and the value.
  const std::string& coach = pages[0];
  EXPECT_NE(coach.find("Tom &amp; Jerry &amp;amp; &#x27;co&#x27;"), std::string::npos);
  EXPECT_NE(coach.find("&lt;/text&gt;&lt;/svg&gt;&lt;/table&gt;&lt;img src=x&gt;"),
            std::string::npos);
  EXPECT_NE(coach.find("&quot; onmouseover=&quot;alert(1)"), std::string::npos);
}

TEST(ReportHtml, EscaperAndLabels) {
  EXPECT_EQ(html_escape("<a href='x'>\"&\"</a>"),
            "&lt;a href=&#x27;x&#x27;&gt;&quot;&amp;&quot;&lt;/a&gt;");
  EXPECT_EQ(html_escape("été ✓"), "été ✓");
  EXPECT_EQ(html::fit_label("abcdef", 6), "abcdef");
  EXPECT_EQ(html::fit_label("abcdefg", 6), "abcde…");
  // Never cuts inside a multi-byte character.
  EXPECT_EQ(html::fit_label("ééééééé", 4), "ééé…");
}

// ---- Charts ----------------------------------------------------------------------------------

TEST(SvgChart, LineChartIsDeterministicWithTicksAndReferences) {
  html::LineChart chart;
  chart.title = "A & B";
  chart.y_label = "decisions";
  chart.series.push_back({"measured",
                          {{static_cast<double>(Date::parse("2026-03-03").days()), 2.0},
                           {static_cast<double>(Date::parse("2026-04-10").days()), 3.5}}});
  chart.references.push_back({"target 5", 5.0});
  chart.references.push_back({"baseline 1", 1.0});
  const std::string svg = html::line_chart(chart);
  EXPECT_EQ(svg, html::line_chart(chart));
  EXPECT_EQ(well_formedness_error(svg), "");
  EXPECT_NE(svg.find("aria-label=\"A &amp; B\""), std::string::npos);
  EXPECT_NE(svg.find("<title>A &amp; B</title>"), std::string::npos);
  EXPECT_EQ(count(svg, "<polyline"), 1u);
  EXPECT_EQ(count(svg, "<circle"), 2u);
  EXPECT_NE(svg.find(">target 5</text>"), std::string::npos);
  EXPECT_NE(svg.find(">2026-03-"), std::string::npos);  // day ticks for a five-week span
  EXPECT_NE(svg.find(">5</text>"), std::string::npos);  // a y tick at the target
}

TEST(SvgChart, BarChartsStackGroupAndScale) {
  html::BarChart chart;
  chart.title = "Sessions";
  chart.series = {"held", "no-show"};
  chart.groups = {{"used", {3.0, 1.0}}};
  chart.references.push_back({"allotted 10", 10.0});
  const std::string stacked = html::bar_chart(chart);
  EXPECT_EQ(well_formedness_error(stacked), "");
  EXPECT_EQ(count(stacked, "<rect"), 2u + 2u);  // two segments, two legend swatches
  EXPECT_NE(stacked.find(">allotted 10</text>"), std::string::npos);
  EXPECT_NE(stacked.find(">10</text>"), std::string::npos);  // the axis reaches the allotment
  chart.mode = html::BarMode::grouped;
  chart.horizontal = false;
  const std::string grouped = html::bar_chart(chart);
  EXPECT_EQ(well_formedness_error(grouped), "");
  EXPECT_NE(grouped, stacked);
  // Zero values draw no bar at all.
  chart.groups = {{"none", {0.0, 0.0}}};
  EXPECT_EQ(count(html::bar_chart(chart), "<rect"), 2u);
}

// ---- Golden files ----------------------------------------------------------------------------

TEST(ReportHtml, GoldenFiles) {
  const GoldenPractice g;
  const auto engagement = engagement_report(g.coach, g.engagement.id, g.as_of);
  const auto sponsor = sponsor_report(g.sponsor, g.as_of);
  const auto hours = hours_log(g.coach, g.as_of);
  const auto calendar = session_calendar(g.coach, g.as_of);
  check_golden("engagement.html", render_html(engagement));
  check_golden("sponsor.html", render_html(sponsor));
  check_golden("hours.html", render_html(hours));
  check_golden("calendar.html", render_html(calendar));
  // The fixed practice has something to draw in each chart kind.
  EXPECT_GE(count(render_html(engagement), "<svg"), 4u);
  EXPECT_GE(count(render_html(sponsor), "<svg"), 1u);
  EXPECT_EQ(count(render_html(hours), "<svg"), 2u);
}

}  // namespace
}  // namespace libcoach
