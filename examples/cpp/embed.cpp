// Embedding libcoach: build a practice in memory, run one three-way engagement, and look at it
// through the eyes of the coach, the sponsor's HR contact and the practice admin.
// Every person and organization here is invented.

#include <iostream>
#include <string>

#include "libcoach/libcoach.hpp"

using namespace libcoach;

namespace {

// What one viewer sees of an engagement. Every read goes through a View, which filters and
// redacts by the confidentiality policy; there is no accessor that bypasses it.
void show(const std::string& who, const View& view, EngagementId e) {
  std::cout << "== " << who << '\n';
  const Allotment sessions = view.allotment(e);
  std::cout << "  sessions held: " << sessions.held << " of " << sessions.allotted
            << ", still available: " << sessions.remaining() << '\n';
  for (const Goal& goal : view.goals(e)) {
    std::cout << "  goal: " << (goal.meta.redacted ? "[not shared]" : goal.title) << ", progress "
              << static_cast<int>(goal.progress() * 100) << "%\n";
  }
  std::cout << "  notes: " << view.notes(e).size() << ", beliefs: " << view.beliefs(e).size()
            << ", links under goals: " << view.links(e).size() << '\n';
}

}  // namespace

int main() {
  // A fixed clock and id seed make runs reproducible; an application would keep the defaults
  // (system clock, random ids).
  Practice practice(PracticeOptions{stepping_clock(Timestamp::parse("2026-03-02T08:00:00Z")), 7});

  // Parties. The first admin bootstraps the practice; only admins register anyone else.
  const Actor admin =
      Actor::admin(practice.add_first_admin({"Morgan Ellery", "morgan@practice.example.org"}));
  const CoachId coach_id =
      practice.add_coach(admin, {"Priya Mensah", "priya@coaching.example.org", Credential::pcc});
  const OrganizationId org = practice.add_organization(admin, "Northwind Ventures");
  const SponsorContactId hr_id = practice.add_sponsor_contact(
      admin, {org, "Jonas Becker", "jonas.becker@northwind.example.com", ContactRole::hr});
  const ClientId client_id =
      practice.add_client(admin, {"Ada Okafor", "ada.okafor@northwind.example.com", org});
  const Actor coach = Actor::coach(coach_id);
  const Actor client = Actor::client(client_id);
  const Actor hr = Actor::sponsor(hr_id);

  // A three-way engagement. The agreement must exist before coaching starts: activating
  // without one throws ValidationError.
  const EngagementId e = practice.propose_engagement(admin, {coach_id, client_id, org, {hr_id}});
  Agreement agreement;
  agreement.start = Date::parse("2026-03-02");
  agreement.end = Date::parse("2026-08-31");
  agreement.session_allotment = 12;
  agreement.confidentiality_terms =
      "Session content stays between coach and client; the sponsor sees attendance and, with "
      "the client's consent, progress on shared goals.";
  agreement.agreed_on = Date::parse("2026-02-20");
  practice.set_agreement(admin, e, agreement);
  practice.set_engagement_status(coach, e, EngagementStatus::active);

  // A session, held, with a note in the confidential container and a process note that only
  // its author will ever see.
  const SessionId s =
      practice.schedule_session(admin, e, {Timestamp::parse("2026-03-09T10:00:00Z"), 60});
  practice.set_session_status(coach, s, SessionStatus::held);
  practice.add_note(coach, e,
                    {Scope::coaching, "Explored which decisions could move to the team.", s});
  practice.add_note(coach, e,
                    {Scope::coach_private, "Control rises under pressure from above.", s});

  // The iceberg: a measurable outer goal, and the inner belief it rests on.
  GoalSpec goal;
  goal.title = "Delegate two decisions a week";
  goal.metric = "decisions delegated per week";
  goal.unit = "decisions";
  goal.baseline = 0;
  goal.target = 2;
  const GoalId delegate = practice.add_goal(client, e, goal);
  practice.set_goal_status(coach, delegate, GoalStatus::active);
  practice.record_goal_progress(client, delegate, Date::parse("2026-03-23"), 1);

  BeliefSpec belief;
  belief.statement = "If I don't check everything, it will fail.";
  belief.category = "control";
  belief.strength = 8;
  belief.on = Date::parse("2026-03-09");
  const BeliefId control = practice.add_belief(coach, e, belief);
  practice.link_inner_to_goal(coach, control.record(), delegate);

  // Only the client decides what the sponsor may see of their goals.
  practice.set_goal_shared(client, delegate, true);

  // One practice, three viewers. The coach sees the container (but the sponsor never will),
  // HR sees attendance and the shared goal, the admin sees operations only.
  show("coach", practice.view(coach), e);
  show("sponsor (HR)", practice.view(hr), e);
  show("practice admin", practice.view(admin), e);

  // Confidentiality is enforced, not advised: HR asking for the belief is refused, and the
  // error names the record kind, never its content.
  try {
    (void)practice.view(hr).belief(control);
  } catch (const AccessDenied& denied) {
    std::cout << "HR reading the belief: " << denied.what() << '\n';
  }
  return 0;
}
