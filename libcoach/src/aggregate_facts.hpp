#pragma once
// The aggregate facts section of a snapshot: per engagement, the few numbers the practice
// aggregates report reads of its sessions (start, status), goals (status, shared with the
// sponsor) and well-being check-ins (day, thriving score, kept private or not), as flat
// little-endian columns. Every snapshot writes it after the table sections. A read-only open
// that has not decoded the sessions, goals and check-ins answers the report from these
// columns instead of decoding about 140,000 rows per 100,000 sessions into structs and
// indexing them. The rows stay the truth: the columns are derived from them when the
// snapshot is written, and an open that decodes every table (writable opens, verify_store)
// checks that they still agree.
//
//   facts = layout(u32 = 1) engagements(u32 E) sessions(u64 S) goals(u64 G) wellbeing(u64 W)
//           session-begin(u32 x E+1) goal-begin(u32 x E+1) wellbeing-begin(u32 x E+1)
//           session-start(i64 x S) session-status(u8 x S)
//           goal-status(u8 x G) goal-shared(u8 x G)
//           wellbeing-on(i32 x W) wellbeing-thriving(i32 x W) wellbeing-private(u8 x W)
//
// Engagement i is the i-th row of the engagements table; its records are at
// [begin[i], begin[i+1]) in each kind's columns, in the order of Table::of_engagement.

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "libcoach/model.hpp"
#include "libcoach/time.hpp"
#include "store/little_endian.hpp"

namespace libcoach::detail {

struct PracticeState;

/// The section's bytes for `state` (every table decoded).
std::string encode_aggregate_facts(const PracticeState& state);

/// A snapshot's aggregate facts section, read in place from the mapped file.
class AggregateFactsSection {
 public:
  /// `bytes` live in `owner` (the mapping; empty when the caller keeps them alive), which
  /// the section holds only weakly: see pin(). `crc` is the section table's checksum of them;
  /// `where` names the section in error messages ("snapshot at offset N").
  AggregateFactsSection(std::weak_ptr<const void> owner, std::string_view bytes, std::uint32_t crc,
                        std::string where);

  /// Keeps the bytes mapped while the caller holds the result; null once the mapping is gone
  /// (every table that held it was decoded: the rows are then at hand).
  std::shared_ptr<const void> pin() const { return owner_.lock(); }
  std::string_view bytes() const { return bytes_; }
  const std::string& where() const { return where_; }

  /// Checks the checksum and the layout on the first call (from any thread).
  /// \throws CorruptionError naming the section, on this and every later call, when the
  ///         bytes are damaged.
  void check() const;

  /// Engagements the section covers (the engagements table's rows when it was written).
  std::size_t engagements() const;
  /// Sessions, goals and check-ins of every engagement together (after check()).
  std::size_t session_count() const { return begin(layout_.session_begin, layout_.engagements); }
  std::size_t goal_count() const { return begin(layout_.goal_begin, layout_.engagements); }
  std::size_t wellbeing_count() const {
    return begin(layout_.wellbeing_begin, layout_.engagements);
  }
  /// f(start, status) for each session of engagement row `e`.
  template <class F>
  void sessions(std::size_t e, F&& f) const;
  /// f(status, shared_with_sponsor) for each goal of engagement row `e`.
  template <class F>
  void goals(std::size_t e, F&& f) const;
  /// f(on, thriving, client_private) for each well-being check-in of engagement row `e`.
  template <class F>
  void wellbeing(std::size_t e, F&& f) const;

 private:
  struct Layout {
    std::uint32_t engagements = 0;
    const char* session_begin = nullptr;
    const char* goal_begin = nullptr;
    const char* wellbeing_begin = nullptr;
    const char* session_start = nullptr;
    const char* session_status = nullptr;
    const char* goal_status = nullptr;
    const char* goal_shared = nullptr;
    const char* wellbeing_on = nullptr;
    const char* wellbeing_thriving = nullptr;
    const char* wellbeing_private = nullptr;
  };
  Layout parse() const;
  static std::uint32_t begin(const char* column, std::size_t e);

  std::weak_ptr<const void> owner_;
  std::string_view bytes_;
  std::uint32_t crc_;
  std::string where_;
  mutable std::once_flag checked_;
  mutable Layout layout_;
};

inline std::uint32_t AggregateFactsSection::begin(const char* column, std::size_t e) {
  return store::load_le<std::uint32_t>(column + 4 * e);
}

template <class F>
void AggregateFactsSection::sessions(std::size_t e, F&& f) const {
  for (std::uint32_t i = begin(layout_.session_begin, e), end = begin(layout_.session_begin, e + 1);
       i < end; ++i) {
    f(Timestamp::from_unix(
          store::load_le<std::int64_t>(layout_.session_start + 8 * std::size_t{i})),
      static_cast<SessionStatus>(layout_.session_status[i]));
  }
}

template <class F>
void AggregateFactsSection::goals(std::size_t e, F&& f) const {
  for (std::uint32_t i = begin(layout_.goal_begin, e), end = begin(layout_.goal_begin, e + 1);
       i < end; ++i) {
    f(static_cast<GoalStatus>(layout_.goal_status[i]), layout_.goal_shared[i] != 0);
  }
}

template <class F>
void AggregateFactsSection::wellbeing(std::size_t e, F&& f) const {
  for (std::uint32_t i = begin(layout_.wellbeing_begin, e),
                     end = begin(layout_.wellbeing_begin, e + 1);
       i < end; ++i) {
    f(Date::from_days(store::load_le<std::int32_t>(layout_.wellbeing_on + 4 * std::size_t{i})),
      store::load_le<std::int32_t>(layout_.wellbeing_thriving + 4 * std::size_t{i}),
      layout_.wellbeing_private[i] != 0);
  }
}

}  // namespace libcoach::detail
