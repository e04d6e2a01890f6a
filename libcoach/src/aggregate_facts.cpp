#include "aggregate_facts.hpp"

#include <cstring>
#include <limits>
#include <stdexcept>

#include "libcoach/errors.hpp"
#include "state.hpp"
#include "store/crc32c.hpp"
#include "themes.hpp"

namespace libcoach::detail {

namespace {

constexpr std::uint32_t kLayout = 2;
constexpr std::uint32_t kFirstLayout = 1;
constexpr std::size_t kFirstHeaderBytes = 4 + 4 + 8 + 8 + 8;
constexpr std::size_t kHeaderBytes = 4 + 4 + 8 * 6 + 4 + 1 + 8;
constexpr std::size_t kIdBytes = 16;

// Writes little-endian integers and raw ids: appended to a string, or compared with the
// bytes a snapshot holds (a full open's check, which must not build a second copy of them).
class FactsWriter {
 public:
  explicit FactsWriter(std::string& out) : out_(&out) {}
  explicit FactsWriter(std::string_view expected) : expected_(expected) {}

  template <class T>
  void put(T value) {
    char bytes[sizeof value];
    store::store_le(bytes, value);
    put_bytes(bytes, sizeof bytes);
  }
  void put_id(const boost::uuids::uuid& id) {
    put_bytes(reinterpret_cast<const char*>(id.data), kIdBytes);
  }
  void put_bytes(const char* bytes, std::size_t n) {
    if (out_ != nullptr) {
      out_->append(bytes, n);
      return;
    }
    same_ =
        same_ && n <= expected_.size() - at_ && std::memcmp(expected_.data() + at_, bytes, n) == 0;
    at_ += same_ ? n : 0;
  }
  void put_u32s(const std::vector<std::uint32_t>& values) {
    for (const std::uint32_t v : values)
      put(v);
  }
  /// Comparing: whether every byte written so far matched and none is left over.
  bool matched_whole() const { return same_ && at_ == expected_.size(); }

 private:
  std::string* out_ = nullptr;
  std::string_view expected_;
  std::size_t at_ = 0;
  bool same_ = true;
};

std::uint32_t narrow(std::uint64_t count) {
  if (count > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("aggregate facts: too many records for one snapshot");
  return static_cast<std::uint32_t>(count);
}

// Calls f(record) for every record of `table` that `keep` accepts, engagement by engagement.
template <class R, class Keep, class F>
void each_by_engagement(const std::vector<Engagement>& engagements, const Table<R>& table,
                        Keep keep, F&& f) {
  for (const Engagement& e : engagements) {
    for (const std::size_t i : table.of_engagement(e.id)) {
      if (keep(table.at(i)))
        f(table.at(i));
    }
  }
}

// How many records of `table` that `keep` accepts belong to the engagements.
template <class R, class Keep>
std::uint64_t count_of(const std::vector<Engagement>& engagements, const Table<R>& table,
                       Keep keep) {
  std::uint64_t n = 0;
  each_by_engagement(engagements, table, keep, [&n](const R&) { ++n; });
  return n;
}

// Writes begin[0..E] of one kind: where each engagement's records that `keep` accepts start
// in its columns.
template <class R, class Keep>
void put_begins(FactsWriter& w, const std::vector<Engagement>& engagements, const Table<R>& table,
                Keep keep) {
  std::uint64_t at = 0;
  w.put(std::uint32_t{0});
  for (const Engagement& e : engagements) {
    for (const std::size_t i : table.of_engagement(e.id))
      at += keep(table.at(i)) ? 1 : 0;
    w.put(narrow(at));
  }
}

constexpr auto kEvery = [](const auto&) { return true; };
constexpr auto kThemesConsent = [](const Consent& c) {
  return c.consent_kind == ConsentKind::aggregate_themes;
};

boost::uuids::uuid load_id(const char* p) {
  boost::uuids::uuid id;
  std::memcpy(id.data, p, kIdBytes);
  return id;
}

// Writes the section for `state` (every table decoded) to `o`.
void write_aggregate_facts(const PracticeState& state, FactsThemes themes, FactsWriter& o) {
  const std::vector<Engagement>& engagements = state.table<Engagement>().rows();
  const auto& sessions = state.table<Session>();
  const auto& goals = state.table<Goal>();
  const auto& wellbeing = state.table<WellbeingCheckIn>();
  const auto& consents = state.table<Consent>();
  if (engagements.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("aggregate facts: too many engagements for one snapshot");
  EngagementThemes t;
  if (themes == FactsThemes::present) {
    t = collect_themes(state);
  } else {
    t.value_begin.assign(engagements.size() + 1, 0);
    t.belief_begin.assign(engagements.size() + 1, 0);
  }
  std::uint64_t name_bytes = 0;
  for (const std::string& name : t.names)
    name_bytes += name.size();

  o.put(kLayout);
  o.put(static_cast<std::uint32_t>(engagements.size()));
  o.put(count_of(engagements, sessions, kEvery));
  o.put(count_of(engagements, goals, kEvery));
  o.put(count_of(engagements, wellbeing, kEvery));
  o.put(count_of(engagements, consents, kThemesConsent));
  o.put(std::uint64_t{t.values.size()});
  o.put(std::uint64_t{t.beliefs.size()});
  o.put(narrow(t.names.size()));
  o.put(static_cast<std::uint8_t>(themes));
  o.put(name_bytes);
  put_begins(o, engagements, sessions, kEvery);
  put_begins(o, engagements, goals, kEvery);
  put_begins(o, engagements, wellbeing, kEvery);
  put_begins(o, engagements, consents, kThemesConsent);
  o.put_u32s(t.value_begin);
  o.put_u32s(t.belief_begin);
  for (const Engagement& e : engagements)
    o.put_id(e.id.value);
  for (const Engagement& e : engagements)
    o.put_id(e.client.value);
  for (const Engagement& e : engagements)
    o.put_id(e.coach.value);
  for (const Engagement& e : engagements)
    o.put_id(e.sponsor ? e.sponsor->value : boost::uuids::uuid{});
  for (const Engagement& e : engagements)
    o.put(static_cast<std::uint8_t>(e.agreement ? 1 : 0));
  for (const Engagement& e : engagements)
    o.put(std::int32_t{e.agreement ? e.agreement->start.days() : 0});
  for (const Engagement& e : engagements)
    o.put(std::int32_t{e.agreement ? e.agreement->end.days() : 0});
  each_by_engagement(engagements, sessions, kEvery,
                     [&](const Session& x) { o.put(std::int64_t{x.start.unix_seconds()}); });
  each_by_engagement(engagements, sessions, kEvery,
                     [&](const Session& x) { o.put(static_cast<std::uint8_t>(x.status)); });
  each_by_engagement(engagements, goals, kEvery,
                     [&](const Goal& x) { o.put(static_cast<std::uint8_t>(x.status)); });
  each_by_engagement(engagements, goals, kEvery, [&](const Goal& x) {
    o.put(static_cast<std::uint8_t>(x.shared_with_sponsor ? 1 : 0));
  });
  each_by_engagement(engagements, wellbeing, kEvery,
                     [&](const WellbeingCheckIn& x) { o.put(std::int32_t{x.on.days()}); });
  each_by_engagement(engagements, wellbeing, kEvery,
                     [&](const WellbeingCheckIn& x) { o.put(std::int32_t{x.thriving}); });
  each_by_engagement(engagements, wellbeing, kEvery, [&](const WellbeingCheckIn& x) {
    o.put(static_cast<std::uint8_t>(x.meta.scope == Scope::client_private ? 1 : 0));
  });
  each_by_engagement(engagements, consents, kThemesConsent,
                     [&](const Consent& x) { o.put(std::int32_t{x.from.days()}); });
  each_by_engagement(engagements, consents, kThemesConsent,
                     [&](const Consent& x) { o.put(std::int32_t{x.to.days()}); });
  each_by_engagement(engagements, consents, kThemesConsent, [&](const Consent& x) {
    o.put(static_cast<std::uint8_t>(x.revoked ? 1 : 0));
  });
  o.put_u32s(t.values);
  o.put_u32s(t.beliefs);
  std::uint64_t end = 0;
  for (const std::string& name : t.names)
    o.put(narrow(end += name.size()));
  for (const std::string& name : t.names)
    o.put_bytes(name.data(), name.size());
}

}  // namespace

std::string encode_aggregate_facts(const PracticeState& state, FactsThemes themes) {
  std::string out;
  FactsWriter o(out);
  write_aggregate_facts(state, themes, o);
  return out;
}

bool aggregate_facts_agree(const PracticeState& state, FactsThemes themes, std::string_view bytes) {
  FactsWriter o(bytes);
  write_aggregate_facts(state, themes, o);
  return o.matched_whole();
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

FactsEngagement AggregateFactsSection::engagement(std::size_t e) const {
  FactsEngagement out;
  out.id = EngagementId{load_id(layout_.engagement_id + kIdBytes * e)};
  out.client = ClientId{load_id(layout_.client + kIdBytes * e)};
  out.coach = CoachId{load_id(layout_.coach + kIdBytes * e)};
  const boost::uuids::uuid sponsor = load_id(layout_.sponsor + kIdBytes * e);
  if (!sponsor.is_nil())
    out.sponsor = OrganizationId{sponsor};
  out.has_agreement = layout_.has_agreement[e] != 0;
  if (out.has_agreement) {
    out.start = Date::from_days(store::load_le<std::int32_t>(layout_.agreement_start + 4 * e));
    out.end = Date::from_days(store::load_le<std::int32_t>(layout_.agreement_end + 4 * e));
  }
  return out;
}

bool AggregateFactsSection::themes_consent(std::size_t e, Date day) const {
  for (std::uint32_t i = begin(layout_.consent_begin, e), end = begin(layout_.consent_begin, e + 1);
       i < end; ++i) {
    const std::size_t at = i;
    if (themes_consent_holds(
            layout_.consent_revoked[at] != 0,
            Date::from_days(store::load_le<std::int32_t>(layout_.consent_from + 4 * at)),
            Date::from_days(store::load_le<std::int32_t>(layout_.consent_to + 4 * at)), day)) {
      return true;
    }
  }
  return false;
}

std::string_view AggregateFactsSection::theme_name(std::size_t i) const {
  const std::uint32_t from = i == 0 ? 0 : begin(layout_.name_end, i - 1);
  return {layout_.name_bytes + from, begin(layout_.name_end, i) - from};
}

AggregateFactsSection::Layout AggregateFactsSection::parse() const {
  if (bytes_.size() < kFirstHeaderBytes)
    throw CorruptionError(where_ + ": aggregate facts are truncated");
  const std::uint32_t layout = store::load_le<std::uint32_t>(bytes_.data());
  Layout l;
  if (layout == kFirstLayout) {
    l.current = false;  // Checked by its checksum only: nothing reads it.
    return l;
  }
  if (layout != kLayout)
    throw CorruptionError(where_ + ": aggregate facts have an unknown layout");
  parse_current(l);
  return l;
}

void AggregateFactsSection::parse_current(Layout& l) const {
  auto bad = [&](const char* what) {
    return CorruptionError(where_ + ": aggregate facts " + what);
  };
  if (bytes_.size() < kHeaderBytes)
    throw bad("are truncated");
  const char* p = bytes_.data();
  l.current = true;
  l.engagements = store::load_le<std::uint32_t>(p + 4);
  const std::uint64_t s = store::load_le<std::uint64_t>(p + 8);
  const std::uint64_t g = store::load_le<std::uint64_t>(p + 16);
  const std::uint64_t w = store::load_le<std::uint64_t>(p + 24);
  const std::uint64_t c = store::load_le<std::uint64_t>(p + 32);
  const std::uint64_t v = store::load_le<std::uint64_t>(p + 40);
  const std::uint64_t b = store::load_le<std::uint64_t>(p + 48);
  l.theme_names = store::load_le<std::uint32_t>(p + 56);
  const auto themes = static_cast<std::uint8_t>(p[60]);
  const std::uint64_t n = store::load_le<std::uint64_t>(p + 61);
  if (themes > static_cast<std::uint8_t>(FactsThemes::present))
    throw bad("have an unknown themes flag");
  l.themes = static_cast<FactsThemes>(themes);
  if (l.themes == FactsThemes::absent && (v != 0 || b != 0 || l.theme_names != 0 || n != 0))
    throw bad("hold themes they say are absent");
  // Each count is bounded by the section's length before any product is formed.
  const std::uint64_t room = bytes_.size();
  for (const std::uint64_t count : {s, g, w, c, v, b, n}) {
    if (count > room)
      throw bad("declare more records than they hold");
  }
  const std::uint64_t e = l.engagements;
  const std::uint64_t begins = 4 * (e + 1);
  if (kHeaderBytes + 6 * begins + 73 * e + 9 * s + 2 * g + 9 * w + 9 * c + 4 * v + 4 * b +
          4 * std::uint64_t{l.theme_names} + n !=
      room) {
    throw bad("do not match their length");
  }
  const char* at = p + kHeaderBytes;
  auto take = [&](std::uint64_t bytes) {
    const char* column = at;
    at += bytes;
    return column;
  };
  l.session_begin = take(begins);
  l.goal_begin = take(begins);
  l.wellbeing_begin = take(begins);
  l.consent_begin = take(begins);
  l.value_begin = take(begins);
  l.belief_begin = take(begins);
  l.engagement_id = take(kIdBytes * e);
  l.client = take(kIdBytes * e);
  l.coach = take(kIdBytes * e);
  l.sponsor = take(kIdBytes * e);
  l.has_agreement = take(e);
  l.agreement_start = take(4 * e);
  l.agreement_end = take(4 * e);
  l.session_start = take(8 * s);
  l.session_status = take(s);
  l.goal_status = take(g);
  l.goal_shared = take(g);
  l.wellbeing_on = take(4 * w);
  l.wellbeing_thriving = take(4 * w);
  l.wellbeing_private = take(w);
  l.consent_from = take(4 * c);
  l.consent_to = take(4 * c);
  l.consent_revoked = take(c);
  l.value_theme = take(4 * v);
  l.belief_theme = take(4 * b);
  l.name_end = take(4 * std::uint64_t{l.theme_names});
  l.name_bytes = take(n);

  auto check_begins = [&](const char* column, std::uint64_t count) {
    std::uint32_t previous = 0;
    for (std::size_t i = 0; i <= e; ++i) {
      const std::uint32_t x = begin(column, i);
      if (x < previous || (i == 0 && x != 0))
        throw bad("have record ranges out of order");
      previous = x;
    }
    if (previous != count)
      throw bad("have record ranges that do not cover their records");
  };
  check_begins(l.session_begin, s);
  check_begins(l.goal_begin, g);
  check_begins(l.wellbeing_begin, w);
  check_begins(l.consent_begin, c);
  check_begins(l.value_begin, v);
  check_begins(l.belief_begin, b);
  auto valid_day = [&](const char* column, std::uint64_t i) {
    try {
      (void)Date::from_days(store::load_le<std::int32_t>(column + 4 * i));
    } catch (const ValidationError&) {
      throw bad("hold an impossible date");
    }
  };
  for (std::uint64_t i = 0; i < e; ++i) {
    if (static_cast<std::uint8_t>(l.has_agreement[i]) > 1)
      throw bad("hold an unknown agreement flag");
    if (l.has_agreement[i] != 0) {
      valid_day(l.agreement_start, i);
      valid_day(l.agreement_end, i);
    }
  }
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
  for (std::uint64_t i = 0; i < w; ++i)
    valid_day(l.wellbeing_on, i);
  for (std::uint64_t i = 0; i < c; ++i) {
    valid_day(l.consent_from, i);
    valid_day(l.consent_to, i);
  }
  for (const auto& [column, count] : {std::pair{l.value_theme, v}, std::pair{l.belief_theme, b}}) {
    for (std::uint64_t i = 0; i < count; ++i) {
      if (store::load_le<std::uint32_t>(column + 4 * i) >= l.theme_names)
        throw bad("name a theme they do not hold");
    }
  }
  // Names are distinct, sorted and non-empty: the report counts a theme by its index.
  std::uint32_t from = 0;
  std::string_view previous;
  for (std::uint32_t i = 0; i < l.theme_names; ++i) {
    const std::uint32_t end = begin(l.name_end, i);
    if (end <= from || end > n)
      throw bad("hold theme names out of bounds");
    const std::string_view name(l.name_bytes + from, end - from);
    if (i > 0 && name <= previous)
      throw bad("hold theme names out of order");
    previous = name;
    from = end;
  }
  if (from != n)
    throw bad("hold theme name bytes no name uses");
}

}  // namespace libcoach::detail
