// The DONE criterion of the confidentiality issue, as one test: "A reviewer trying, from C++,
// to read a client's beliefs as that client's sponsor — through any query, iteration,
// history, error message — gets nothing but AccessDenied or a redacted result, and the
// attempt is in the audit trail."

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "libcoach/libcoach.hpp"
#include "policy_fixture.hpp"

namespace libcoach {
namespace {

using testing::ThreeWay;

/// Every text a belief holds: statement, category, reframes.
const std::vector<std::string> kBeliefText{"If I stop checking, the team will fail",
                                           "control",
                                           "I trust them to ask for help",
                                           "Rest must be earned",
                                           "self-worth",
                                           "Worth is not output",
                                           "Nobody respects a quiet leader"};

/// All text of every record a View returns, flattened, so that a belief's words cannot hide in
/// a field of another kind (a goal's description, a link, a consent, a disclosure).
struct Everything {
  std::vector<std::string> texts;
  std::vector<RecordId> ids;
  void add(const RecordMeta& m, std::initializer_list<std::string> fields) {
    ids.push_back(m.id);
    for (const std::string& f : fields)
      texts.push_back(f);
  }
};

Everything everything_visible(const View& v, EngagementId e) {
  Everything all;
  for (const auto& r : v.sessions(e))
    all.add(r.meta, {});
  for (const auto& r : v.notes(e))
    all.add(r.meta, {r.text});
  for (const auto& r : v.goals(e))
    all.add(r.meta, {r.title, r.description, r.metric, r.unit});
  for (const auto& r : v.milestones(e))
    all.add(r.meta, {r.title});
  for (const auto& r : v.action_items(e))
    all.add(r.meta, {r.title});
  for (const auto& r : v.habits(e))
    all.add(r.meta, {r.title});
  for (const auto& r : v.skills(e))
    all.add(r.meta, {r.competency});
  for (const auto& r : v.values(e))
    all.add(r.meta, {r.name, r.meaning});
  for (const auto& r : v.beliefs(e))
    all.add(r.meta, {r.statement, r.category, r.reframe});
  for (const auto& r : v.fears(e))
    all.add(r.meta, {r.description});
  for (const auto& r : v.purposes(e))
    all.add(r.meta, {r.statement, r.formative_experience});
  for (const auto& r : v.reflections(e))
    all.add(r.meta, {r.text});
  for (const auto& r : v.insights(e))
    all.add(r.meta, {r.text});
  for (const auto& r : v.wellbeing(e))
    all.add(r.meta, {});
  for (const auto& r : v.links(e))
    all.add(r.meta, {r.inner.to_string()});
  for (const auto& r : v.referrals(e))
    all.add(r.meta, {r.reason, r.referred_to});
  for (const auto& r : v.consents(e)) {
    std::string covered;
    for (const RecordId& id : r.records)
      covered += id.to_string();
    all.add(r.meta, {r.purpose, covered});
  }
  for (const auto& r : v.disclosures(e)) {
    all.add(r.meta, {r.justification, r.recipient, r.disclosed.to_string()});
  }
  const Engagement eng = v.engagement(e);
  if (eng.agreement)
    all.texts.push_back(eng.agreement->confidentiality_terms);
  return all;
}

TEST(ConfidentialityDone,
     ASponsorReadingTheClientsBeliefsGetsOnlyAccessDeniedOrRedactionAndTheAttemptIsAudited) {
  ThreeWay w;
  w.terms = SponsorTerms{true, true, true};  // The most a sponsor can be promised.
  w.start();
  Practice& p = w.practice;
  const Date d = testing::day(2026, 3, 5);

  // The client's beliefs: in the container, private, with histories and reframes, written by
  // the client and by the coach, linked to a shared goal, consented to the supervisor,
  // disclosed once by the coach.
  BeliefSpec spec;
  spec.statement = kBeliefText[0];
  spec.category = kBeliefText[1];
  spec.on = d;
  const BeliefId control = p.add_belief(w.client(), w.e, spec);
  p.record_belief_strength(w.client(), control, d.plus_days(7), 6);
  p.record_belief_strength(w.coach(), control, d.plus_days(14), 4);
  p.reframe_belief(w.client(), control, kBeliefText[2]);
  spec.statement = kBeliefText[3];
  spec.category = kBeliefText[4];
  spec.reframe = kBeliefText[5];
  spec.scope = Scope::client_private;
  const BeliefId worth = p.add_belief(w.client(), w.e, spec);
  BeliefSpec by_coach;
  by_coach.statement = kBeliefText[6];
  by_coach.on = d;
  const BeliefId quiet = p.add_belief(w.coach(), w.e, by_coach);
  const std::vector<BeliefId> beliefs{control, worth, quiet};

  GoalSpec g;
  g.title = "Delegate the monthly forecast";
  g.shared_with_sponsor = true;
  const GoalId shared = p.add_goal(w.client(), w.e, g);
  GoalSpec unshared;
  unshared.title = "Stop answering e-mail at night";
  unshared.description = "Rooted in: rest must be earned";
  const GoalId hidden_goal = p.add_goal(w.client(), w.e, unshared);
  p.link_inner_to_goal(w.coach(), control.record(), shared);
  p.link_inner_to_goal(w.client(), worth.record(), hidden_goal);
  w.consent(w.supervisor(), {control.record(), worth.record()}, {RecordKind::belief});
  p.disclose(w.coach(), {quiet.record(), DisclosureReason::legal_requirement, "Court order",
                         "District court"});
  // A consent to the sponsor that was revoked, and one to the other contact that has expired.
  const ConsentId revoked = w.consent(w.sponsor_hr(), {control.record()}, {}, 30, "review");
  w.consent(w.sponsor_manager(), {control.record()}, {}, 1, "review");
  w.clock.advance_days(2);
  p.revoke_consent(w.client(), revoked);
  w.clock.advance_seconds(60);
  // A consent to the sponsor by belief kind is refused outright.
  EXPECT_THROW(w.consent(w.sponsor_hr(), {}, {RecordKind::belief}), ValidationError);

  const std::size_t audit_before = w.view(w.admin()).audit_trail().size();
  std::vector<std::string> messages;
  std::size_t attempts = 0;

  // Listed contacts (who may see the engagement) and unlisted ones (who may not).
  for (const Actor& sponsor :
       {w.sponsor_hr(), w.sponsor_manager(), w.sponsor_colleague(), w.sponsor_outsider()}) {
    SCOPED_TRACE(sponsor.to_string());
    const bool listed = sponsor == w.sponsor_hr() || sponsor == w.sponsor_manager();
    for (const View& v : {p.view(sponsor), p.view(sponsor).with_purpose("three-way-review")}) {
      const std::size_t before = w.view(w.admin()).audit_trail().size();
      // Queries and iteration: the beliefs listing, generic and named.
      auto refused_listing = [&](const std::function<std::size_t()>& f) {
        try {
          EXPECT_EQ(f(), 0u);
          EXPECT_TRUE(listed);
        } catch (const NotFound& e) {
          EXPECT_FALSE(listed);
          messages.push_back(e.what());
          ++attempts;
        }
      };
      refused_listing([&] { return v.beliefs(w.e).size(); });
      refused_listing([&] { return v.records<Belief>(w.e).size(); });
      refused_listing([&] { return v.links(w.e).size(); });
      refused_listing([&] { return v.consents(w.e).size(); });
      refused_listing([&] { return v.disclosures(w.e).size(); });
      // Lookups, named and generic: AccessDenied (or NotFound when the engagement is hidden).
      for (const BeliefId b : beliefs) {
        for (const auto& lookup : std::vector<std::function<Belief()>>{
                 [&] { return v.belief(b); }, [&] { return v.get<Belief>(b); }}) {
          ++attempts;
          try {
            const Belief got = lookup();
            ADD_FAILURE() << "a belief reached the sponsor: " << got.meta.id.to_string();
          } catch (const AccessDenied& e) {
            EXPECT_TRUE(listed);
            messages.push_back(e.what());
          } catch (const NotFound& e) {
            EXPECT_FALSE(listed);
            messages.push_back(e.what());
          }
        }
      }
      // History and every other read path: nothing anywhere carries a belief's words or id.
      if (listed) {
        const Everything all = everything_visible(v, w.e);
        for (const std::string& text : all.texts) {
          for (const std::string& secret : kBeliefText) {
            if (secret.size() > 8) {
              EXPECT_EQ(text.find(secret), std::string::npos) << "leaked in: " << text;
            }
          }
          for (const BeliefId b : beliefs) {
            EXPECT_EQ(text.find(b.to_string()), std::string::npos) << "belief id in: " << text;
          }
        }
        for (const RecordId& id : all.ids) {
          for (const BeliefId b : beliefs)
            EXPECT_NE(id, b.record());
        }
        // The unshared goal the belief sits under comes back as a redacted line only.
        const Goal line = v.goal(hidden_goal);
        EXPECT_TRUE(line.meta.redacted);
        EXPECT_TRUE(line.title.empty());
        EXPECT_TRUE(line.description.empty());
      }
      // Each attempt is in the audit trail, as a denied read of a belief by this sponsor.
      const std::vector<AuditEntry> trail = w.view(w.admin()).audit_trail();
      std::size_t denied_lookups = 0;
      bool denied_listing = false;
      for (std::size_t i = before; i < trail.size(); ++i) {
        const AuditEntry& a = trail[i];
        if (!(a.viewer == sponsor) || a.kind != RecordKind::belief)
          continue;
        EXPECT_EQ(a.outcome, AuditOutcome::denied);
        EXPECT_EQ(a.client, w.client_id);
        EXPECT_EQ(a.purpose, v.purpose());
        if (a.action == AuditAction::read)
          ++denied_lookups;
        if (a.action == AuditAction::list)
          denied_listing = true;
      }
      EXPECT_EQ(denied_lookups, 2 * beliefs.size());  // Two lookups per belief.
      EXPECT_TRUE(denied_listing);
    }
    // Writes that would reveal or touch a belief are refused as well, and say nothing.
    for (const auto& write : std::vector<std::function<void()>>{
             [&] { p.record_belief_strength(sponsor, control, d.plus_days(20), 9); },
             [&] { p.reframe_belief(sponsor, control, "Sponsor's version"); },
             [&] { p.link_inner_to_goal(sponsor, control.record(), shared); },
             [&] {
               p.disclose(sponsor, {control.record(), DisclosureReason::legal_requirement,
                                    "Performance review", "HR file"});
             }}) {
      ++attempts;
      try {
        write();
        ADD_FAILURE() << "a sponsor changed or disclosed a belief";
      } catch (const AccessDenied& e) {
        EXPECT_TRUE(listed);
        messages.push_back(e.what());
      } catch (const NotFound& e) {
        EXPECT_FALSE(listed);
        messages.push_back(e.what());
      }
    }
    // The refused break-glass attempt is on the record.
    const std::vector<AuditEntry> trail = w.view(w.admin()).audit_trail();
    EXPECT_TRUE(std::any_of(trail.begin(), trail.end(), [&](const AuditEntry& a) {
      return a.viewer == sponsor && a.action == AuditAction::disclose &&
             a.record == control.record() && a.outcome == AuditOutcome::denied;
    }));
  }

  // Error messages: only the action and the kind, never a belief's words.
  ASSERT_EQ(messages.size(), attempts);
  for (const std::string& m : messages) {
    for (const std::string& secret : kBeliefText) {
      if (secret.size() > 8) {
        EXPECT_EQ(m.find(secret), std::string::npos) << m;
      }
    }
  }
  // The client sees every attempt in their access log, and the chain holds.
  const std::vector<AuditEntry> log = w.view(w.client()).access_log(w.client_id);
  for (const Actor& sponsor :
       {w.sponsor_hr(), w.sponsor_manager(), w.sponsor_colleague(), w.sponsor_outsider()}) {
    EXPECT_TRUE(std::any_of(log.begin(), log.end(), [&](const AuditEntry& a) {
      return a.viewer == sponsor && a.kind == RecordKind::belief &&
             a.outcome == AuditOutcome::denied;
    }));
  }
  const std::vector<AuditEntry> all = w.view(w.admin()).audit_trail();
  EXPECT_GT(all.size(), audit_before);
  EXPECT_TRUE(verify_audit_chain(all).ok);
}

}  // namespace
}  // namespace libcoach
