#pragma once
// The aggregate facts section of a snapshot: per engagement, everything the practice
// aggregates report reads — the engagement's parties and agreement period, its
// `aggregate_themes` consents, its sessions (start, status), goals (status, shared with the
// sponsor), well-being check-ins (day, thriving score, kept private or not) and, in an
// unencrypted store only, its value and belief themes (themes.hpp) — as flat little-endian
// columns. Every snapshot writes it after the table sections. A read-only open answers the
// report from these columns, part by part, while the tables a part comes from are still
// undecoded, instead of decoding and indexing their rows (about 150,000 rows per 100,000
// sessions). The rows stay the truth: the columns are derived from them when the snapshot is
// written, and an open that decodes every table (writable opens, verify_store) checks that
// they still agree.
//
//   facts = layout(u32 = 2) engagements(u32 E) sessions(u64 S) goals(u64 G) wellbeing(u64 W)
//           consents(u64 C) value-themes(u64 V) belief-themes(u64 B) names(u32 T)
//           themes-present(u8) name-bytes(u64 N)
//           session-begin(u32 x E+1) goal-begin(u32 x E+1) wellbeing-begin(u32 x E+1)
//           consent-begin(u32 x E+1) value-begin(u32 x E+1) belief-begin(u32 x E+1)
//           engagement-id(16 x E) client(16 x E) coach(16 x E) sponsor(16 x E, nil: none)
//           has-agreement(u8 x E) agreement-start(i32 x E) agreement-end(i32 x E)
//           session-start(i64 x S) session-status(u8 x S)
//           goal-status(u8 x G) goal-shared(u8 x G)
//           wellbeing-on(i32 x W) wellbeing-thriving(i32 x W) wellbeing-private(u8 x W)
//           consent-from(i32 x C) consent-to(i32 x C) consent-revoked(u8 x C)
//           value-theme(u32 x V) belief-theme(u32 x B)
//           name-end(u32 x T) name-bytes(N)
//
// Engagement i is the i-th row of the engagements table; its records are at
// [begin[i], begin[i+1]) in each kind's columns, in the order of Table::of_engagement.
// Consents are the engagement's `aggregate_themes` consents only. Themes are indices into
// the T names (distinct, sorted, non-empty; name i ends at name-end[i]); an encrypted store
// writes none (themes-present = 0: they are content) and the report reads its rows.
// Layout 1 (no parties, consents or themes) is still accepted and not read from.

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "libcoach/ids.hpp"
#include "libcoach/model.hpp"
#include "libcoach/time.hpp"
#include "store/little_endian.hpp"

namespace libcoach::detail {

struct PracticeState;

/// Whether a snapshot's facts carry the value and belief themes (content: plain stores only).
enum class FactsThemes : std::uint8_t { absent = 0, present = 1 };

/// The section's bytes for `state` (every table decoded).
std::string encode_aggregate_facts(const PracticeState& state, FactsThemes themes);

/// Whether `bytes` are exactly the section encode_aggregate_facts would write for `state`,
/// compared as they are written (a full open's check, without a second copy of them).
bool aggregate_facts_agree(const PracticeState& state, FactsThemes themes, std::string_view bytes);

/// One engagement row's parties and agreement period, as the section holds them.
struct FactsEngagement {
  EngagementId id;
  ClientId client;
  CoachId coach;
  std::optional<OrganizationId> sponsor;
  bool has_agreement = false;
  Date start;  ///< The agreement's period (when it has one).
  Date end;
};

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

  /// After check(): false for a section of layout 1, which nothing reads from (its bytes are
  /// checked, and the next snapshot writes the current layout).
  bool current() const { return layout_.current; }
  /// Whether the themes were written (an unencrypted store's sections only).
  FactsThemes themes() const { return layout_.themes; }

  /// Engagements the section covers (the engagements table's rows when it was written).
  std::size_t engagements() const;
  /// Sessions, goals and check-ins of every engagement together (after check()).
  std::size_t session_count() const { return begin(layout_.session_begin, layout_.engagements); }
  std::size_t goal_count() const { return begin(layout_.goal_begin, layout_.engagements); }
  std::size_t wellbeing_count() const {
    return begin(layout_.wellbeing_begin, layout_.engagements);
  }
  /// Engagement row `e`'s parties and agreement period.
  FactsEngagement engagement(std::size_t e) const;
  /// Whether engagement row `e` has an `aggregate_themes` consent that was never revoked and
  /// whose period holds `day`.
  bool themes_consent(std::size_t e, Date day) const;
  /// f(start, status) for each session of engagement row `e`.
  template <class F>
  void sessions(std::size_t e, F&& f) const;
  /// f(status, shared_with_sponsor) for each goal of engagement row `e`.
  template <class F>
  void goals(std::size_t e, F&& f) const;
  /// f(on, thriving, client_private) for each well-being check-in of engagement row `e`.
  template <class F>
  void wellbeing(std::size_t e, F&& f) const;
  /// f(theme) for each value theme, then g(theme) for each belief theme, of engagement row
  /// `e` (themes present only).
  template <class F, class G>
  void themes(std::size_t e, F&& f, G&& g) const;
  /// Distinct theme names (themes present only); name(i) is the i-th in sorted order.
  std::size_t theme_names() const { return layout_.theme_names; }
  std::string_view theme_name(std::size_t i) const;

 private:
  struct Layout {
    bool current = false;
    std::uint32_t engagements = 0;
    FactsThemes themes = FactsThemes::absent;
    std::uint32_t theme_names = 0;
    const char* session_begin = nullptr;
    const char* goal_begin = nullptr;
    const char* wellbeing_begin = nullptr;
    const char* consent_begin = nullptr;
    const char* value_begin = nullptr;
    const char* belief_begin = nullptr;
    const char* engagement_id = nullptr;
    const char* client = nullptr;
    const char* coach = nullptr;
    const char* sponsor = nullptr;
    const char* has_agreement = nullptr;
    const char* agreement_start = nullptr;
    const char* agreement_end = nullptr;
    const char* session_start = nullptr;
    const char* session_status = nullptr;
    const char* goal_status = nullptr;
    const char* goal_shared = nullptr;
    const char* wellbeing_on = nullptr;
    const char* wellbeing_thriving = nullptr;
    const char* wellbeing_private = nullptr;
    const char* consent_from = nullptr;
    const char* consent_to = nullptr;
    const char* consent_revoked = nullptr;
    const char* value_theme = nullptr;
    const char* belief_theme = nullptr;
    const char* name_end = nullptr;
    const char* name_bytes = nullptr;
  };
  Layout parse() const;
  void parse_current(Layout& l) const;
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

template <class F, class G>
void AggregateFactsSection::themes(std::size_t e, F&& f, G&& g) const {
  for (std::uint32_t i = begin(layout_.value_begin, e), end = begin(layout_.value_begin, e + 1);
       i < end; ++i) {
    f(store::load_le<std::uint32_t>(layout_.value_theme + 4 * std::size_t{i}));
  }
  for (std::uint32_t i = begin(layout_.belief_begin, e), end = begin(layout_.belief_begin, e + 1);
       i < end; ++i) {
    g(store::load_le<std::uint32_t>(layout_.belief_theme + 4 * std::size_t{i}));
  }
}

}  // namespace libcoach::detail
