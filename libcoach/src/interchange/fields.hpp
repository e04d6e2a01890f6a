#pragma once
// The field descriptions of the JSON interchange format: the ONE place that names every field
// of every record type. The writer and the reader are both visitors over these functions, so
// a new field is one line here (plus its line in docs/schema/*.json).
//
// A visitor `v` is called as
//   v(name, field)              any value: ids, strings, numbers, enums, dates, optionals,
//                               vectors and nested structs (which have a describe of their own)
//   v(name, field, rule)        the same, with the validation rule an import applies
//                               (TextRule for strings, IntRange for integers)
//   v.constant(name, kind)      a fixed field: "kind" of a content record
// Every describe takes `T&` where T may be const, so the writer can visit a const state.
//
// The order of the calls is the order of the keys in the written document.

#include <concepts>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "libcoach/access/audit.hpp"
#include "libcoach/commands.hpp"
#include "libcoach/model.hpp"

namespace libcoach::interchange {

/// What an import checks a string against (the same rules as the commands, docs/model.md).
enum class TextRule : std::uint8_t {
  name,            ///< Required single line, 1..200 bytes.
  email,           ///< 3..254 bytes, one '@'.
  optional_name,   ///< Single-line-ish optional text, ≤ 200 bytes (metric, unit, category).
  short_text,      ///< Optional free text, ≤ 2,000 bytes.
  required_short,  ///< Required free text, ≤ 2,000 bytes.
  required_long,   ///< Required free text, ≤ 65,536 bytes (notes, reflections).
  code,            ///< A short code (audit purposes): ≤ 200 bytes, may be empty.
};

/// An inclusive range an imported integer must fall in.
struct IntRange {
  std::int64_t lo;
  std::int64_t hi;
};

inline constexpr IntRange kRating{0, kMaxRating};

/// True when T is U, possibly const.
template <class T, class U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

// ---- Parties --------------------------------------------------------------------------------

template <class V, Is<Admin> T>
void describe(V& v, T& x) {
  v("id", x.id);
  v("name", x.name, TextRule::name);
  v("email", x.email, TextRule::email);
}

template <class V, Is<Coach> T>
void describe(V& v, T& x) {
  v("id", x.id);
  v("name", x.name, TextRule::name);
  v("email", x.email, TextRule::email);
  v("credential", x.credential);
}

template <class V, Is<Client> T>
void describe(V& v, T& x) {
  v("id", x.id);
  v("name", x.name, TextRule::name);
  v("email", x.email, TextRule::email);
  v("organization", x.organization);
}

template <class V, Is<Organization> T>
void describe(V& v, T& x) {
  v("id", x.id);
  v("name", x.name, TextRule::name);
}

template <class V, Is<SponsorContact> T>
void describe(V& v, T& x) {
  v("id", x.id);
  v("organization", x.organization);
  v("name", x.name, TextRule::name);
  v("email", x.email, TextRule::email);
  v("role", x.role);
}

template <class V, Is<Supervisor> T>
void describe(V& v, T& x) {
  v("id", x.id);
  v("name", x.name, TextRule::name);
  v("email", x.email, TextRule::email);
  v("supervisees", x.supervisees);
}

// ---- Engagements ----------------------------------------------------------------------------

template <class V, Is<SponsorTerms> T>
void describe(V& v, T& x) {
  v("attendance", x.attendance);
  v("shared_goal_progress", x.shared_goal_progress);
  v("redacted_unshared_goals", x.redacted_unshared_goals);
}

template <class V, Is<Agreement> T>
void describe(V& v, T& x) {
  v("start", x.start);
  v("end", x.end);
  v("session_allotment", x.session_allotment, IntRange{1, kMaxSessionAllotment});
  v("confidentiality_terms", x.confidentiality_terms, TextRule::required_short);
  v("sponsor_terms", x.sponsor_terms);
  v("agreed_on", x.agreed_on);
}

template <class V, Is<CoachTenure> T>
void describe(V& v, T& x) {
  v("coach", x.coach);
  v("from_seq", x.from_seq);
  v("to_seq", x.to_seq);
}

template <class V, Is<Engagement> T>
void describe(V& v, T& x) {
  v("id", x.id);
  v("coach", x.coach);
  v("client", x.client);
  v("sponsor", x.sponsor);
  v("sponsor_contacts", x.sponsor_contacts);
  v("agreement", x.agreement);
  v("status", x.status);
  v("coach_since_seq", x.coach_since_seq);
  v("past_coaches", x.past_coaches);
  v("created", x.created);
  v("ended", x.ended);
}

// ---- Content records ------------------------------------------------------------------------

/// The metadata every content record carries, flattened into the record's object.
template <class V, Is<RecordMeta> T>
void describe_meta(V& v, T& m, RecordKind kind) {
  v("id", m.id);
  v.constant("kind", kind);
  v("scope", m.scope);
  v("engagement", m.engagement);
  v("client", m.client);
  v("author", m.author);
  v("created", m.created);
  v("created_seq", m.created_seq);
  v("redacted", m.redacted);
}

template <class V, Is<Actor> T>
void describe(V& v, T& x) {
  v("role", x.role);
  v("id", x.id);
}

template <class V, Is<Session> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Session::kind);
  v("start", x.start);
  v("duration_minutes", x.duration_minutes, IntRange{kMinSessionMinutes, kMaxSessionMinutes});
  v("modality", x.modality);
  v("status", x.status);
  v("group", x.group);
  v("pro_bono", x.pro_bono);
}

template <class V, Is<Note> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Note::kind);
  v("session", x.session);
  v("text", x.text, TextRule::required_long);
}

template <class V, Is<GoalMeasurement> T>
void describe(V& v, T& x) {
  v("on", x.on);
  v("value", x.value);
}

template <class V, Is<Goal> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Goal::kind);
  v("title", x.title, TextRule::name);
  v("description", x.description, TextRule::short_text);
  v("metric", x.metric, TextRule::optional_name);
  v("unit", x.unit, TextRule::optional_name);
  v("baseline", x.baseline);
  v("target", x.target);
  v("history", x.history);
  v("due", x.due);
  v("status", x.status);
  v("shared_with_sponsor", x.shared_with_sponsor);
}

template <class V, Is<Milestone> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Milestone::kind);
  v("goal", x.goal);
  v("title", x.title, TextRule::name);
  v("due", x.due);
  v("reached", x.reached);
}

template <class V, Is<ActionItem> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, ActionItem::kind);
  v("goal", x.goal);
  v("title", x.title, TextRule::name);
  v("due", x.due);
  v("done", x.done);
}

template <class V, Is<HabitCheckIn> T>
void describe(V& v, T& x) {
  v("on", x.on);
  v("kept", x.kept);
}

template <class V, Is<Habit> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Habit::kind);
  v("goal", x.goal);
  v("title", x.title, TextRule::name);
  v("cadence", x.cadence);
  v("check_ins", x.check_ins);
}

template <class V, Is<SkillScore> T>
void describe(V& v, T& x) {
  v("on", x.on);
  v("rating", x.rating, kRating);
}

template <class V, Is<SkillRating> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, SkillRating::kind);
  v("competency", x.competency, TextRule::name);
  v("history", x.history);
}

template <class V, Is<Value> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Value::kind);
  v("name", x.name, TextRule::name);
  v("rank", x.rank, IntRange{1, 100});
  v("meaning", x.meaning, TextRule::short_text);
}

template <class V, Is<BeliefStrength> T>
void describe(V& v, T& x) {
  v("on", x.on);
  v("strength", x.strength, kRating);
}

template <class V, Is<Belief> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Belief::kind);
  v("statement", x.statement, TextRule::required_short);
  v("belief_kind", x.belief_kind);
  v("category", x.category, TextRule::optional_name);
  v("history", x.history);
  v("reframe", x.reframe, TextRule::short_text);
}

template <class V, Is<Fear> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Fear::kind);
  v("description", x.description, TextRule::required_short);
  v("intensity", x.intensity, kRating);
}

template <class V, Is<Purpose> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Purpose::kind);
  v("statement", x.statement, TextRule::required_short);
  v("formative_experience", x.formative_experience, TextRule::short_text);
}

template <class V, Is<Reflection> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Reflection::kind);
  v("practice", x.practice);
  v("on", x.on);
  v("text", x.text, TextRule::required_long);
}

template <class V, Is<Insight> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Insight::kind);
  v("on", x.on);
  v("text", x.text, TextRule::required_short);
}

template <class V, Is<WellbeingCheckIn> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, WellbeingCheckIn::kind);
  v("on", x.on);
  v("thriving", x.thriving, kRating);
  v("stress", x.stress, kRating);
  v("burnout", x.burnout, kRating);
  v("confidence", x.confidence, kRating);
}

template <class V, Is<InnerLink> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, InnerLink::kind);
  v("inner_kind", x.inner_kind);
  v("inner", x.inner);
  v("goal", x.goal);
}

template <class V, Is<Referral> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Referral::kind);
  v("on", x.on);
  v("reason", x.reason, TextRule::required_short);
  v("referred_to", x.referred_to, TextRule::name);
}

template <class V, Is<Consent> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Consent::kind);
  v("consent_kind", x.consent_kind);
  v("grantee", x.grantee);
  v("records", x.records);
  v("kinds", x.kinds);
  v("purpose", x.purpose, TextRule::name);
  v("from", x.from);
  v("to", x.to);
  v("revoked", x.revoked);
}

template <class V, Is<Disclosure> T>
void describe(V& v, T& x) {
  describe_meta(v, x.meta, Disclosure::kind);
  v("disclosed_kind", x.disclosed_kind);
  v("disclosed", x.disclosed);
  v("reason", x.reason);
  v("justification", x.justification, TextRule::required_short);
  v("recipient", x.recipient, TextRule::name);
}

// ---- Erasure -------------------------------------------------------------------------------

template <class V, Is<Tombstone> T>
void describe(V& v, T& x) {
  v("id", x.id);
  v("record_kind", x.record_kind);
  v("engagement", x.engagement);
  v("client", x.client);
  v("reason", x.reason);
  v("at", x.at);
  v("erased_seq", x.erased_seq);
}

template <class V, Is<LegalHold> T>
void describe(V& v, T& x) {
  v("client", x.id);
  v("since", x.since);
  v("by", x.by);
}

// ---- Audit ----------------------------------------------------------------------------------

template <class V, Is<AuditEntry> T>
void describe(V& v, T& x) {
  v("sequence", x.sequence);
  v("at", x.at);
  v("viewer", x.viewer);
  v("action", x.action);
  v("kind", x.kind);
  v("record", x.record);
  v("engagement", x.engagement);
  v("client", x.client);
  v("purpose", x.purpose, TextRule::code);
  v("outcome", x.outcome);
  v("count", x.count);
  v("previous", x.previous);
  v("hash", x.hash);
}

// ---- Where each table goes in a practice document -------------------------------------------

/// Which part of the document a table's rows are written to.
enum class Section : std::uint8_t {
  party,       ///< "parties": {"<name>": [...]}
  engagement,  ///< "engagements": [...]
  record,      ///< "records": [...], each row with id, kind and scope
  other,       ///< "<name>": [...] at the top level (tombstones, legal holds)
};

/// Placement of a table of the practice state. Every table of detail::PracticeState needs a
/// specialization (and a describe): a table without one does not compile, so a new table
/// cannot silently be left out of backups.
template <class R>
struct TableInfo;

template <>
struct TableInfo<Admin> {
  static constexpr Section section = Section::party;
  static constexpr std::string_view name = "admins";
};
template <>
struct TableInfo<Coach> {
  static constexpr Section section = Section::party;
  static constexpr std::string_view name = "coaches";
};
template <>
struct TableInfo<Client> {
  static constexpr Section section = Section::party;
  static constexpr std::string_view name = "clients";
};
template <>
struct TableInfo<Organization> {
  static constexpr Section section = Section::party;
  static constexpr std::string_view name = "organizations";
};
template <>
struct TableInfo<SponsorContact> {
  static constexpr Section section = Section::party;
  static constexpr std::string_view name = "sponsor_contacts";
};
template <>
struct TableInfo<Supervisor> {
  static constexpr Section section = Section::party;
  static constexpr std::string_view name = "supervisors";
};
template <>
struct TableInfo<Engagement> {
  static constexpr Section section = Section::engagement;
  static constexpr std::string_view name = "engagements";
};

template <>
struct TableInfo<Tombstone> {
  static constexpr Section section = Section::other;
  static constexpr std::string_view name = "tombstones";
};
template <>
struct TableInfo<LegalHold> {
  static constexpr Section section = Section::other;
  static constexpr std::string_view name = "legal_holds";
};

/// Content records (those with RecordMeta) all go to "records", tagged by their kind.
template <class R>
requires requires(const R& r) {
  r.meta;
  R::kind;
}
struct TableInfo<R> {
  static constexpr Section section = Section::record;
  static constexpr std::string_view name = "records";
};

}  // namespace libcoach::interchange
