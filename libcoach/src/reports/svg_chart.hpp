#pragma once
// Inline SVG charts for the HTML reports (internal): line charts and bar charts (single,
// stacked or grouped; horizontal or vertical) with axis ticks, labels, legends and reference
// lines. The output is deterministic (coordinates rounded through format.hpp), needs no script,
// font or external resource, and carries its accessible name as `aria-label` and `<title>`.
// Every text given here (titles, series names, labels) is HTML-escaped when drawn.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace libcoach::html {

/// One point of a line: x is a day number (`Date::days()`) on a date axis, else a number.
struct ChartPoint {
  double x = 0.0;
  double y = 0.0;
};

/// One line of a line chart.
struct LineSeries {
  std::string name;  ///< Legend text.
  std::vector<ChartPoint> points;
};

/// A labelled line across the plot at one value: a target, a threshold, an allotment.
struct ReferenceLine {
  std::string label;  ///< Drawn beside the line ("target 5").
  double value = 0.0;
};

/// What the x axis of a line chart counts.
enum class XAxis : std::uint8_t { date, number };

/// A line chart; the axes span the data, the reference lines and the fixed bounds.
struct LineChart {
  std::string title;    ///< Accessible name of the chart.
  std::string y_label;  ///< Drawn along the y axis.
  XAxis x_axis = XAxis::date;
  std::optional<double> y_min;  ///< Fixed lower bound (a rating scale's 0).
  std::optional<double> y_max;  ///< Fixed upper bound (a rating scale's 10).
  std::vector<LineSeries> series;
  std::vector<ReferenceLine> references;
};

/// The SVG of a line chart.
std::string line_chart(const LineChart& chart);

/// How the values of one bar group are drawn.
enum class BarMode : std::uint8_t {
  stacked,  ///< End to end in one bar.
  grouped,  ///< One bar per series, side by side.
};

/// One category: its label and one value per series.
struct BarGroup {
  std::string label;
  std::vector<double> values;
};

/// A bar chart. The value axis starts at 0 and spans the bars, the reference lines and `max`.
struct BarChart {
  std::string title;                ///< Accessible name of the chart.
  std::vector<std::string> series;  ///< Legend (drawn when there are two or more series).
  std::vector<BarGroup> groups;
  BarMode mode = BarMode::stacked;
  bool horizontal = true;    ///< Horizontal bars with their label above (long labels fit).
  std::string value_label;   ///< Drawn along the value axis.
  std::string value_suffix;  ///< Appended to value texts (" %").
  std::optional<double> max;
  std::vector<ReferenceLine> references;
};

/// The SVG of a bar chart.
std::string bar_chart(const BarChart& chart);

/// At most `max_chars` characters of UTF-8 `text` (never cutting a multi-byte sequence), with
/// an ellipsis when cut: chart labels must fit their space.
std::string fit_label(const std::string& text, std::size_t max_chars);

}  // namespace libcoach::html
