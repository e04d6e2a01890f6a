#pragma once
/// \file
/// The JSON interchange format (docs/interchange.md): a full practice backup that restores to
/// an identical practice, and a client's data package (right of access).
///
/// An export holds confidential content in plaintext — notes, beliefs, fears, referrals.
/// Protect an export file like the store's key: whoever holds it can read everything in it.
/// Exports are audited; imports are validated completely before anything is created.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "libcoach/model/actor.hpp"
#include "libcoach/practice.hpp"
#include "libcoach/store/options.hpp"

namespace libcoach {

/// \name Interchange formats
///@{
/// `"format"` of a full practice export.
inline constexpr std::string_view kPracticeExportFormat = "libcoach-practice";
/// `"format"` of a client's data package.
inline constexpr std::string_view kClientExportFormat = "libcoach-client-export";
/// The format version this build writes and the newest it reads.
inline constexpr int kInterchangeVersion = 1;
/// Largest document import_practice accepts, in bytes (1 GiB).
inline constexpr std::size_t kMaxImportBytes = std::size_t{1} << 30;
///@}

/// A full backup of the practice as one JSON document: every party, engagement and content
/// record with every field, the event sequence and the whole audit trail (hashes as hex).
/// The output is deterministic: tables in the order of the practice state, rows in insertion
/// order, keys in a fixed order; `exported_at` is the practice clock's reading.
///
/// Practice admins only. The export is audited (AuditAction::export_, purpose "backup"): one
/// entry per client, counting that client's records, so every client's access log shows it;
/// the entries are appended after the document is built, so the document does not contain
/// them. A refused attempt by a registered actor is audited as denied.
/// \throws AccessDenied (not an admin, or not registered), IoError (the audit entry could not
/// be persisted; no document is returned then).
std::string export_practice(const Practice& practice, const Actor& by);

/// Restores an in-memory practice from export_practice output. The result equals the
/// exported practice: every table, every field, `created_seq`, `last_sequence` and the audit
/// trail (whose hash chain is verified). With `options.id_seed` set, new ids are drawn as a
/// reopened store would draw them (the seed mixed with `last_sequence`), so they do not
/// repeat ids the exported practice handed out.
/// \throws ValidationError naming the JSON Pointer of the first problem (malformed JSON,
/// wrong type, missing or unknown field, a value outside the command limits, a duplicate id,
/// a reference to an unknown party, engagement or record), never the offending value;
/// UnsupportedVersion (other `format`, or `version` newer than kInterchangeVersion);
/// CorruptionError (the audit chain does not verify).
Practice import_practice(std::string_view json, PracticeOptions options = {});

/// Restores a practice from export_practice output into a new store directory and writes a
/// snapshot of it: `Practice::create(dir, options, store)`, the imported state and audit
/// trail installed, `snapshot()`. The document is validated completely before the directory
/// is touched: a rejected import creates nothing. The practice is returned open (it holds
/// the directory's writer lock).
/// \throws as import_practice, and as Practice::create (Conflict for a non-empty directory,
/// LockedError, IoError).
Practice import_practice(std::string_view json, const std::filesystem::path& dir,
                         PracticeOptions options = {}, OpenOptions store = {});

/// A client's data package (right of access) as one JSON document: their profile, their
/// engagements, every content record whose client they are — sessions, notes, outer and
/// inner work, consents, disclosures, referrals, whatever the scope — and the audit entries
/// about their records.
///
/// Allowed for practice admins and for the client themself. Audited (AuditAction::export_,
/// purpose "access_request", appended after the document is built); a refused attempt by a
/// registered actor is audited as denied.
/// \throws AccessDenied (anyone else), NotFound (no such client), IoError (the audit entry
/// could not be persisted).
std::string export_client(const Practice& practice, const Actor& by, ClientId client);

}  // namespace libcoach
