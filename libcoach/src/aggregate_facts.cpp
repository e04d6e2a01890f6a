#include "aggregate_facts.hpp"

#include <limits>
#include <stdexcept>

#include "libcoach/errors.hpp"
#include "state.hpp"
#include "store/crc32c.hpp"

namespace libcoach::detail {

namespace {

constexpr std::uint32_t kLayout = 1;
constexpr std::size_t kHeaderBytes = 4 + 4 + 8 + 8 + 8;

// Appends little-endian integers.
class FactsWriter {
 public:
  explicit FactsWriter(std::string& out) : out_(out) {}
  template <class T>
  void put(T value) {
    char bytes[sizeof value];
    store::store_le(bytes, value);
    out_.append(bytes, sizeof bytes);
  }

 private:
  std::string& out_;
};

// Writes begin[0..E] of one kind: where each engagement's records start in its columns.
template <class R>
std::uint64_t put_begins(FactsWriter& w, const std::vector<Engagement>& engagements,
                         const Table<R>& table) {
  std::uint64_t at = 0;
  w.put(std::uint32_t{0});
  for (const Engagement& e : engagements) {
    at += table.of_engagement(e.id).size();
    if (at > std::numeric_limits<std::uint32_t>::max())
      throw std::length_error("aggregate facts: too many records for one snapshot");
    w.put(static_cast<std::uint32_t>(at));
  }
  return at;
}

// Calls f(record) for every record of `table`, engagement by engagement.
template <class R, class F>
void each_by_engagement(const std::vector<Engagement>& engagements, const Table<R>& table, F&& f) {
  for (const Engagement& e : engagements) {
    for (const std::size_t i : table.of_engagement(e.id))
      f(table.at(i));
  }
}

}  // namespace

std::string encode_aggregate_facts(const PracticeState& state) {
  const std::vector<Engagement>& engagements = state.table<Engagement>().rows();
  const auto& sessions = state.table<Session>();
  const auto& goals = state.table<Goal>();
  const auto& wellbeing = state.table<WellbeingCheckIn>();
  if (engagements.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("aggregate facts: too many engagements for one snapshot");

  std::string begins;
  FactsWriter b(begins);
  const std::uint64_t s = put_begins(b, engagements, sessions);
  const std::uint64_t g = put_begins(b, engagements, goals);
  const std::uint64_t w = put_begins(b, engagements, wellbeing);

  std::string out;
  out.reserve(kHeaderBytes + begins.size() + s * 9 + g * 2 + w * 9);
  FactsWriter o(out);
  o.put(kLayout);
  o.put(static_cast<std::uint32_t>(engagements.size()));
  o.put(s);
  o.put(g);
  o.put(w);
  out += begins;
  each_by_engagement(engagements, sessions,
                     [&](const Session& x) { o.put(std::int64_t{x.start.unix_seconds()}); });
  each_by_engagement(engagements, sessions,
                     [&](const Session& x) { o.put(static_cast<std::uint8_t>(x.status)); });
  each_by_engagement(engagements, goals,
                     [&](const Goal& x) { o.put(static_cast<std::uint8_t>(x.status)); });
  each_by_engagement(engagements, goals, [&](const Goal& x) {
    o.put(static_cast<std::uint8_t>(x.shared_with_sponsor ? 1 : 0));
  });
  each_by_engagement(engagements, wellbeing,
                     [&](const WellbeingCheckIn& x) { o.put(std::int32_t{x.on.days()}); });
  each_by_engagement(engagements, wellbeing,
                     [&](const WellbeingCheckIn& x) { o.put(std::int32_t{x.thriving}); });
  each_by_engagement(engagements, wellbeing, [&](const WellbeingCheckIn& x) {
    o.put(static_cast<std::uint8_t>(x.meta.scope == Scope::client_private ? 1 : 0));
  });
  return out;
}

AggregateFactsSection::AggregateFactsSection(std::weak_ptr<const void> owner,
                                             std::string_view bytes, std::uint32_t crc,
                                             std::string where)
    : owner_(std::move(owner)), bytes_(bytes), crc_(crc), where_(std::move(where)) {}

void AggregateFactsSection::check() const {
  std::call_once(checked_, [this] {
    if (store::crc32c(bytes_.data(), bytes_.size()) != crc_)
      throw CorruptionError(where_ + ": aggregate facts checksum mismatch");
    layout_ = parse();
  });
}

std::size_t AggregateFactsSection::engagements() const {
  return layout_.engagements;
}

AggregateFactsSection::Layout AggregateFactsSection::parse() const {
  auto bad = [&](const char* what) {
    return CorruptionError(where_ + ": aggregate facts " + what);
  };
  if (bytes_.size() < kHeaderBytes)
    throw bad("are truncated");
  const char* p = bytes_.data();
  if (store::load_le<std::uint32_t>(p) != kLayout)
    throw bad("have an unknown layout");
  Layout l;
  l.engagements = store::load_le<std::uint32_t>(p + 4);
  const std::uint64_t s = store::load_le<std::uint64_t>(p + 8);
  const std::uint64_t g = store::load_le<std::uint64_t>(p + 16);
  const std::uint64_t w = store::load_le<std::uint64_t>(p + 24);
  // Each count is bounded by the section's length before any product is formed.
  const std::uint64_t room = bytes_.size();
  if (s > room || g > room || w > room)
    throw bad("declare more records than they hold");
  const std::uint64_t begins = 4 * (std::uint64_t{l.engagements} + 1);
  if (kHeaderBytes + 3 * begins + 9 * s + 2 * g + 9 * w != room)
    throw bad("do not match their length");
  const char* at = p + kHeaderBytes;
  auto take = [&](std::uint64_t n) {
    const char* column = at;
    at += n;
    return column;
  };
  l.session_begin = take(begins);
  l.goal_begin = take(begins);
  l.wellbeing_begin = take(begins);
  l.session_start = take(8 * s);
  l.session_status = take(s);
  l.goal_status = take(g);
  l.goal_shared = take(g);
  l.wellbeing_on = take(4 * w);
  l.wellbeing_thriving = take(4 * w);
  l.wellbeing_private = take(w);

  auto check_begins = [&](const char* column, std::uint64_t count) {
    std::uint32_t previous = 0;
    for (std::size_t e = 0; e <= l.engagements; ++e) {
      const std::uint32_t b = begin(column, e);
      if (b < previous || (e == 0 && b != 0))
        throw bad("have record ranges out of order");
      previous = b;
    }
    if (previous != count)
      throw bad("have record ranges that do not cover their records");
  };
  check_begins(l.session_begin, s);
  check_begins(l.goal_begin, g);
  check_begins(l.wellbeing_begin, w);
  for (std::uint64_t i = 0; i < s; ++i) {
    try {
      (void)Timestamp::from_unix(store::load_le<std::int64_t>(l.session_start + 8 * i)).date();
    } catch (const ValidationError&) {
      throw bad("hold an impossible session start");
    }
    if (static_cast<std::uint8_t>(l.session_status[i]) >
        static_cast<std::uint8_t>(SessionStatus::no_show))
      throw bad("hold an unknown session status");
  }
  for (std::uint64_t i = 0; i < g; ++i) {
    if (static_cast<std::uint8_t>(l.goal_status[i]) >
        static_cast<std::uint8_t>(GoalStatus::abandoned))
      throw bad("hold an unknown goal status");
  }
  for (std::uint64_t i = 0; i < w; ++i) {
    try {
      (void)Date::from_days(store::load_le<std::int32_t>(l.wellbeing_on + 4 * i));
    } catch (const ValidationError&) {
      throw bad("hold an impossible date");
    }
  }
  return l;
}

}  // namespace libcoach::detail
