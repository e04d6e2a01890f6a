#pragma once
/// \file
/// Inner work below the waterline: values, fears, purpose, reflections, insights and
/// well-being check-ins. (Beliefs have their own header.) Inner work is never sponsor-scoped.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "libcoach/model/record.hpp"

namespace libcoach {

/// A core value, ranked (1 = most important).
struct Value {
  RecordMeta meta;
  std::string name;
  std::int32_t rank = 1;  ///< 1..100.
  std::string meaning;    ///< What the value means to the client.

  static constexpr RecordKind kind = RecordKind::value;
  ValueId id() const { return ValueId{meta.id.value}; }
};

/// A fear or internal resistance.
struct Fear {
  RecordMeta meta;
  std::string description;
  std::int32_t intensity = 5;  ///< 0..10.

  static constexpr RecordKind kind = RecordKind::fear;
  FearId id() const { return FearId{meta.id.value}; }
};

/// A purpose or intent statement and the formative experience behind it.
struct Purpose {
  RecordMeta meta;
  std::string statement;
  std::string formative_experience;

  static constexpr RecordKind kind = RecordKind::purpose;
  PurposeId id() const { return PurposeId{meta.id.value}; }
};

/// The practice a reflection came from.
enum class ReflectionPractice : std::uint8_t {
  meditation,
  breathing,
  reflecting,
  journaling,
  walking,
  sitting_with_feelings,
};
/// Lower-case practice name.
std::string_view to_string(ReflectionPractice p);
/// Parses a practice name; throws ValidationError when unknown.
ReflectionPractice parse_reflection_practice(std::string_view text);

/// A reflection from a practice.
struct Reflection {
  RecordMeta meta;
  ReflectionPractice practice = ReflectionPractice::reflecting;
  Date on;
  std::string text;

  static constexpr RecordKind kind = RecordKind::reflection;
  ReflectionId id() const { return ReflectionId{meta.id.value}; }
};

/// An insight the client arrived at.
struct Insight {
  RecordMeta meta;
  Date on;
  std::string text;

  static constexpr RecordKind kind = RecordKind::insight;
  InsightId id() const { return InsightId{meta.id.value}; }
};

/// Self-ratings of well-being, each 0..10.
struct WellbeingCheckIn {
  RecordMeta meta;
  Date on;
  std::int32_t thriving = 5;
  std::int32_t stress = 5;
  std::int32_t burnout = 0;
  std::int32_t confidence = 5;  ///< Confidence / self-trust.

  static constexpr RecordKind kind = RecordKind::wellbeing;
  WellbeingId id() const { return WellbeingId{meta.id.value}; }
};

}  // namespace libcoach
