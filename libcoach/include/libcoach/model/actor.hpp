#pragma once
/// \file
/// Who acts on or looks at a practice: the author of every event and the viewer of every
/// read. A viewer is an actor; the two words name the same type.

#include <boost/uuid/uuid.hpp>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "libcoach/ids.hpp"

namespace libcoach {

/// The roles of the confidentiality policy (see docs/confidentiality.md).
enum class Role : std::uint8_t {
  coach = 0,            ///< A coach; sees the engagements they currently run.
  client = 1,           ///< The person being coached.
  sponsor_contact = 2,  ///< Manager, HR or other contact of the paying organization.
  admin = 3,            ///< Practice admin: operational metadata, never content.
  supervisor = 4,       ///< A coach's supervisor: cases only with the client's consent.
};

/// Lower-case name of a role ("coach", "sponsor_contact", ...).
std::string_view to_string(Role role);
/// Parses a role name; throws ValidationError when unknown.
Role parse_role(std::string_view text);

/// A party acting on the practice, identified by role and the id of that party.
struct Actor {
  Role role = Role::admin;
  boost::uuids::uuid id{};

  /// \name Typed constructors; an Actor cannot be built from a mismatched id kind.
  ///@{
  static Actor coach(CoachId id) { return {Role::coach, id.value}; }
  static Actor client(ClientId id) { return {Role::client, id.value}; }
  static Actor sponsor(SponsorContactId id) { return {Role::sponsor_contact, id.value}; }
  static Actor admin(AdminId id) { return {Role::admin, id.value}; }
  static Actor supervisor(SupervisorId id) { return {Role::supervisor, id.value}; }
  ///@}

  /// True when this actor is the given coach / client / contact ...
  bool is(CoachId c) const { return role == Role::coach && id == c.value; }
  bool is(ClientId c) const { return role == Role::client && id == c.value; }
  bool is(SponsorContactId c) const { return role == Role::sponsor_contact && id == c.value; }
  bool is(SupervisorId c) const { return role == Role::supervisor && id == c.value; }
  bool is(AdminId c) const { return role == Role::admin && id == c.value; }

  /// "role:uuid", safe to log (ids are not content).
  std::string to_string() const;
  /// Parses "role:uuid"; throws ValidationError when malformed.
  static Actor parse(std::string_view text);

  friend bool operator==(const Actor&, const Actor&) = default;
};

/// A viewer is the actor a read is performed for.
using Viewer = Actor;

}  // namespace libcoach
