#pragma once
// Encoding and decoding of single values as Boost.Serialization binary archives. Decoding
// reads from a bounded in-memory buffer whose length and checksum the caller has already
// verified; any failure (short buffer, impossible count, bad enum, trailing bytes) becomes
// a CorruptionError, and a newer class version an UnsupportedVersion.

#include <string>
#include <string_view>

#include "libcoach/access/audit.hpp"
#include "libcoach/events.hpp"

namespace libcoach::store {

/// The Boost.Serialization archive library version this build writes.
unsigned archive_library_version();

std::string encode_event(const Event& event);
/// Appends the bytes encode_event returns to `out` (a frame being built in place).
void append_event(std::string& out, const Event& event);
Event decode_event(std::string_view payload);

std::string encode_audit_entry(const AuditEntry& entry);
AuditEntry decode_audit_entry(std::string_view payload);

}  // namespace libcoach::store
