#pragma once
// EXPECT_REFUSED: a command must throw the given error *and* leave the practice unchanged —
// same event sequence, same record counts, same audit trail length.

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <ostream>

#include "libcoach/practice.hpp"

namespace libcoach::refusal {

/// What must not change when a command is refused.
struct PracticeFingerprint {
  std::map<RecordKind, std::size_t> records;
  std::uint64_t last_sequence = 0;
  std::size_t audit_entries = 0;
  friend bool operator==(const PracticeFingerprint&, const PracticeFingerprint&) = default;
  friend std::ostream& operator<<(std::ostream& os, const PracticeFingerprint& s) {
    return os << "{sequence " << s.last_sequence << ", audit entries " << s.audit_entries
              << ", record kinds " << s.records.size() << "}";
  }
};

inline PracticeFingerprint fingerprint(const Practice& p) {
  const PracticeStats s = p.stats();
  return {s.records, s.last_sequence, s.audit_entries};
}

}  // namespace libcoach::refusal

// The statement comes last so that it may contain braced initializers with commas.
#define EXPECT_REFUSED(world, error, ...)                                           \
  do {                                                                              \
    const auto before_refusal = ::libcoach::refusal::fingerprint((world).practice); \
    EXPECT_THROW((void)(__VA_ARGS__), error);                                       \
    EXPECT_EQ(::libcoach::refusal::fingerprint((world).practice), before_refusal)   \
        << "a refused command changed the practice";                                \
  } while (false)
