"""A full engagement, from an empty practice to a completed engagement, through Python."""

from __future__ import annotations

import datetime as dt

import pytest
from support import START

import libcoach as lc

UTC = dt.timezone.utc


def test_full_engagement_flow() -> None:
    p = lc.Practice(clock=lc.stepping_clock(START, 60), id_seed=2026)
    today = START.date()

    # Parties.
    admin = p.add_first_admin(name="Tamsin Vale", email="tamsin@northwind-coaching.example")
    org = p.add_organization(admin, name="Fernwood Logistics")
    coach = p.add_coach(
        admin, name="Oren Blackwood", email="oren@northwind-coaching.example", credential="pcc"
    )
    client = p.add_client(
        admin, name="Maren Holt", email="maren@fernwood.example", organization=org
    )
    manager = p.add_sponsor_contact(
        admin,
        organization=org,
        name="Ivo Lindqvist",
        email="ivo@fernwood.example",
        role="manager",
    )

    # Engagement and agreement.
    e = p.propose_engagement(
        admin, coach=coach, client=client, sponsor=org, sponsor_contacts=[manager]
    )
    with pytest.raises(lc.ValidationError, match="agreement"):
        p.set_engagement_status(coach, e, "active")
    p.set_agreement(
        coach,
        e,
        start=today,
        end=today + dt.timedelta(days=120),
        session_allotment=6,
        confidentiality_terms="Standard terms; limits as agreed in the three-way meeting.",
    )
    p.set_engagement_status(coach, e, lc.EngagementStatus.active)

    # Sessions.
    sessions = [
        p.schedule_session(coach, e, start=START + dt.timedelta(weeks=i), duration_minutes=50)
        for i in range(1, 4)
    ]
    p.set_session_status(coach, sessions[0], "held")
    p.set_session_status(admin, sessions[1], lc.SessionStatus.cancelled)

    # Outer work: the delegation goal with a milestone, an action and a habit.
    goal = p.add_goal(
        client,
        e,
        title="Delegate more",
        metric="decisions/week",
        unit="decisions",
        baseline=0,
        target=4,
        due=today + dt.timedelta(days=90),
        shared_with_sponsor=True,
    )
    p.set_goal_status(coach, goal, "active")
    for week, value in enumerate([1, 2, 3], start=1):
        p.record_goal_progress(client, goal, value=value, on=today + dt.timedelta(weeks=week))
    milestone = p.add_milestone(coach, e, goal=goal, title="Hand over the weekly planning")
    p.reach_milestone(client, milestone, on=today + dt.timedelta(weeks=2))
    action = p.add_action_item(
        client,
        e,
        title="List three decisions to hand over",
        goal=goal,
        due=today + dt.timedelta(days=7),
    )
    p.complete_action_item(client, action, on=today + dt.timedelta(days=5))
    habit = p.add_habit(client, e, title="Ask before answering", goal=goal, cadence="daily")
    for day in range(4):
        p.check_in_habit(client, habit, kept=day != 2, on=today + dt.timedelta(days=day))
    skill = p.add_skill(coach, e, competency="delegation")
    p.rate_skill(coach, skill, rating=3, on=today)
    p.rate_skill(coach, skill, rating=5, on=today + dt.timedelta(weeks=3))

    # Inner work: the control belief beneath the goal, and its reframe.
    belief = p.add_belief(
        client,
        e,
        statement="If I do not check everything, it will fail.",
        category="control",
        strength=8,
        on=today,
    )
    p.record_belief_strength(client, belief, strength=5, on=today + dt.timedelta(weeks=3))
    p.reframe_belief(client, belief, "My team succeeding without me is the goal.")
    link = p.link_inner_to_goal(coach, belief, goal)
    trust = p.add_value(client, e, name="Trust", rank=1, meaning="Letting others carry weight.")
    p.link_inner_to_goal(client, trust, goal)
    p.check_in_wellbeing(client, e, thriving=6, stress=6, burnout=3, confidence=5)

    # Reading it back as the coach.
    view = p.view(coach)
    assert [x.id for x in view.engagements()] == [e]
    g = view.goal(goal)
    assert g.status is lc.GoalStatus.active
    assert g.current == 3
    assert g.progress == pytest.approx(0.75)
    assert g.trend is lc.GoalTrend.improving
    assert [m.value for m in g.history] == [1, 2, 3]
    assert g.history[0].on == today + dt.timedelta(weeks=1)
    assert g.scope is lc.Scope.sponsor
    assert view.get(milestone).reached == today + dt.timedelta(weeks=2)
    assert view.get(action).done == today + dt.timedelta(days=5)
    assert not view.get(action).overdue(today + dt.timedelta(days=30))
    h = view.get(habit)
    assert (h.current_streak, h.longest_streak) == (1, 2)
    assert h.adherence == pytest.approx(0.75)
    assert [s.rating for s in view.get(skill).history] == [3, 5]
    b = view.belief(belief)
    assert b.strength == 5
    assert [s.strength for s in b.history] == [8, 5]
    assert b.reframe.startswith("My team")
    assert b.belief_kind is lc.BeliefKind.limiting
    links = view.links(e)
    assert {lk.inner_kind for lk in links} == {lc.RecordKind.belief, lc.RecordKind.value}
    assert view.get(link).goal == goal
    assert view.records("belief", e)[0].id == belief
    assert [x.id for x in view.records(lc.RecordKind.goal, e)] == [goal]

    allotment = view.allotment(e)
    assert (allotment.allotted, allotment.held, allotment.cancelled, allotment.scheduled) == (
        6,
        1,
        1,
        1,
    )
    assert allotment.remaining == 4

    # The sponsor sees the shared goal's progress and the attendance, nothing beneath.
    sponsor_view = p.view(manager)
    assert [x.id for x in sponsor_view.goals(e)] == [goal]
    assert sponsor_view.goals(e)[0].progress == pytest.approx(0.75)
    assert len(sponsor_view.sessions(e)) == 3
    assert sponsor_view.beliefs(e) == []
    assert sponsor_view.values(e) == []
    assert sponsor_view.links(e) == []

    # Wrapping up.
    p.set_goal_status(client, goal, "achieved")
    assert p.view(client).goal(goal).trend is lc.GoalTrend.achieved
    p.set_engagement_status(coach, e, "completed")
    assert p.view(admin).engagement(e).status is lc.EngagementStatus.completed
    with pytest.raises(lc.ValidationError, match="ended"):
        p.schedule_session(coach, e, start=START + dt.timedelta(weeks=10))

    stats = p.stats()
    assert stats.count(lc.RecordKind.session) == 3
    assert stats.count(lc.RecordKind.belief) == 1
    assert stats.records[lc.RecordKind.goal] == 1
    assert stats.last_sequence > 20


def test_hand_over_moves_the_engagement() -> None:
    p = lc.Practice(clock=lc.stepping_clock(START, 60), id_seed=3)
    admin = p.add_first_admin(name="Tamsin Vale", email="tamsin@example.org")
    first = p.add_coach(admin, name="Oren Blackwood", email="oren@example.org")
    second = p.add_coach(admin, name="Sable Marsh", email="sable@example.org")
    client = p.add_client(admin, name="Maren Holt", email="maren@example.org")
    e = p.propose_engagement(admin, coach=first, client=client)
    note = p.add_note(first, e, text="Session one notes.")
    p.hand_over(admin, e, second)

    engagement = p.view(admin).engagement(e)
    assert engagement.coach == second
    assert [t.coach for t in engagement.past_coaches] == [first]
    # The old coach sees nothing any more; the new one sees earlier notes only by consent.
    assert p.view(first).engagements() == []
    with pytest.raises(lc.NotFound):
        p.view(first).notes(e)
    assert p.view(second).notes(e) == []
    p.grant_consent(
        client,
        e,
        grantee=second,
        records=[note],
        purpose="handover",
        to=START.date() + dt.timedelta(days=30),
    )
    assert [n.id for n in p.view(second).notes(e)] == [note]
