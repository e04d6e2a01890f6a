#pragma once
/// \file
/// Calendar dates, UTC timestamps and the injectable clock.

#include <chrono>
#include <compare>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace libcoach {

/// A calendar date (proleptic Gregorian), stored as days since 1970-01-01.
class Date {
 public:
  /// 1970-01-01.
  constexpr Date() = default;
  /// Builds a date from year, month and day.
  /// \throws ValidationError for impossible dates (2026-02-30) or years outside 1900..2200.
  static Date from_ymd(int year, unsigned month, unsigned day);
  /// Parses ISO 8601 "YYYY-MM-DD". \throws ValidationError when malformed or impossible.
  static Date parse(std::string_view iso);
  /// Builds a date from a day count since 1970-01-01 (no validation beyond the year range).
  static Date from_days(std::int32_t days);

  /// Days since 1970-01-01.
  constexpr std::int32_t days() const { return days_; }
  /// Year component.
  int year() const;
  /// Month component, 1..12.
  unsigned month() const;
  /// Day-of-month component, 1..31.
  unsigned day() const;
  /// ISO 8601 text "YYYY-MM-DD".
  std::string to_string() const;
  /// The date `n` days later (earlier when negative).
  Date plus_days(std::int32_t n) const { return from_days(days_ + n); }

  friend constexpr bool operator==(Date, Date) = default;
  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  std::int32_t days_ = 0;
};

/// A point in time, UTC, with one-second resolution.
class Timestamp {
 public:
  /// 1970-01-01T00:00:00Z.
  constexpr Timestamp() = default;
  /// From seconds since the Unix epoch.
  static constexpr Timestamp from_unix(std::int64_t seconds) {
    Timestamp t;
    t.seconds_ = seconds;
    return t;
  }
  /// Midnight UTC at the start of `date`, plus an optional time of day.
  static Timestamp at(Date date, int hour = 0, int minute = 0, int second = 0);
  /// Parses ISO 8601 "YYYY-MM-DDTHH:MM:SSZ" (also "YYYY-MM-DDTHH:MM" and a "+00:00" offset).
  /// \throws ValidationError when malformed or impossible.
  static Timestamp parse(std::string_view iso);

  /// Seconds since the Unix epoch.
  constexpr std::int64_t unix_seconds() const { return seconds_; }
  /// The UTC calendar date this instant falls on.
  Date date() const;
  /// ISO 8601 text "YYYY-MM-DDTHH:MM:SSZ".
  std::string to_string() const;
  /// This instant plus `seconds`.
  constexpr Timestamp plus_seconds(std::int64_t seconds) const {
    return from_unix(seconds_ + seconds);
  }

  friend constexpr bool operator==(Timestamp, Timestamp) = default;
  friend constexpr auto operator<=>(Timestamp, Timestamp) = default;

 private:
  std::int64_t seconds_ = 0;
};

/// The clock a practice reads "now" from. Injectable so tests and generated practices are
/// reproducible.
using Clock = std::function<Timestamp()>;

/// The system clock (UTC), truncated to seconds.
Clock system_clock();

/// A clock that returns `start` and advances by `step_seconds` on every reading; for tests.
Clock stepping_clock(Timestamp start, std::int64_t step_seconds = 1);

}  // namespace libcoach
