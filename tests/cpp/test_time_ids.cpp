// Dates, timestamps, clocks and strong ids: the value types every command is built from.

#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>
#include <set>
#include <string>
#include <type_traits>

#include "libcoach/errors.hpp"
#include "libcoach/ids.hpp"
#include "libcoach/model/actor.hpp"
#include "libcoach/time.hpp"

namespace libcoach {
namespace {

// The point of strong ids: mixing up a client and a coach must not compile.
static_assert(!std::is_convertible_v<ClientId, CoachId>);
static_assert(!std::is_convertible_v<CoachId, ClientId>);
static_assert(!std::is_convertible_v<GoalId, BeliefId>);
static_assert(!std::is_convertible_v<EngagementId, ClientId>);
static_assert(!std::is_constructible_v<CoachId, ClientId>);
static_assert(!std::is_convertible_v<RecordId, GoalId>);

TEST(Date, FromYmdRoundTrips) {
  const Date d = Date::from_ymd(2026, 2, 28);
  EXPECT_EQ(d.year(), 2026);
  EXPECT_EQ(d.month(), 2u);
  EXPECT_EQ(d.day(), 28u);
  EXPECT_EQ(d.to_string(), "2026-02-28");
  EXPECT_EQ(Date::parse("2026-02-28"), d);
  EXPECT_EQ(Date::from_ymd(2026, 1, 1).days(), 20454);
  EXPECT_EQ(d.plus_days(1), Date::from_ymd(2026, 3, 1));
  EXPECT_EQ(Date::from_ymd(2028, 2, 29).to_string(), "2028-02-29");
}

TEST(Date, ImpossibleDatesAreRefused) {
  EXPECT_THROW(Date::from_ymd(2026, 2, 30), ValidationError);
  EXPECT_THROW(Date::from_ymd(2026, 2, 29), ValidationError);  // Not a leap year.
  EXPECT_THROW(Date::from_ymd(2100, 2, 29), ValidationError);  // Century, not a leap year.
  EXPECT_THROW(Date::from_ymd(2026, 13, 1), ValidationError);
  EXPECT_THROW(Date::from_ymd(2026, 0, 1), ValidationError);
  EXPECT_THROW(Date::from_ymd(2026, 4, 31), ValidationError);
  EXPECT_THROW(Date::from_ymd(2026, 1, 0), ValidationError);
  EXPECT_THROW(Date::from_ymd(1899, 12, 31), ValidationError);
  EXPECT_THROW(Date::from_ymd(2201, 1, 1), ValidationError);
  EXPECT_NO_THROW(Date::from_ymd(1900, 1, 1));
  EXPECT_NO_THROW(Date::from_ymd(2200, 12, 31));
}

TEST(Date, MalformedTextIsRefused) {
  for (const char* bad :
       {"2026-13-01", "2026-02-30", "", "2026-1-01", "2026/01/01", "20260101", "2026-01-01T",
        "abcd-ef-gh", "2026-01-0x", " 2026-01-01", "2026-00-10", "+026-01-01"}) {
    EXPECT_THROW(Date::parse(bad), ValidationError) << "accepted: " << bad;
  }
}

TEST(Date, FromDaysRefusesYearsOutsideTheRange) {
  EXPECT_THROW(Date::from_days(-30000), ValidationError);  // 1887
  EXPECT_THROW(Date::from_days(90000), ValidationError);   // 2216
  EXPECT_NO_THROW(Date::from_days(0));
}

TEST(Timestamp, ParsesAndFormatsUtc) {
  const Timestamp t = Timestamp::parse("2026-03-05T09:30:15Z");
  EXPECT_EQ(t.to_string(), "2026-03-05T09:30:15Z");
  EXPECT_EQ(t.date(), Date::from_ymd(2026, 3, 5));
  EXPECT_EQ(Timestamp::parse("2026-03-05T09:30"), Timestamp::at(Date::from_ymd(2026, 3, 5), 9, 30));
  EXPECT_EQ(Timestamp::parse("2026-03-05T09:30:15+00:00"), t);
  EXPECT_EQ(t.plus_seconds(45).to_string(), "2026-03-05T09:31:00Z");
  EXPECT_LT(t, t.plus_seconds(1));
}

TEST(Timestamp, MalformedTextIsRefused) {
  for (const char* bad :
       {"2026-03-05", "2026-03-05T25:00Z", "2026-03-05T09:60Z", "2026-03-05T09:30:61Z",
        "2026-02-30T09:30Z", "2026-03-05T09:30+01:00", "2026-03-05X09:30Z", "2026-03-05T9:30Z",
        "2026-03-05T09:30:1Z", "garbage-garbage-garbage"}) {
    EXPECT_THROW(Timestamp::parse(bad), ValidationError) << "accepted: " << bad;
  }
  EXPECT_THROW(Timestamp::at(Date::from_ymd(2026, 1, 1), 24), ValidationError);
  EXPECT_THROW(Timestamp::at(Date::from_ymd(2026, 1, 1), -1), ValidationError);
  EXPECT_THROW(Timestamp::at(Date::from_ymd(2026, 1, 1), 0, 60), ValidationError);
  // An instant far outside the calendar range has no date.
  EXPECT_THROW((void)Timestamp::from_unix(std::int64_t{1} << 40).date(), ValidationError);
}

TEST(Clock, SteppingClockAdvancesOnEveryReading) {
  const Timestamp start = Timestamp::at(Date::from_ymd(2026, 1, 1), 8);
  Clock clock = stepping_clock(start, 5);
  EXPECT_EQ(clock(), start);
  EXPECT_EQ(clock(), start.plus_seconds(5));
  EXPECT_EQ(clock(), start.plus_seconds(10));
}

TEST(Ids, ParseRoundTrips) {
  IdSource source(7);
  const CoachId id = source.next_id<CoachId>();
  EXPECT_FALSE(id.is_nil());
  EXPECT_EQ(CoachId::parse(id.to_string()), id);
  EXPECT_EQ(id.record().value, id.value);
  // Upper-case hex is accepted and normalised.
  std::string upper = id.to_string();
  for (char& c : upper) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  EXPECT_EQ(CoachId::parse(upper), id);
  EXPECT_TRUE(CoachId{}.is_nil());
}

TEST(Ids, MalformedTextIsAValidationError) {
  for (const char* bad :
       {"", "not-a-uuid", "123e4567-e89b-12d3-a456-42661417400",  // 35 characters
        "123e4567-e89b-12d3-a456-4266141740000",                  // 37 characters
        "123e4567xe89b-12d3-a456-426614174000",                   // misplaced hyphen
        "123e4567-e89b-12d3-a456-42661417400g",                   // not hex
        "{23e4567-e89b-12d3-a456-426614174000}", "123e4567e89b12d3a456426614174000"}) {
    EXPECT_THROW(ClientId::parse(bad), ValidationError) << "accepted: " << bad;
    EXPECT_THROW(RecordId::parse(bad), ValidationError) << "accepted: " << bad;
  }
}

TEST(Ids, ErrorNamesTheKindButNotTheText) {
  const std::string secret = "ZEBRA-SECRET-0000000000000000000000";
  try {
    (void)GoalId::parse(secret);
    FAIL() << "malformed id accepted";
  } catch (const ValidationError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("goal id"), std::string::npos);
    EXPECT_EQ(what.find("ZEBRA"), std::string::npos);
  }
}

TEST(Ids, SeededSourcesAreDeterministicAndDistinct) {
  IdSource a(99);
  IdSource b(99);
  IdSource c(100);
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const auto x = a.next();
    EXPECT_EQ(x, b.next());
    EXPECT_NE(x, c.next());
    EXPECT_TRUE(seen.insert(format_uuid(x)).second);
    // Version 4, RFC 4122 variant.
    EXPECT_EQ(x.data[6] >> 4, 4);
    EXPECT_EQ(x.data[8] >> 6, 2);
  }
}

TEST(Actor, TextRoundTripsAndRefusesGarbage) {
  IdSource source(3);
  const Actor coach = Actor::coach(source.next_id<CoachId>());
  EXPECT_EQ(Actor::parse(coach.to_string()), coach);
  EXPECT_EQ(coach.to_string().rfind("coach:", 0), 0u);
  EXPECT_THROW(Actor::parse("coach"), ValidationError);
  EXPECT_THROW(Actor::parse("wizard:" + format_uuid(source.next())), ValidationError);
  EXPECT_THROW(Actor::parse("coach:nope"), ValidationError);
  const ClientId client = source.next_id<ClientId>();
  EXPECT_TRUE(Actor::client(client).is(client));
  // The same UUID in another role is another actor.
  EXPECT_FALSE(Actor::client(client).is(CoachId{client.value}));
}

}  // namespace
}  // namespace libcoach
