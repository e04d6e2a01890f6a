#pragma once
// A small three-way practice for the policy, audit and confidentiality tests: one sponsoring
// organization with two listed contacts, an unlisted colleague and a contact of another
// organization; a coach, a successor coach and an unrelated coach; a supervisor of the coach
// and one of the unrelated coach; a client; and a clock the test moves by hand.
// Every person and organization here is invented.

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "practice_access.hpp"

namespace libcoach::testing {

/// A clock backed by a shared variable: the practice reads it, the test moves it.
class ManualClock {
 public:
  explicit ManualClock(Timestamp start)
      : seconds_(std::make_shared<std::atomic<std::int64_t>>(start.unix_seconds())) {}
  Clock clock() const {
    auto seconds = seconds_;
    return [seconds] { return Timestamp::from_unix(seconds->load()); };
  }
  Timestamp now() const { return Timestamp::from_unix(seconds_->load()); }
  Date today() const { return now().date(); }
  void set(Timestamp t) { seconds_->store(t.unix_seconds()); }
  void advance_seconds(std::int64_t s) { seconds_->fetch_add(s); }
  void advance_days(std::int32_t d) { advance_seconds(std::int64_t{d} * 86'400); }

 private:
  std::shared_ptr<std::atomic<std::int64_t>> seconds_;
};

/// Collects every audit entry as it is appended (the in-memory practice has no other sink).
class AuditCapture {
 public:
  explicit AuditCapture(Practice& practice) {
    auto entries = entries_;
    PracticeAccess::core(practice).audit.set_sink(
        [entries](const AuditEntry& e) { entries->push_back(e); });
  }
  const std::vector<AuditEntry>& all() const { return *entries_; }
  std::size_t size() const { return entries_->size(); }
  /// Entries appended since position `from`.
  std::vector<AuditEntry> since(std::size_t from) const {
    return {entries_->begin() + static_cast<std::ptrdiff_t>(from), entries_->end()};
  }

 private:
  std::shared_ptr<std::vector<AuditEntry>> entries_ = std::make_shared<std::vector<AuditEntry>>();
};

inline Date day(int y, unsigned m, unsigned d) {
  return Date::from_ymd(y, m, d);
}

/// The scenario. Construct, optionally tweak `terms` before calling `start()`.
struct ThreeWay {
  ManualClock clock{Timestamp::at(day(2026, 3, 2), 9)};
  Practice practice{PracticeOptions{clock.clock(), 20260302}};

  AdminId admin_id;
  OrganizationId org;          ///< The sponsor ("Fernhill Logistics").
  OrganizationId other_org;    ///< Another organization ("Quarrybank Foods").
  SponsorContactId hr;         ///< Listed on the engagement.
  SponsorContactId manager;    ///< Listed on the engagement.
  SponsorContactId colleague;  ///< Same organization, not listed.
  SponsorContactId outsider;   ///< Contact of the other organization.
  CoachId coach_id;            ///< Runs the engagement.
  CoachId successor_id;        ///< Takes over after a handover.
  CoachId stranger_id;         ///< Runs another engagement.
  ClientId client_id;
  ClientId other_client_id;
  SupervisorId supervisor_id;        ///< Supervises the coach and the successor.
  SupervisorId other_supervisor_id;  ///< Supervises the stranger only.
  EngagementId e;                    ///< The three-way engagement.
  EngagementId other_e;              ///< The stranger's engagement with another client.
  SponsorTerms terms;                ///< Terms the agreement of `e` is set with.

  Actor admin() const { return Actor::admin(admin_id); }
  Actor coach() const { return Actor::coach(coach_id); }
  Actor successor() const { return Actor::coach(successor_id); }
  Actor stranger() const { return Actor::coach(stranger_id); }
  Actor client() const { return Actor::client(client_id); }
  Actor other_client() const { return Actor::client(other_client_id); }
  Actor sponsor_hr() const { return Actor::sponsor(hr); }
  Actor sponsor_manager() const { return Actor::sponsor(manager); }
  Actor sponsor_colleague() const { return Actor::sponsor(colleague); }
  Actor sponsor_outsider() const { return Actor::sponsor(outsider); }
  Actor supervisor() const { return Actor::supervisor(supervisor_id); }
  Actor other_supervisor() const { return Actor::supervisor(other_supervisor_id); }

  View view(const Actor& a) const { return practice.view(a); }

  /// Registers everyone and activates both engagements.
  void start() {
    admin_id = practice.add_first_admin({"Iris Okonkwo-Hale", "iris@practice.example"});
    org = practice.add_organization(admin(), "Fernhill Logistics");
    other_org = practice.add_organization(admin(), "Quarrybank Foods");
    hr = practice.add_sponsor_contact(
        admin(), {org, "Tomas Ravel", "tomas@fernhill.example", ContactRole::hr});
    manager = practice.add_sponsor_contact(
        admin(), {org, "Ada Brennick", "ada@fernhill.example", ContactRole::manager});
    colleague = practice.add_sponsor_contact(
        admin(), {org, "Olu Sandberg", "olu@fernhill.example", ContactRole::other});
    outsider = practice.add_sponsor_contact(
        admin(), {other_org, "Vera Quill", "vera@quarrybank.example", ContactRole::hr});
    coach_id =
        practice.add_coach(admin(), {"Mara Lindgren", "mara@practice.example", Credential::pcc});
    successor_id =
        practice.add_coach(admin(), {"Jun Albescu", "jun@practice.example", Credential::acc});
    stranger_id =
        practice.add_coach(admin(), {"Pia Stroud", "pia@practice.example", Credential::mcc});
    client_id = practice.add_client(admin(), {"Dev Okafor", "dev@fernhill.example", org});
    other_client_id =
        practice.add_client(admin(), {"Lena Marsh", "lena@quarrybank.example", other_org});
    supervisor_id = practice.add_supervisor(
        admin(), {"Ruth Calder", "ruth@supervision.example", {coach_id, successor_id}});
    other_supervisor_id =
        practice.add_supervisor(admin(), {"Sam Ortega", "sam@supervision.example", {stranger_id}});

    e = practice.propose_engagement(admin(), {coach_id, client_id, org, {hr, manager}});
    practice.set_agreement(
        admin(), e,
        Agreement{day(2026, 3, 1), day(2026, 12, 31), 12, "Content stays between coach and client.",
                  terms, day(2026, 2, 20)});
    practice.set_engagement_status(admin(), e, EngagementStatus::active);
    other_e =
        practice.propose_engagement(admin(), {stranger_id, other_client_id, other_org, {outsider}});
    practice.set_agreement(
        admin(), other_e,
        Agreement{day(2026, 3, 1), day(2026, 12, 31), 6, "Content stays between coach and client.",
                  SponsorTerms{}, day(2026, 2, 20)});
    practice.set_engagement_status(admin(), other_e, EngagementStatus::active);
  }

  /// A consent from the client to `grantee`, from today for `days` days.
  ConsentId consent(const Actor& grantee, std::vector<RecordId> records,
                    std::vector<RecordKind> kinds = {}, std::int32_t days = 30,
                    std::string purpose = "supervision") {
    ConsentSpec spec;
    spec.grantee = grantee;
    spec.records = std::move(records);
    spec.kinds = std::move(kinds);
    spec.purpose = std::move(purpose);
    spec.from = clock.today();
    spec.to = clock.today().plus_days(days);
    return practice.grant_consent(client(), e, spec);
  }
};

/// Ids of a listing, in order.
template <class R>
std::vector<RecordId> ids_of(const std::vector<R>& rows) {
  std::vector<RecordId> out;
  for (const R& r : rows)
    out.push_back(r.meta.id);
  return out;
}

template <class R>
bool lists(const std::vector<R>& rows, const RecordId& id) {
  return std::any_of(rows.begin(), rows.end(), [&](const R& r) { return r.meta.id == id; });
}

inline bool lists_engagement(const std::vector<Engagement>& rows, EngagementId id) {
  return std::any_of(rows.begin(), rows.end(), [&](const Engagement& r) { return r.id == id; });
}

/// The message of the exception `f` throws as `E` (fails the test when it throws nothing).
template <class E, class F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const E& error) {
    return error.what();
  }
  ADD_FAILURE() << "expected an exception";
  return {};
}

}  // namespace libcoach::testing
