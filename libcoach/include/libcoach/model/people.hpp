#pragma once
/// \file
/// The parties of a practice: coaches, clients, sponsoring organizations and their contacts,
/// practice admins and supervisors.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "libcoach/ids.hpp"

namespace libcoach {

/// ICF credential levels a coach may hold or work towards.
enum class Credential : std::uint8_t { none, acc, pcc, mcc };
/// "none", "acc", "pcc", "mcc".
std::string_view to_string(Credential c);
/// Parses a credential name (case-insensitive); throws ValidationError when unknown.
Credential parse_credential(std::string_view text);

/// A coach of the practice.
struct Coach {
  CoachId id;
  std::string name;
  std::string email;
  Credential credential = Credential::none;
};

/// A person being coached. The fact that they are coached is itself confidential.
struct Client {
  ClientId id;
  std::string name;
  std::string email;
  std::optional<OrganizationId> organization;  ///< Employer, when a sponsor pays.
};

/// A sponsoring organization.
struct Organization {
  OrganizationId id;
  std::string name;
};

/// What a sponsor contact is to the client.
enum class ContactRole : std::uint8_t { manager, hr, other };
/// "manager", "hr", "other".
std::string_view to_string(ContactRole r);
/// Parses a contact role; throws ValidationError when unknown.
ContactRole parse_contact_role(std::string_view text);

/// A person at a sponsoring organization (the client's manager, HR, ...).
struct SponsorContact {
  SponsorContactId id;
  OrganizationId organization;
  std::string name;
  std::string email;
  ContactRole role = ContactRole::other;
};

/// A practice admin: runs scheduling and operations.
struct Admin {
  AdminId id;
  std::string name;
  std::string email;
};

/// A coach's supervisor. Sees a case only with the client's consent.
struct Supervisor {
  SupervisorId id;
  std::string name;
  std::string email;
  std::vector<CoachId> supervisees;
};

}  // namespace libcoach
