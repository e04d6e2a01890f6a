#include "reports/svg_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "libcoach/reports/html_escape.hpp"
#include "libcoach/time.hpp"
#include "reports/format.hpp"

namespace libcoach::html {

namespace {

// Okabe–Ito colours: told apart with the common colour-vision deficiencies. Lines also differ
// by dash pattern, so that a black-and-white print keeps them apart.
constexpr std::array<const char*, 7> kColours = {"#0072b2", "#d55e00", "#009e73", "#cc79a7",
                                                 "#e69f00", "#56b4e9", "#000000"};
constexpr std::array<const char*, 4> kDashes = {"", "6 3", "2 2", "8 3 2 3"};

constexpr double kWidth = 640.0;
constexpr double kPlotHeight = 170.0;
constexpr double kCharWidth = 6.2;  // average advance of an 11 px sans-serif character
constexpr double kLegendRow = 16.0;
constexpr std::size_t kMaxMarkers = 24;

const char* colour(std::size_t i) {
  return kColours[i % kColours.size()];
}
const char* dash(std::size_t i) {
  return kDashes[i % kDashes.size()];
}

// A coordinate: one decimal is finer than any screen or printer needs and keeps output short.
std::string c(double x) {
  return detail::number_text(std::round(x * 10.0) / 10.0);
}

std::size_t char_count(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char ch) {
    return (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  }));
}

double text_width(const std::string& text) {
  return static_cast<double>(char_count(text)) * kCharWidth;
}

// An escaped <text> element.
std::string text(double x, double y, const std::string& content, const char* anchor = "start",
                 const std::string& extra = "") {
  std::string out = "<text x=\"" + c(x) + "\" y=\"" + c(y) + "\"";
  if (std::string_view(anchor) != "start")
    out += std::string(" text-anchor=\"") + anchor + "\"";
  out += extra + ">" + html_escape(content) + "</text>";
  return out;
}

std::string line(double x1, double y1, double x2, double y2, const std::string& attrs) {
  return "<line x1=\"" + c(x1) + "\" y1=\"" + c(y1) + "\" x2=\"" + c(x2) + "\" y2=\"" + c(y2) +
         "\" " + attrs + "/>";
}

std::string open_svg(const std::string& title, double height) {
  const std::string t = html_escape(title);
  return "<svg class=\"chart\" viewBox=\"0 0 " + c(kWidth) + " " + c(height) + "\" width=\"" +
         c(kWidth) + "\" height=\"" + c(height) + "\" role=\"img\" aria-label=\"" + t +
         "\" font-family=\"sans-serif\" font-size=\"11\"><title>" + t + "</title>";
}

// ---- Scales ----------------------------------------------------------------------------------

/// A linear scale with "nice" ticks.
struct Scale {
  double lo = 0.0;
  double hi = 1.0;
  double step = 1.0;

  std::vector<double> ticks() const {
    std::vector<double> out;
    const auto first = static_cast<long>(std::ceil(lo / step - 1e-9));
    const auto last = static_cast<long>(std::floor(hi / step + 1e-9));
    for (long i = first; i <= last; ++i)
      out.push_back(static_cast<double>(i) * step);
    return out;
  }
};

Scale nice_scale(double lo, double hi, std::optional<double> fixed_lo,
                 std::optional<double> fixed_hi) {
  if (fixed_lo)
    lo = *fixed_lo;
  if (fixed_hi)
    hi = *fixed_hi;
  if (!(hi > lo)) {  // a flat series: give it room above and below
    const double pad = lo == 0.0 ? 1.0 : std::abs(lo) * 0.1;
    if (!fixed_lo)
      lo -= pad;
    if (!fixed_hi || !(hi > lo))
      hi = lo + 2.0 * pad;
  }
  const double raw = (hi - lo) / 5.0;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double f = raw / magnitude;
  // 1, 2 or 5 times a power of ten: counts of sessions or hours get whole ticks.
  const double nice = f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0;
  Scale s;
  s.step = nice * magnitude;
  s.lo = fixed_lo ? lo : std::floor(lo / s.step) * s.step;
  s.hi = fixed_hi ? hi : std::ceil(hi / s.step) * s.step;
  return s;
}

/// Maps a domain onto pixels.
struct Axis {
  double d0, d1, p0, p1;
  double operator()(double v) const { return p0 + (v - d0) / (d1 - d0) * (p1 - p0); }
};

struct Tick {
  double at;
  std::string label;
};

/// Date ticks: days for spans up to two months, else the first of every 1, 2, 3, 6 or 12
/// months; at most about six.
std::vector<Tick> date_ticks(double lo, double hi) {
  std::vector<Tick> out;
  const auto first = static_cast<std::int32_t>(std::ceil(lo));
  const auto last = static_cast<std::int32_t>(std::floor(hi));
  if (last - first <= 62) {
    std::int32_t step = 1;
    for (const std::int32_t s : {1, 2, 7, 14, 28})
      if ((last - first) / s <= 5) {
        step = s;
        break;
      }
    for (std::int32_t d = first; d <= last; d += step)
      out.push_back({static_cast<double>(d), Date::from_days(d).to_string()});
    return out;
  }
  const Date a = Date::from_days(first);
  const Date b = Date::from_days(last);
  const int m0 = a.year() * 12 + static_cast<int>(a.month()) - 1;
  const int m1 = b.year() * 12 + static_cast<int>(b.month()) - 1;
  int step = 12;
  for (const int s : {1, 2, 3, 6, 12, 24, 60})
    if ((m1 - m0) / s <= 5) {
      step = s;
      break;
    }
  for (int m = m0; m <= m1; ++m) {
    if (m % step != 0)
      continue;
    const Date d = Date::from_ymd(m / 12, static_cast<unsigned>(m % 12 + 1), 1);
    if (d.days() < first || d.days() > last)
      continue;
    out.push_back({static_cast<double>(d.days()), d.to_string().substr(0, 7)});
  }
  return out;
}

// ---- Legends ---------------------------------------------------------------------------------

/// Legend items laid out left to right, wrapping; returns the SVG and its height.
std::pair<std::string, double> legend(const std::vector<std::string>& names, double x0, double y0,
                                      bool lines) {
  std::string out;
  double x = x0;
  double y = y0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string name = fit_label(names[i], 60);
    const double w = 24.0 + text_width(name) + 16.0;
    if (x > x0 && x + w > kWidth - 8.0) {
      x = x0;
      y += kLegendRow;
    }
    if (lines) {
      std::string attrs = std::string("stroke=\"") + colour(i) + "\" stroke-width=\"2\"";
      if (*dash(i))
        attrs += std::string(" stroke-dasharray=\"") + dash(i) + "\"";
      out += line(x, y + 5.0, x + 18.0, y + 5.0, attrs);
    } else {
      out += "<rect x=\"" + c(x + 4.0) + "\" y=\"" + c(y) +
             "\" width=\"10\" height=\"10\" fill=\"" + colour(i) + "\"/>";
    }
    out += text(x + 24.0, y + 9.0, name);
    x += w;
  }
  return {names.empty() ? std::string() : "<g class=\"legend\">" + out + "</g>",
          names.empty() ? 0.0 : y - y0 + kLegendRow + 4.0};
}

std::string reference_lines_horizontal(const std::vector<ReferenceLine>& refs, const Axis& y,
                                       double left, double right) {
  std::string out;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const double py = y(refs[i].value);
    out += line(left, py, right, py, "stroke=\"#444\" stroke-width=\"1\" stroke-dasharray=\"4 3\"");
    // Alternate sides so that two close lines (baseline and target) keep readable labels.
    out += i % 2 == 0 ? text(right - 4.0, py - 4.0, refs[i].label, "end")
                      : text(left + 4.0, py - 4.0, refs[i].label);
  }
  return out.empty() ? out : "<g class=\"reference\">" + out + "</g>";
}

std::string value_ticks_vertical(const Scale& s, const Axis& y, double left, double right,
                                 const std::string& suffix) {
  std::string out = "<g class=\"grid\">";
  for (const double t : s.ticks()) {
    const double py = y(t);
    out += line(left, py, right, py, "stroke=\"#ddd\"");
    out += text(left - 6.0, py + 4.0, detail::number_text(t) + suffix, "end");
  }
  return out + "</g>";
}

std::string y_label(const std::string& label, double top, double bottom) {
  if (label.empty())
    return {};
  const auto room = static_cast<std::size_t>((bottom - top) / kCharWidth);
  return text(-(top + bottom) / 2.0, 12.0, fit_label(label, room), "middle",
              " transform=\"rotate(-90)\"");
}

// A bar's value as a reader wants it: one decimal ("54.7 %"), where ticks stay exact.
std::string value_text(double v, const std::string& suffix) {
  return detail::number_text(std::round(v * 10.0) / 10.0) + suffix;
}

}  // namespace

std::string fit_label(const std::string& text, std::size_t max_chars) {
  if (char_count(text) <= max_chars)
    return text;
  std::size_t chars = 0;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (chars == max_chars - 1)
        break;
      ++chars;
    }
  }
  return text.substr(0, i) + "…";
}

// ---- Line chart --------------------------------------------------------------------------------

std::string line_chart(const LineChart& chart) {
  std::vector<std::string> names;
  for (const auto& s : chart.series)
    names.push_back(s.name);
  constexpr double left = 56.0;
  const double right = kWidth - 32.0;
  auto [legend_svg, legend_h] = legend(names, left, 8.0, true);
  const double top = 14.0 + legend_h;
  const double bottom = top + kPlotHeight;
  const double height = bottom + 30.0;

  double x_lo = HUGE_VAL, x_hi = -HUGE_VAL, y_lo = HUGE_VAL, y_hi = -HUGE_VAL;
  for (const auto& s : chart.series)
    for (const auto& p : s.points) {
      x_lo = std::min(x_lo, p.x);
      x_hi = std::max(x_hi, p.x);
      y_lo = std::min(y_lo, p.y);
      y_hi = std::max(y_hi, p.y);
    }
  for (const auto& r : chart.references) {
    y_lo = std::min(y_lo, r.value);
    y_hi = std::max(y_hi, r.value);
  }
  if (x_lo > x_hi) {  // no points at all: an empty frame of one week or one unit
    x_lo = 0.0;
    x_hi = chart.x_axis == XAxis::date ? 7.0 : 1.0;
  }
  if (y_lo > y_hi)
    y_lo = y_hi = 0.0;
  if (x_hi - x_lo < 1.0) {  // one point in time: centre it
    x_lo -= chart.x_axis == XAxis::date ? 3.0 : 0.5;
    x_hi += chart.x_axis == XAxis::date ? 3.0 : 0.5;
  }
  if (!chart.y_max)  // room above the highest point or line for its label
    y_hi += (y_hi - y_lo) * 0.05;
  const double x_pad = (x_hi - x_lo) * 0.03;
  const Axis x{x_lo - x_pad, x_hi + x_pad, left, right};
  const Scale ys = nice_scale(y_lo, y_hi, chart.y_min, chart.y_max);
  const Axis y{ys.lo, ys.hi, bottom, top};

  std::string out = open_svg(chart.title, height);
  out += legend_svg;
  out += value_ticks_vertical(ys, y, left, right, "");
  out += y_label(chart.y_label, top, bottom);

  std::vector<Tick> ticks;
  if (chart.x_axis == XAxis::date) {
    ticks = date_ticks(x.d0, x.d1);
  } else {
    const Scale xs = nice_scale(x_lo, x_hi, std::nullopt, std::nullopt);
    for (const double t : xs.ticks())
      if (t >= x.d0 && t <= x.d1)
        ticks.push_back({t, detail::number_text(t)});
  }
  out += "<g class=\"axis\">";
  out += line(left, bottom, right, bottom, "stroke=\"#333\"");
  out += line(left, top, left, bottom, "stroke=\"#333\"");
  for (const Tick& t : ticks) {
    out += line(x(t.at), bottom, x(t.at), bottom + 4.0, "stroke=\"#333\"");
    out += text(x(t.at), bottom + 16.0, t.label, "middle");
  }
  out += "</g>";
  out += reference_lines_horizontal(chart.references, y, left, right);

  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    const auto& s = chart.series[i];
    out += "<g class=\"series\" fill=\"" + std::string(colour(i)) + "\">";
    if (s.points.size() > 1) {
      out += "<polyline fill=\"none\" stroke=\"" + std::string(colour(i)) + "\" stroke-width=\"2\"";
      if (*dash(i))
        out += std::string(" stroke-dasharray=\"") + dash(i) + "\"";
      out += " points=\"";
      for (std::size_t k = 0; k < s.points.size(); ++k)
        out += (k ? " " : "") + c(x(s.points[k].x)) + "," + c(y(s.points[k].y));
      out += "\"/>";
    }
    // Markers mark measurements; on a long series (an hours log) they would only blur it.
    if (s.points.size() <= kMaxMarkers)
      for (const auto& p : s.points)
        out += "<circle cx=\"" + c(x(p.x)) + "\" cy=\"" + c(y(p.y)) + "\" r=\"3\"/>";
    out += "</g>";
  }
  return out + "</svg>";
}

// ---- Bar chart ---------------------------------------------------------------------------------

namespace {

double group_total(const BarGroup& g, BarMode mode) {
  double total = 0.0;
  for (const double v : g.values)
    total = mode == BarMode::stacked ? total + std::max(0.0, v) : std::max(total, v);
  return total;
}

std::string bar_rect(double x, double y, double w, double h, std::size_t series,
                     const std::string& tooltip) {
  return "<rect x=\"" + c(x) + "\" y=\"" + c(y) + "\" width=\"" + c(w) + "\" height=\"" + c(h) +
         "\" fill=\"" + colour(series) + "\"><title>" + html_escape(tooltip) + "</title></rect>";
}

std::string tooltip(const BarChart& chart, const BarGroup& g, std::size_t i) {
  std::string t = g.label;
  if (chart.series.size() > 1)
    t += " — " + chart.series[i];
  return t + ": " + value_text(g.values[i], chart.value_suffix);
}

Scale bar_scale(const BarChart& chart) {
  double hi = chart.max.value_or(0.0);
  for (const auto& g : chart.groups)
    hi = std::max(hi, group_total(g, chart.mode));
  for (const auto& r : chart.references)
    hi = std::max(hi, r.value);
  return nice_scale(0.0, hi > 0.0 ? hi : 1.0, 0.0, chart.max);
}

std::string horizontal_bars(const BarChart& chart) {
  const bool with_legend = chart.series.size() > 1;
  constexpr double left = 12.0;
  const double right = kWidth - 72.0;
  auto [legend_svg, legend_h] =
      legend(with_legend ? chart.series : std::vector<std::string>{}, left, 8.0, false);
  const double top = 10.0 + legend_h + (chart.references.empty() ? 0.0 : 14.0);
  const std::size_t n = std::max<std::size_t>(1, chart.series.size());
  const double bar_h = chart.mode == BarMode::stacked ? 14.0 : 10.0 * static_cast<double>(n);
  const double row_h = 15.0 + bar_h + 10.0;
  const double bottom = top + row_h * static_cast<double>(chart.groups.size()) + 4.0;
  const double height = bottom + (chart.value_label.empty() ? 24.0 : 38.0);
  const Scale s = bar_scale(chart);
  const Axis x{s.lo, s.hi, left, right};

  std::string out = open_svg(chart.title, height);
  out += legend_svg;
  out += "<g class=\"grid\">";
  for (const double t : s.ticks()) {
    out += line(x(t), top, x(t), bottom, "stroke=\"#ddd\"");
    out += text(x(t), bottom + 16.0, detail::number_text(t) + chart.value_suffix, "middle");
  }
  out += "</g><g class=\"axis\">" + line(left, bottom, right, bottom, "stroke=\"#333\"") + "</g>";
  if (!chart.value_label.empty())
    out += text((left + right) / 2.0, bottom + 32.0, chart.value_label, "middle");

  const auto max_label = static_cast<std::size_t>((right - left) / kCharWidth);
  double row = top;
  for (const auto& g : chart.groups) {
    out += "<g class=\"bar\">";
    out += text(left, row + 11.0, fit_label(g.label, max_label), "start", " font-weight=\"bold\"");
    const double bar_top = row + 15.0;
    double end = left;
    double cursor = left;
    for (std::size_t i = 0; i < g.values.size(); ++i) {
      const double v = std::max(0.0, g.values[i]);
      if (chart.mode == BarMode::stacked) {
        const double w = x(v) - left;
        if (w > 0.0)
          out += bar_rect(cursor, bar_top, w, bar_h, i, tooltip(chart, g, i));
        cursor += w;
        end = cursor;
      } else {
        const double y0 = bar_top + 10.0 * static_cast<double>(i);
        const double w = x(v) - left;
        if (w > 0.0)
          out += bar_rect(left, y0, w, 9.0, i, tooltip(chart, g, i));
        out += text(left + w + 4.0, y0 + 8.0, value_text(g.values[i], chart.value_suffix), "start",
                    " font-size=\"9\"");
      }
    }
    if (chart.mode == BarMode::stacked) {
      double total = 0.0;
      for (const double v : g.values)
        total += v;
      out += text(end + 4.0, bar_top + 11.0, value_text(total, chart.value_suffix));
    }
    out += "</g>";
    row += row_h;
  }
  std::string refs;
  for (const auto& r : chart.references) {
    const double px = x(r.value);
    refs += line(px, top - 4.0, px, bottom,
                 "stroke=\"#444\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"");
    refs += text(px, top - 6.0, r.label, px > kWidth - 120.0 ? "end" : "middle");
  }
  if (!refs.empty())
    out += "<g class=\"reference\">" + refs + "</g>";
  return out + "</svg>";
}

std::string vertical_bars(const BarChart& chart) {
  const bool with_legend = chart.series.size() > 1;
  constexpr double left = 56.0;
  const double right = kWidth - 16.0;
  auto [legend_svg, legend_h] =
      legend(with_legend ? chart.series : std::vector<std::string>{}, left, 8.0, false);
  const double top = 16.0 + legend_h;
  const double bottom = top + kPlotHeight;
  const double height = bottom + 30.0;
  const Scale s = bar_scale(chart);
  const Axis y{s.lo, s.hi, bottom, top};

  std::string out = open_svg(chart.title, height);
  out += legend_svg;
  out += value_ticks_vertical(s, y, left, right, chart.value_suffix);
  out += y_label(chart.value_label, top, bottom);
  out += "<g class=\"axis\">" + line(left, bottom, right, bottom, "stroke=\"#333\"") +
         line(left, top, left, bottom, "stroke=\"#333\"") + "</g>";

  const double n = static_cast<double>(std::max<std::size_t>(1, chart.groups.size()));
  const double slot = (right - left) / n;
  const double bar_w = std::min(48.0, slot * 0.7);
  double widest = 0.0;
  for (const auto& g : chart.groups)
    widest = std::max(widest, text_width(g.label) + 6.0);
  // Label every k-th category when the labels would overlap.
  const auto every = static_cast<std::size_t>(std::max(1.0, std::ceil(widest / slot)));
  for (std::size_t k = 0; k < chart.groups.size(); ++k) {
    const auto& g = chart.groups[k];
    const double mid = left + slot * (static_cast<double>(k) + 0.5);
    out += "<g class=\"bar\">";
    if (chart.mode == BarMode::stacked) {
      double base = 0.0;
      for (std::size_t i = 0; i < g.values.size(); ++i) {
        const double v = std::max(0.0, g.values[i]);
        if (v > 0.0)
          out += bar_rect(mid - bar_w / 2.0, y(base + v), bar_w, y(base) - y(base + v), i,
                          tooltip(chart, g, i));
        base += v;
      }
    } else {
      const double w = bar_w / static_cast<double>(std::max<std::size_t>(1, g.values.size()));
      for (std::size_t i = 0; i < g.values.size(); ++i) {
        const double v = std::max(0.0, g.values[i]);
        if (v > 0.0)
          out += bar_rect(mid - bar_w / 2.0 + w * static_cast<double>(i), y(v), w, y(0.0) - y(v), i,
                          tooltip(chart, g, i));
      }
    }
    if (k % every == 0)
      out += text(mid, bottom + 16.0, g.label, "middle");
    out += "</g>";
  }
  out += reference_lines_horizontal(chart.references, y, left, right);
  return out + "</svg>";
}

}  // namespace

std::string bar_chart(const BarChart& chart) {
  return chart.horizontal ? horizontal_bars(chart) : vertical_bars(chart);
}

}  // namespace libcoach::html
