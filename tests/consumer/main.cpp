// Consumer check: builds against the installed headers and library, runs a small engagement
// and exits non-zero if what a sponsor sees is not what the policy promises.
#include <libcoach/libcoach.hpp>

#include <iostream>

int main() {
  using namespace libcoach;
  Practice practice(PracticeOptions{stepping_clock(Timestamp::parse("2026-03-02T09:00:00Z")), 7});
  const AdminId admin = practice.add_first_admin({"Iris Vantongeren", "iris@example.org"});
  const Actor as_admin = Actor::admin(admin);
  const OrganizationId org = practice.add_organization(as_admin, "Fernhill Logistics");
  const SponsorContactId hr = practice.add_sponsor_contact(
      as_admin, {org, "Tomas Reyes", "tomas@example.com", ContactRole::hr});
  const CoachId coach =
      practice.add_coach(as_admin, {"Mara Lindqvist", "mara@example.net", Credential::pcc});
  const ClientId client = practice.add_client(as_admin, {"Dev Anand", "dev@example.com", org});
  const EngagementId e = practice.propose_engagement(as_admin, {coach, client, org, {hr}});
  const Actor as_coach = Actor::coach(coach);
  practice.add_belief(as_coach, e,
                      BeliefSpec{"If I do not check everything, it fails.", BeliefKind::limiting,
                                 "control", 8, Date::parse("2026-03-02")});
  const auto sponsor_view = practice.view(Actor::sponsor(hr));
  const auto coach_view = practice.view(as_coach);
  const bool ok = sponsor_view.beliefs(e).empty() && coach_view.beliefs(e).size() == 1;
  std::cout << "libcoach " << kVersion << " consumer: " << (ok ? "ok" : "POLICY VIOLATION") << "\n";
  return ok ? 0 : 1;
}
