#include "libcoach/time.hpp"

#include <charconv>
#include <memory>

#include "libcoach/errors.hpp"

namespace libcoach {

namespace {
using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;
// The same bounds in days since 1970-01-01: 1900-01-01 and 2200-12-31. Checking a day count
// against them costs two comparisons where converting it to a year costs a calendar
// computation, and dates are made from day counts once per decoded record.
constexpr std::int32_t kMinDays = -25567;
constexpr std::int32_t kMaxDays = 84370;
static_assert(
    std::chrono::sys_days{std::chrono::year{kMinYear} / 1 / 1}.time_since_epoch().count() ==
    kMinDays);
static_assert(
    std::chrono::sys_days{std::chrono::year{kMaxYear} / 12 / 31}.time_since_epoch().count() ==
    kMaxDays);

int parse_digits(std::string_view text, std::size_t pos, std::size_t count, const char* what) {
  int value = 0;
  if (pos + count > text.size())
    throw ValidationError(std::string(what) + ": too short");
  for (std::size_t i = pos; i < pos + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9')
      throw ValidationError(std::string(what) + ": expected a digit");
    value = value * 10 + (c - '0');
  }
  return value;
}

void expect_char(std::string_view text, std::size_t pos, char c, const char* what) {
  if (pos >= text.size() || text[pos] != c) {
    throw ValidationError(std::string(what) + ": malformed ISO 8601 text");
  }
}

year_month_day ymd_of(std::int32_t days) {
  return year_month_day{sys_days{std::chrono::days{days}}};
}

std::string two(unsigned v) {
  std::string s(2, '0');
  s[0] = static_cast<char>('0' + v / 10);
  s[1] = static_cast<char>('0' + v % 10);
  return s;
}
}  // namespace

Date Date::from_ymd(int y, unsigned m, unsigned d) {
  if (y < kMinYear || y > kMaxYear)
    throw ValidationError("date: year outside 1900..2200");
  const year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok())
    throw ValidationError("date: no such calendar day");
  Date out;
  out.days_ = static_cast<std::int32_t>(sys_days{ymd}.time_since_epoch().count());
  return out;
}

Date Date::parse(std::string_view iso) {
  if (iso.size() != 10)
    throw ValidationError("date: expected YYYY-MM-DD");
  const int y = parse_digits(iso, 0, 4, "date");
  expect_char(iso, 4, '-', "date");
  const int m = parse_digits(iso, 5, 2, "date");
  expect_char(iso, 7, '-', "date");
  const int d = parse_digits(iso, 8, 2, "date");
  return from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

Date Date::from_days(std::int32_t days) {
  if (days < kMinDays || days > kMaxDays)
    throw ValidationError("date: year outside 1900..2200");
  Date out;
  out.days_ = days;
  return out;
}

int Date::year() const {
  return static_cast<int>(ymd_of(days_).year());
}
unsigned Date::month() const {
  return static_cast<unsigned>(ymd_of(days_).month());
}
unsigned Date::day() const {
  return static_cast<unsigned>(ymd_of(days_).day());
}

std::string Date::to_string() const {
  const auto ymd = ymd_of(days_);
  const int y = static_cast<int>(ymd.year());
  std::string out = std::to_string(y);
  while (out.size() < 4)
    out.insert(out.begin(), '0');
  return out + "-" + two(static_cast<unsigned>(ymd.month())) + "-" +
         two(static_cast<unsigned>(ymd.day()));
}

Timestamp Timestamp::at(Date date, int hour, int minute, int second) {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    throw ValidationError("timestamp: time of day out of range");
  }
  return from_unix(std::int64_t{date.days()} * 86400 + hour * 3600 + minute * 60 + second);
}

Timestamp Timestamp::parse(std::string_view iso) {
  if (iso.size() < 16)
    throw ValidationError("timestamp: expected YYYY-MM-DDTHH:MM[:SS]Z");
  const Date date = Date::parse(iso.substr(0, 10));
  if (iso[10] != 'T' && iso[10] != ' ')
    throw ValidationError("timestamp: expected 'T'");
  const int hour = parse_digits(iso, 11, 2, "timestamp");
  expect_char(iso, 13, ':', "timestamp");
  const int minute = parse_digits(iso, 14, 2, "timestamp");
  std::size_t pos = 16;
  int second = 0;
  if (pos < iso.size() && iso[pos] == ':') {
    second = parse_digits(iso, pos + 1, 2, "timestamp");
    pos += 3;
  }
  const std::string_view zone = iso.substr(pos);
  if (!(zone.empty() || zone == "Z" || zone == "+00:00")) {
    throw ValidationError("timestamp: only UTC ('Z' or '+00:00') is accepted");
  }
  return at(date, hour, minute, second);
}

Date Timestamp::date() const {
  std::int64_t days = seconds_ / 86400;
  if (seconds_ % 86400 < 0)
    --days;
  return Date::from_days(static_cast<std::int32_t>(days));
}

std::string Timestamp::to_string() const {
  std::int64_t rem = seconds_ % 86400;
  if (rem < 0)
    rem += 86400;
  const auto secs = static_cast<unsigned>(rem);
  return date().to_string() + "T" + two(secs / 3600) + ":" + two(secs / 60 % 60) + ":" +
         two(secs % 60) + "Z";
}

Clock system_clock() {
  return [] {
    const auto now =
        std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    return Timestamp::from_unix(now.time_since_epoch().count());
  };
}

Clock stepping_clock(Timestamp start, std::int64_t step_seconds) {
  auto current = std::make_shared<std::int64_t>(start.unix_seconds());
  return [current, step_seconds] {
    const auto now = Timestamp::from_unix(*current);
    *current += step_seconds;
    return now;
  };
}

}  // namespace libcoach
