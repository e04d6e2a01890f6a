#pragma once
// The in-memory state of a practice: one table per record kind, each an insertion-ordered
// vector with an index by id (row_index.hpp) and its rows grouped by engagement
// (group_index.hpp). Insertion order keeps every listing deterministic, which makes reports
// and golden files reproducible. A table may start deferred (deferred_rows.hpp): its rows are
// decoded from the snapshot on first use.

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "deferred_rows.hpp"
#include "group_index.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/events.hpp"
#include "libcoach/ids.hpp"
#include "libcoach/model.hpp"
#include "row_index.hpp"

namespace libcoach::detail {

/// The UUID that keys a row: `meta.id` for content records, `id` for parties and engagements.
template <class R>
const boost::uuids::uuid& key_of(const R& row) {
  if constexpr (requires { row.meta; }) {
    return row.meta.id.value;
  } else {
    return row.id.value;
  }
}

template <class R>
class Table {
 public:
  Table() = default;
  Table(Table&&) noexcept = default;
  Table& operator=(Table&&) noexcept = default;
  /// A copy holds the rows themselves: deferred rows are decoded first.
  Table(const Table& other)
      : rows_(other.rows()),
        by_id_(other.by_id_),
        by_engagement_(other.by_engagement_),
        by_party_(other.by_party_) {}
  Table& operator=(const Table& other) {
    if (this != &other)
      *this = Table(other);
    return *this;
  }
  ~Table() = default;

  const R* find(const boost::uuids::uuid& id) const {
    ensure_loaded();
    const std::uint32_t at = by_id_.find(id, key_at());
    return at == RowIndex::kAbsent ? nullptr : &rows_[at];
  }
  R* find(const boost::uuids::uuid& id) {
    ensure_loaded();
    const std::uint32_t at = by_id_.find(id, key_at());
    return at == RowIndex::kAbsent ? nullptr : &rows_[at];
  }
  bool contains(const boost::uuids::uuid& id) const { return find(id) != nullptr; }

  /// Appends a row (its id must be new: events are checked before they are applied).
  void insert(R row) {
    ensure_loaded();
    rows_.push_back(std::move(row));
    try {
      index_row(rows_.size() - 1);
    } catch (...) {
      rows_.pop_back();
      throw;
    }
  }

  /// Fills an empty table with a whole section's rows at once (snapshot loading), without
  /// copying them. \returns false, leaving the table empty, when two rows share an id.
  bool adopt(std::vector<R>&& rows) {
    ensure_loaded();
    return adopt_rows(std::move(rows));
  }

  /// Defers this empty table's rows to `decode`, which runs on the table's first use (any
  /// call below but `loaded`); `rows` is the count the snapshot declares for the section,
  /// which `size` reports meanwhile. `where` names the section in error messages.
  void defer(typename DeferredRows<R>::Decode decode, typename DeferredRows<R>::Stream stream,
             std::size_t rows, std::string where) {
    deferred_ = std::make_unique<DeferredRows<R>>(std::move(decode), std::move(stream), rows,
                                                  std::move(where));
  }
  /// False while the rows are deferred and not decoded yet.
  bool loaded() const { return !deferred_ || deferred_->done(); }

  /// Removes one row (rare: legal holds). Rebuilds the indexes; insertion order is kept.
  void erase(const boost::uuids::uuid& id) {
    ensure_loaded();
    const std::uint32_t at = by_id_.find(id, key_at());
    if (at == RowIndex::kAbsent)
      return;
    rows_.erase(rows_.begin() + static_cast<std::ptrdiff_t>(at));
    std::vector<R> rows = std::move(rows_);
    clear_rows();
    adopt_rows(std::move(rows));
  }
  /// Calls f(row) for every row, in insertion order, with write access (content only: ids
  /// and engagements are indexed and must not change).
  template <class F>
  void for_each_row(F&& f) {
    ensure_loaded();
    for (auto& row : rows_)
      f(row);
  }

  /// Calls visit(row) for every row in insertion order. While the rows are still undecoded
  /// and can be streamed, they are decoded one at a time and not kept (the table stays
  /// undecoded: a pass over a table nobody else reads costs no memory); otherwise the table
  /// is decoded as on any use. The row passed is valid only during the call, and `visit`
  /// must not use this table (a stream holds its decoding lock).
  void visit_rows(const std::function<void(const R&)>& visit) const {
    if (deferred_ && !deferred_->done() && deferred_->stream(visit))
      return;
    for (const R& row : rows())
      visit(row);
  }

  const std::vector<R>& rows() const {
    ensure_loaded();
    return rows_;
  }
  std::size_t size() const { return loaded() ? rows_.size() : deferred_->rows(); }

  /// Row positions of one engagement's records, in creation order (4 bytes each: the id
  /// index already caps a table below 2^32 rows).
  const std::vector<std::uint32_t>& of_engagement(const EngagementId& e) const {
    ensure_loaded();
    return by_engagement_.find(e.value);
  }
  /// The row at `index`, a position from of_engagement, naming or below size().
  const R& at(std::size_t index) const {
    ensure_loaded();
    return rows_[index];
  }

  /// Engagements only: row positions of the engagements that name `party` as their coach,
  /// a past coach, their client or a sponsor contact, in row order. A superset of those the
  /// party may see (see may_relate), so that their listings need not visit the others.
  const std::vector<std::uint32_t>& naming(
      const boost::uuids::uuid& party) const requires std::is_same_v<R, Engagement> {
    ensure_loaded();
    return by_party_.find(party);
  }

  /// Engagements only: records that the engagement `id` now also names `party` (a handover
  /// made them its coach).
  void note_party(const boost::uuids::uuid& id,
                  const boost::uuids::uuid& party) requires std::is_same_v<R, Engagement> {
    ensure_loaded();
    const std::uint32_t at = by_id_.find(id, key_at());
    if (at != RowIndex::kAbsent)
      add_party(party, at);
  }

 private:
  /// Decodes deferred rows on first use. Logically const: the table's contents do not change,
  /// they arrive.
  void ensure_loaded() const {
    if (deferred_ && !deferred_->done()) [[unlikely]]
      const_cast<Table*>(this)->load_deferred();
  }
  void load_deferred() {
    deferred_->load([&](std::vector<R>&& rows) {
      if (!adopt_rows(std::move(rows)))
        throw CorruptionError(deferred_->where() + ": section holds a duplicate id");
      if (rows_.size() != deferred_->rows()) {
        clear_rows();
        throw CorruptionError(deferred_->where() + ": section row count mismatch");
      }
    });
  }

  void clear_rows() {
    rows_.clear();
    by_id_.clear();
    by_engagement_.clear();
    by_party_.clear();
  }

  bool adopt_rows(std::vector<R>&& rows) {
    rows_ = std::move(rows);
    by_id_.reserve(rows_.size(), key_at());
    for (std::size_t index = 0; index < rows_.size(); ++index) {
      if (!index_row(index)) {
        clear_rows();
        return false;
      }
    }
    return true;
  }

  /// Indexes the row at `index` by id and engagement; false (nothing indexed) when its id
  /// is taken.
  bool index_row(std::size_t index) {
    if (!by_id_.insert(key_of(rows_[index]), index, key_at()))
      return false;
    if constexpr (requires { rows_[index].meta.engagement; }) {
      by_engagement_[rows_[index].meta.engagement.value].push_back(
          static_cast<std::uint32_t>(index));
    }
    if constexpr (std::is_same_v<R, Engagement>) {
      const Engagement& e = rows_[index];
      add_party(e.coach.value, index);
      for (const CoachTenure& t : e.past_coaches)
        add_party(t.coach.value, index);
      add_party(e.client.value, index);
      for (const SponsorContactId& c : e.sponsor_contacts)
        add_party(c.value, index);
    }
    return true;
  }

  /// Adds the row at `index` to what `party` is named in, keeping each list in row order and
  /// free of repeats (a coach handed an older engagement back lands in the middle).
  void add_party(const boost::uuids::uuid& party, std::size_t index) {
    auto& rows = by_party_[party];
    const auto row = static_cast<std::uint32_t>(index);
    const auto at = std::lower_bound(rows.begin(), rows.end(), row);
    if (at == rows.end() || *at != row)
      rows.insert(at, row);
  }

  /// Reads a row's id back for the index (which stores positions only).
  auto key_at() const {
    return [this](std::uint32_t position) -> const boost::uuids::uuid& {
      return key_of(rows_[position]);
    };
  }

  std::vector<R> rows_;
  RowIndex by_id_;
  GroupIndex by_engagement_;
  /// Engagements only: row positions of the engagements that name a party (as coach, past
  /// coach, client or sponsor contact), in row order.
  GroupIndex by_party_;
  /// Rows still in the snapshot (null once a table never was deferred).
  std::unique_ptr<DeferredRows<R>> deferred_;
};

/// All tables of a practice plus the sequence of the latest applied event. New tables are
/// appended at the end (the snapshot's section order; older snapshots lack the last ones).
class AggregateFactsSection;

struct PracticeState {
  std::tuple<Table<Admin>, Table<Coach>, Table<Client>, Table<Organization>, Table<SponsorContact>,
             Table<Supervisor>, Table<Engagement>, Table<Session>, Table<Note>, Table<Goal>,
             Table<Milestone>, Table<ActionItem>, Table<Habit>, Table<SkillRating>, Table<Value>,
             Table<Belief>, Table<Fear>, Table<Purpose>, Table<Reflection>, Table<Insight>,
             Table<WellbeingCheckIn>, Table<InnerLink>, Table<Referral>, Table<Consent>,
             Table<Disclosure>, Table<Tombstone>, Table<LegalHold>>
      tables;
  std::uint64_t last_sequence = 0;
  /// A deferred open's aggregate facts section (aggregate_facts.hpp); null otherwise. It
  /// describes the sessions, goals and well-being check-ins only while their tables are
  /// still deferred: the first use of one of them decodes the snapshot's very rows.
  std::shared_ptr<const AggregateFactsSection> snapshot_facts;

  template <class R>
  Table<R>& table() {
    return std::get<Table<R>>(tables);
  }
  template <class R>
  const Table<R>& table() const {
    return std::get<Table<R>>(tables);
  }
  /// True when the client was shredded (a client tombstone exists).
  bool is_shredded(const ClientId& client) const {
    const Tombstone* t = table<Tombstone>().find(client.value);
    return t != nullptr && t->record_kind == RecordKind::client;
  }
  /// True when the record's content was erased (retention) or its client shredded.
  bool is_erased(const RecordMeta& meta) const {
    return table<Tombstone>().contains(meta.id.value) || is_shredded(meta.client);
  }
  /// Calls f(table) for every table.
  template <class F>
  void for_each_table(F&& f) const {
    std::apply([&](const auto&... t) { (f(t), ...); }, tables);
  }
  /// Calls f(table) for every table, with write access.
  template <class F>
  void for_each_table_mut(F&& f) {
    std::apply([&](auto&... t) { (f(t), ...); }, tables);
  }
};

/// True when `actor` names a party registered in the practice under its role.
inline bool is_registered(const PracticeState& s, const Actor& actor) {
  switch (actor.role) {
    case Role::coach:
      return s.table<Coach>().contains(actor.id);
    case Role::client:
      return s.table<Client>().contains(actor.id);
    case Role::sponsor_contact:
      return s.table<SponsorContact>().contains(actor.id);
    case Role::admin:
      return s.table<Admin>().contains(actor.id);
    case Role::supervisor:
      return s.table<Supervisor>().contains(actor.id);
  }
  return false;
}

/// Folds one event into the state. Events are validated before they are emitted, so apply
/// never throws on a well-formed event; it asserts sequence order.
void apply_event(PracticeState& state, const Event& event);

}  // namespace libcoach::detail
