#pragma once
// Which fields of each record type are content: the free text a client or coach wrote.
// Erasure (shredding, retention) wipes exactly these; the store seals the same fields
// (ser::content() in store/serialize.hpp). Ids, dates, statuses, scopes and numeric
// measurements are operational metadata and stay.

#include <string>

#include "libcoach/model.hpp"

namespace libcoach::detail {

/// Zeroes a string's bytes (not optimised away) and releases them.
void wipe_string(std::string& s);

/// Calls f(name, field) for every content field of `r` (none for kinds without free text).
template <class R, class F>
void for_each_content_field(R& r, F&& f) {
  using T = std::remove_const_t<R>;
  if constexpr (std::is_same_v<T, Client>) {
    f("name", r.name);
    f("email", r.email);
  } else if constexpr (std::is_same_v<T, Note> || std::is_same_v<T, Reflection> ||
                       std::is_same_v<T, Insight>) {
    f("text", r.text);
  } else if constexpr (std::is_same_v<T, Goal>) {
    f("title", r.title);
    f("description", r.description);
    f("metric", r.metric);
    f("unit", r.unit);
  } else if constexpr (std::is_same_v<T, Milestone> || std::is_same_v<T, ActionItem> ||
                       std::is_same_v<T, Habit>) {
    f("title", r.title);
  } else if constexpr (std::is_same_v<T, SkillRating>) {
    f("competency", r.competency);
  } else if constexpr (std::is_same_v<T, Value>) {
    f("name", r.name);
    f("meaning", r.meaning);
  } else if constexpr (std::is_same_v<T, Belief>) {
    f("statement", r.statement);
    f("category", r.category);
    f("reframe", r.reframe);
  } else if constexpr (std::is_same_v<T, Fear>) {
    f("description", r.description);
  } else if constexpr (std::is_same_v<T, Purpose>) {
    f("statement", r.statement);
    f("formative_experience", r.formative_experience);
  } else if constexpr (std::is_same_v<T, Referral>) {
    f("reason", r.reason);
    f("referred_to", r.referred_to);
  } else if constexpr (std::is_same_v<T, Consent>) {
    f("purpose", r.purpose);
  } else if constexpr (std::is_same_v<T, Disclosure>) {
    f("justification", r.justification);
    f("recipient", r.recipient);
  }
}

/// Overwrites the bytes of every content field with zeros, then empties it.
template <class R>
void wipe_content(R& r) {
  for_each_content_field(r, [](const char*, std::string& field) { wipe_string(field); });
}

}  // namespace libcoach::detail
