#pragma once
/// \file
/// Strong id types. Every entity is named by a UUID, wrapped in a type per entity kind so
/// that a ClientId can never be passed where a CoachId is expected.

#include <boost/uuid/uuid.hpp>

#include <compare>
#include <cstddef>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <string_view>

namespace libcoach {

/// Parses the canonical 36-character UUID text ("8-4-4-4-12" hex digits).
/// \throws ValidationError naming `what` when the text is malformed.
boost::uuids::uuid parse_uuid(std::string_view text, std::string_view what);

/// Formats a UUID as canonical lower-case text.
std::string format_uuid(const boost::uuids::uuid& value);

/// An untyped record id, used where records of several kinds meet (policy, audit, consent).
struct RecordId {
  boost::uuids::uuid value{};

  /// Canonical text form.
  std::string to_string() const { return format_uuid(value); }
  /// Parses canonical text; throws ValidationError when malformed.
  static RecordId parse(std::string_view text) { return RecordId{parse_uuid(text, "record id")}; }
  /// True when the id is the all-zero (nil) UUID.
  bool is_nil() const { return value.is_nil(); }
  friend bool operator==(const RecordId&, const RecordId&) = default;
  friend auto operator<=>(const RecordId& a, const RecordId& b) {
    return std::memcmp(a.value.data, b.value.data, 16) <=> 0;
  }
};

/// A strongly typed id. `Tag` is an empty struct that only distinguishes the kinds.
template <class Tag>
struct Id {
  boost::uuids::uuid value{};

  /// Canonical text form.
  std::string to_string() const { return format_uuid(value); }
  /// Parses canonical text; throws ValidationError naming the id kind when malformed.
  static Id parse(std::string_view text) { return Id{parse_uuid(text, Tag::name)}; }
  /// True when the id is the all-zero (nil) UUID.
  bool is_nil() const { return value.is_nil(); }
  /// The same UUID as an untyped record id.
  RecordId record() const { return RecordId{value}; }
  friend bool operator==(const Id&, const Id&) = default;
  friend auto operator<=>(const Id& a, const Id& b) {
    return std::memcmp(a.value.data, b.value.data, 16) <=> 0;
  }
};

#define LIBCOACH_DEFINE_ID(Name, text)        \
  struct Name##Tag {                          \
    static constexpr const char* name = text; \
  };                                          \
  using Name = Id<Name##Tag>

/// \name Party ids
///@{
LIBCOACH_DEFINE_ID(CoachId, "coach id");
LIBCOACH_DEFINE_ID(ClientId, "client id");
LIBCOACH_DEFINE_ID(OrganizationId, "organization id");
LIBCOACH_DEFINE_ID(SponsorContactId, "sponsor contact id");
LIBCOACH_DEFINE_ID(AdminId, "admin id");
LIBCOACH_DEFINE_ID(SupervisorId, "supervisor id");
///@}
/// \name Engagement and record ids
///@{
LIBCOACH_DEFINE_ID(EngagementId, "engagement id");
LIBCOACH_DEFINE_ID(SessionId, "session id");
LIBCOACH_DEFINE_ID(NoteId, "note id");
LIBCOACH_DEFINE_ID(GoalId, "goal id");
LIBCOACH_DEFINE_ID(MilestoneId, "milestone id");
LIBCOACH_DEFINE_ID(ActionItemId, "action item id");
LIBCOACH_DEFINE_ID(HabitId, "habit id");
LIBCOACH_DEFINE_ID(SkillId, "skill id");
LIBCOACH_DEFINE_ID(ValueId, "value id");
LIBCOACH_DEFINE_ID(BeliefId, "belief id");
LIBCOACH_DEFINE_ID(FearId, "fear id");
LIBCOACH_DEFINE_ID(PurposeId, "purpose id");
LIBCOACH_DEFINE_ID(ReflectionId, "reflection id");
LIBCOACH_DEFINE_ID(InsightId, "insight id");
LIBCOACH_DEFINE_ID(WellbeingId, "well-being check-in id");
LIBCOACH_DEFINE_ID(LinkId, "link id");
LIBCOACH_DEFINE_ID(ConsentId, "consent id");
LIBCOACH_DEFINE_ID(DisclosureId, "disclosure id");
LIBCOACH_DEFINE_ID(ReferralId, "referral id");
///@}
#undef LIBCOACH_DEFINE_ID

/// Source of fresh ids. Random by default; seeded for reproducible tests and demos.
class IdSource {
 public:
  /// A source seeded from the operating system's entropy.
  IdSource();
  /// A deterministic source: the same seed yields the same ids in the same order.
  explicit IdSource(std::uint64_t seed);
  /// The next fresh UUID (version 4 layout).
  boost::uuids::uuid next();
  /// The next fresh id of a given kind.
  template <class IdT>
  IdT next_id() {
    return IdT{next()};
  }

 private:
  std::mt19937_64 engine_;
};

/// Hash for UUID-based ids, so they can key unordered containers.
struct UuidHash {
  std::size_t operator()(const boost::uuids::uuid& u) const noexcept {
    std::uint64_t a = 0, b = 0;
    std::memcpy(&a, u.data, 8);
    std::memcpy(&b, u.data + 8, 8);
    return static_cast<std::size_t>(a ^ (b * 0x9E3779B97F4A7C15ull));
  }
  template <class Tag>
  std::size_t operator()(const Id<Tag>& id) const noexcept {
    return (*this)(id.value);
  }
  std::size_t operator()(const RecordId& id) const noexcept { return (*this)(id.value); }
};

}  // namespace libcoach

template <class Tag>
struct std::hash<libcoach::Id<Tag>> {
  std::size_t operator()(const libcoach::Id<Tag>& id) const noexcept {
    return libcoach::UuidHash{}(id.value);
  }
};
template <>
struct std::hash<libcoach::RecordId> {
  std::size_t operator()(const libcoach::RecordId& id) const noexcept {
    return libcoach::UuidHash{}(id.value);
  }
};
