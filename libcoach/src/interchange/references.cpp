#include "interchange/references.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace libcoach::interchange {

namespace {

class Checker {
 public:
  explicit Checker(const detail::PracticeState& state) : s_(state) {}

  // ---- Parties and engagements ------------------------------------------------------------

  void refs(const Client& c, const std::string& p) const {
    if (c.organization)
      party<Organization>(c.organization->value, child_path(p, "organization"));
  }
  void refs(const SponsorContact& c, const std::string& p) const {
    party<Organization>(c.organization.value, child_path(p, "organization"));
  }
  void refs(const Supervisor& x, const std::string& p) const {
    const std::string list = child_path(p, "supervisees");
    for (std::size_t i = 0; i < x.supervisees.size(); ++i)
      party<Coach>(x.supervisees[i].value, child_path(list, i));
  }
  void refs(const Engagement& e, const std::string& p) const {
    party<Coach>(e.coach.value, child_path(p, "coach"));
    party<Client>(e.client.value, child_path(p, "client"));
    if (e.sponsor)
      party<Organization>(e.sponsor->value, child_path(p, "sponsor"));
    const std::string contacts = child_path(p, "sponsor_contacts");
    for (std::size_t i = 0; i < e.sponsor_contacts.size(); ++i) {
      const std::string cp = child_path(contacts, i);
      const SponsorContact& c = party<SponsorContact>(e.sponsor_contacts[i].value, cp);
      if (!e.sponsor || c.organization != *e.sponsor)
        fail(cp, "is not a contact of the engagement's sponsor");
    }
    sequence(e.coach_since_seq, child_path(p, "coach_since_seq"), 0);
    const std::string past = child_path(p, "past_coaches");
    for (std::size_t i = 0; i < e.past_coaches.size(); ++i) {
      const std::string tp = child_path(past, i);
      party<Coach>(e.past_coaches[i].coach.value, child_path(tp, "coach"));
      sequence(e.past_coaches[i].to_seq, child_path(tp, "to_seq"), 0);
    }
  }
  template <class R>
  requires Is<R, Admin> || Is<R, Coach> || Is<R, Organization>
  void refs(const R&, const std::string&) const {}

  // ---- Erasure ------------------------------------------------------------------------------

  void refs(const Tombstone& t, const std::string& p) const {
    party<Client>(t.client.value, child_path(p, "client"));
    sequence(t.erased_seq, child_path(p, "erased_seq"), 1);
    if (t.record_kind == RecordKind::client) {
      if (t.id.value != t.client.value)
        fail(child_path(p, "id"), "a client tombstone carries the client's id");
      return;
    }
    bool found = false;
    s_.for_each_table([&](const auto& table) {
      using Row = typename std::decay_t<decltype(table.rows())>::value_type;
      if constexpr (requires(const Row& row) { row.meta; }) {
        if (const Row* row = table.find(t.id.value); row != nullptr && Row::kind == t.record_kind &&
                                                     row->meta.engagement == t.engagement &&
                                                     row->meta.client == t.client)
          found = true;
      }
    });
    if (!found)
      fail(child_path(p, "id"), "no record of record_kind with this id, engagement and client");
  }
  void refs(const LegalHold& h, const std::string& p) const {
    party<Client>(h.id.value, child_path(p, "client"));
    if (!is_registered(s_, h.by))
      fail(child_path(p, "by"), "not a party of this practice");
  }

  // ---- Content records --------------------------------------------------------------------

  template <class R>
  requires requires(const R& r) { r.meta; }
  void refs(const R& r, const std::string& p) const {
    const RecordMeta& m = r.meta;
    const Engagement* e = s_.table<Engagement>().find(m.engagement.value);
    if (e == nullptr)
      fail(child_path(p, "engagement"), "no engagement with this id");
    if (m.client != e->client)
      fail(child_path(p, "client"), "is not the client of the record's engagement");
    if (!is_registered(s_, m.author))
      fail(child_path(p, "author"), "not a party of this practice");
    sequence(m.created_seq, child_path(p, "created_seq"), 1);
    scope(r, p);
    own(r, p);
  }

 private:
  template <class R>
  const R& party(const boost::uuids::uuid& id, const std::string& p) const {
    const R* row = s_.table<R>().find(id);
    if (row == nullptr)
      fail(p, "no " + std::string(TableInfo<R>::name) + " entry with this id");
    return *row;
  }

  void sequence(std::uint64_t seq, const std::string& p, std::uint64_t lo) const {
    if (seq < lo || seq > s_.last_sequence)
      fail(p, "must be between " + std::to_string(lo) + " and last_sequence");
  }

  /// A record of type R and the same engagement as `owner`.
  template <class R>
  void sibling(const boost::uuids::uuid& id, const RecordMeta& owner, const std::string& p) const {
    const R* row = s_.table<R>().find(id);
    if (row == nullptr || row->meta.engagement != owner.engagement)
      fail(p, "no " + std::string(to_string(R::kind)) + " with this id in the same engagement");
  }

  /// Any content record of the same engagement; its kind.
  std::optional<RecordKind> any_record(const RecordId& id, const RecordMeta& owner) const {
    std::optional<RecordKind> found;
    s_.for_each_table([&](const auto& table) {
      using Row = typename std::decay_t<decltype(table.rows())>::value_type;
      if constexpr (requires(const Row& row) { row.meta; }) {
        if (const Row* row = table.find(id.value);
            row != nullptr && row->meta.engagement == owner.engagement)
          found = Row::kind;
      }
    });
    return found;
  }

  static void one_of(Scope scope, std::initializer_list<Scope> allowed, const std::string& p) {
    if (std::find(allowed.begin(), allowed.end(), scope) != allowed.end())
      return;
    std::string names;
    for (const Scope s : allowed)
      names += (names.empty() ? "" : ", ") + std::string(to_string(s));
    fail(child_path(p, "scope"), "expected one of " + names);
  }

  // The scopes the commands give each kind (docs/confidentiality.md): an import must not be
  // a way around rule 1 or the coach_private referrals.
  template <class R>
  void scope(const R& r, const std::string& p) const {
    const Scope sc = r.meta.scope;
    const Role author = r.meta.author.role;
    if constexpr (Is<R, Session>) {
      one_of(sc, {Scope::operational}, p);
    } else if constexpr (Is<R, Note>) {
      if (author == Role::client) {
        one_of(sc, {Scope::coaching, Scope::client_private}, p);
      } else if (author == Role::coach) {
        one_of(sc, {Scope::operational, Scope::sponsor, Scope::coaching, Scope::coach_private}, p);
      } else {
        one_of(sc, {Scope::operational}, p);
      }
    } else if constexpr (Is<R, Goal>) {
      one_of(sc, {r.shared_with_sponsor ? Scope::sponsor : Scope::coaching}, p);
    } else if constexpr (Is<R, Milestone>) {
      if (const Goal* g = s_.table<Goal>().find(r.goal.value))
        one_of(sc, {g->meta.scope}, p);
    } else if constexpr (Is<R, ActionItem> || Is<R, Habit> || Is<R, SkillRating> ||
                         Is<R, Consent> || Is<R, Disclosure>) {
      one_of(sc, {Scope::coaching}, p);
    } else if constexpr (Is<R, Referral>) {
      one_of(sc, {Scope::coach_private}, p);
    } else {
      static_assert(is_inner_work(R::kind), "every content kind needs its scope rule here");
      if (author == Role::client || Is<R, InnerLink>) {
        one_of(sc, {Scope::coaching, Scope::client_private}, p);
      } else {
        one_of(sc, {Scope::coaching}, p);
      }
    }
  }

  // References a record kind holds beyond its metadata.
  template <class R>
  void own(const R& r, const std::string& p) const {
    if constexpr (Is<R, Note>) {
      if (r.session)
        sibling<Session>(r.session->value, r.meta, child_path(p, "session"));
    } else if constexpr (Is<R, Milestone>) {
      sibling<Goal>(r.goal.value, r.meta, child_path(p, "goal"));
    } else if constexpr (Is<R, ActionItem> || Is<R, Habit>) {
      if (r.goal)
        sibling<Goal>(r.goal->value, r.meta, child_path(p, "goal"));
    } else if constexpr (Is<R, InnerLink>) {
      sibling<Goal>(r.goal.value, r.meta, child_path(p, "goal"));
      if (any_record(r.inner, r.meta) != r.inner_kind)
        fail(child_path(p, "inner"), "no record of inner_kind with this id in the same engagement");
    } else if constexpr (Is<R, Consent>) {
      if (r.grantee && !is_registered(s_, *r.grantee))
        fail(child_path(p, "grantee"), "not a party of this practice");
      const std::string list = child_path(p, "records");
      for (std::size_t i = 0; i < r.records.size(); ++i) {
        if (!any_record(r.records[i], r.meta))
          fail(child_path(list, i), "no record with this id in the same engagement");
      }
    } else if constexpr (Is<R, Disclosure>) {
      if (any_record(r.disclosed, r.meta) != r.disclosed_kind)
        fail(child_path(p, "disclosed"),
             "no record of disclosed_kind with this id in the same engagement");
    }
  }

  const detail::PracticeState& s_;
};

}  // namespace

void check_references(const ImportedPractice& in, const Json& doc) {
  const Checker checker(in.state);
  // Parties and engagements were inserted in document order: row i is element i.
  for_each_row_type([&]<class R>(std::type_identity<R>) {
    using Info = TableInfo<R>;
    if constexpr (Info::section != Section::record) {
      const std::string base = Info::section == Section::party ? child_path("/parties", Info::name)
                                                               : child_path("", Info::name);
      const auto& rows = in.state.table<R>().rows();
      for (std::size_t i = 0; i < rows.size(); ++i)
        checker.refs(rows[i], child_path(base, i));
    }
  });
  // Records of one kind were inserted in document order too: count per kind to find the row.
  const Json& records = doc.at("records");
  std::vector<std::size_t> seen(64, 0);
  for (std::size_t i = 0; i < records.size(); ++i) {
    const RecordKind kind = decode_enum<RecordKind>(records[i].at("kind"), "/records");
    for_each_row_type([&]<class R>(std::type_identity<R>) {
      if constexpr (TableInfo<R>::section == Section::record) {
        if (R::kind == kind) {
          const std::size_t row = seen[static_cast<std::size_t>(kind)]++;
          checker.refs(in.state.table<R>().at(row), child_path("/records", i));
        }
      }
    });
  }
}

}  // namespace libcoach::interchange
