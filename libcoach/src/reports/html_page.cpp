#include "reports/html_page.hpp"

#include "libcoach/reports/html_escape.hpp"

namespace libcoach::html {

namespace {

// One style sheet for every report. Print: A4 with margins, black on white, every top-level
// section on a new page, and no chart, table row or subsection cut across pages.
constexpr std::string_view kStyle = R"(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 14px/1.45 sans-serif; color: #1a1a1a; background: #fff; max-width: 960px;
  margin: 0 auto; padding: 24px; }
header.report { border-bottom: 3px solid #0072b2; margin-bottom: 8px; }
h1 { font-size: 24px; margin: 0 0 6px; }
h2 { font-size: 19px; border-bottom: 1px solid #0072b2; padding-bottom: 2px; margin: 30px 0 10px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0 12px; }
dl.facts dt { font-weight: bold; color: #333; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 13px; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid #c8c8c8; padding: 3px 8px; text-align: left; vertical-align: top; }
thead th { background: #eef3f8; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.date { white-space: nowrap; }
figure { margin: 10px 0 16px; }
figcaption { font-size: 12px; color: #444; margin-top: 2px; }
svg.chart { display: block; max-width: 100%; height: auto; background: #fff; }
p.empty { color: #555; font-style: italic; }
footer { margin-top: 36px; padding-top: 6px; border-top: 1px solid #c8c8c8; font-size: 12px;
  color: #555; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; color: #000; background: #fff; }
  header.report, h2 { border-color: #000; }
  thead th { background: none; }
  section.top { break-before: page; }
  section.top:first-of-type { break-before: auto; }
  figure, .sub, tr, dl.facts { break-inside: avoid; }
  h2, h3, caption { break-after: avoid; }
  thead { display: table-header-group; }
  figcaption, footer, p.empty { color: #000; }
}
)";

std::string cell_class(Cells cells) {
  switch (cells) {
    case Cells::number:
      return " class=\"num\"";
    case Cells::date:
      return " class=\"date\"";
    case Cells::text:
      break;
  }
  return {};
}

}  // namespace

std::string page(std::string_view title, const ReportHeader& header, std::string_view body) {
  const std::string t = html_escape(title);
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      // Nothing may load or run: the page is complete in itself.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"libcoach\">\n<title>" +
      t + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
  out += "<header class=\"report\">\n<h1>" + t + "</h1>\n";
  out += facts(
      {{"Generated", header.generated.to_string()},
       {"As of", header.as_of.to_string()},
       {"For", std::string(to_string(header.viewer.role)) + " " + format_uuid(header.viewer.id)}});
  out += "</header>\n<main>\n";
  out += body;
  out +=
      "</main>\n<footer>Confidential: prepared for the viewer named above, as the "
      "practice's confidentiality policy lets them see it.</footer>\n</body>\n</html>\n";
  return out;
}

std::string section(std::string_view heading, std::string_view content) {
  return "<section class=\"top\">\n<h2>" + html_escape(heading) + "</h2>\n" + std::string(content) +
         "</section>\n";
}

std::string subsection(std::string_view heading, std::string_view content) {
  return "<div class=\"sub\">\n<h3>" + html_escape(heading) + "</h3>\n" + std::string(content) +
         "</div>\n";
}

std::string table(std::string_view caption, const std::vector<Column>& columns,
                  const std::vector<std::vector<std::string>>& rows) {
  std::string out = "<table>\n";
  if (!caption.empty())
    out += "<caption>" + html_escape(caption) + "</caption>\n";
  out += "<thead><tr>";
  for (const Column& col : columns)
    out += "<th scope=\"col\"" + cell_class(col.cells) + ">" + html_escape(col.name) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i)
      out += "<td" + cell_class(i < columns.size() ? columns[i].cells : Cells::text) + ">" +
             (row[i].empty() ? std::string("–") : html_escape(row[i])) + "</td>";
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string facts(const std::vector<std::pair<std::string, std::string>>& items) {
  std::string out = "<dl class=\"facts\">\n";
  for (const auto& [label, value] : items)
    out += "<dt>" + html_escape(label) + "</dt><dd>" + html_escape(value) + "</dd>\n";
  return out + "</dl>\n";
}

std::string figure(std::string_view svg, std::string_view caption) {
  return "<figure>\n" + std::string(svg) + "\n<figcaption>" + html_escape(caption) +
         "</figcaption>\n</figure>\n";
}

std::string paragraph(std::string_view text, bool empty) {
  return std::string(empty ? "<p class=\"empty\">" : "<p>") + html_escape(text) + "</p>\n";
}

}  // namespace libcoach::html
