#pragma once
// What the export and import halves of the interchange format share: the table walk, the
// registered-party check, the audit entries of an export and the parsed-document type.

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "libcoach/access/audit.hpp"
#include "libcoach/practice.hpp"
#include "practice_core.hpp"
#include "state.hpp"

namespace libcoach::interchange {

/// Calls f(std::type_identity<R>{}) for the row type R of every table, in the order of
/// detail::PracticeState::tables (the order of the document too).
template <class F>
void for_each_row_type(F&& f) {
  using Tables = decltype(detail::PracticeState::tables);
  [&]<class... T>(std::type_identity<std::tuple<T...>>) {
    (f(std::type_identity<
         typename std::decay_t<decltype(std::declval<T&>().rows())>::value_type>{}),
     ...);
  }(std::type_identity<Tables>{});
}

/// True when `actor` is a party of the practice in its role (one definition, in state.hpp).
using detail::is_registered;

/// The core behind a const Practice. Exports take `const Practice&` like Practice::view and,
/// like a View, still append audit entries; the core is never a const object.
detail::PracticeCore& core_of(const Practice& practice);

/// \name Audit purposes of exports (codes, never free text)
///@{
inline constexpr std::string_view kBackupPurpose = "backup";
inline constexpr std::string_view kAccessRequestPurpose = "access_request";
///@}

/// Appends one AuditAction::export_ entry about `client`'s records (nil: the whole practice).
void audit_export(detail::PracticeCore& core, const Actor& by, ClientId client,
                  std::string_view purpose, AuditOutcome outcome, std::uint32_t count,
                  Timestamp at);

/// A parsed and validated practice document.
struct ImportedPractice {
  detail::PracticeState state;
  std::vector<AuditEntry> audit;
};

/// Parses and validates a whole practice document (see interchange.hpp for the errors).
ImportedPractice read_practice_document(std::string_view json);

}  // namespace libcoach::interchange
