"""Shared test support: a small, fully populated practice whose every text field holds a
distinctive secret, so that tests can prove no secret reaches a repr, a message or a log.

All people and organizations are invented.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import libcoach as lc

UTC = dt.timezone.utc
START = dt.datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
TODAY = START.date()

# Every secret carries this marker, so a leak of any of them is found by one search.
MARKER = "ZQXSECRET"


def secret(field_name: str) -> str:
    """A distinctive secret for one content field."""
    return f"{MARKER}-{field_name}"


@dataclass
class World:
    """A practice with one sponsored, active engagement holding every kind of record."""

    practice: lc.Practice
    admin: lc.AdminId
    coach: lc.CoachId
    other_coach: lc.CoachId
    client: lc.ClientId
    organization: lc.OrganizationId
    sponsor: lc.SponsorContactId
    supervisor: lc.SupervisorId
    engagement: lc.EngagementId
    session: lc.SessionId
    ids: dict[str, object] = field(default_factory=dict)


def same_document(values: object, text: str) -> bool:
    """True when a report's `to_dict()` is exactly what `json.loads` makes of its `to_json()`:
    the same keys in the same order, and the same types (1 and 1.0 differ here, unlike ==)."""
    return json.dumps(values) == json.dumps(json.loads(text))


def build_world(*, redacted_unshared_goals: bool = True) -> World:
    p = lc.Practice(clock=lc.stepping_clock(START, 60), id_seed=7)
    admin = p.add_first_admin(name=secret("admin-name"), email="admin-zqx@example.org")
    org = p.add_organization(admin, name=secret("org-name"))
    coach = p.add_coach(
        admin, name=secret("coach-name"), email="coach-zqx@example.org", credential="pcc"
    )
    other = p.add_coach(admin, name=secret("other-coach-name"), email="other-zqx@example.org")
    client = p.add_client(
        admin, name=secret("client-name"), email="client-zqx@example.org", organization=org
    )
    sponsor = p.add_sponsor_contact(
        admin,
        organization=org,
        name=secret("sponsor-name"),
        email="manager-zqx@example.org",
        role=lc.ContactRole.manager,
    )
    supervisor = p.add_supervisor(
        admin, name=secret("supervisor-name"), email="sup-zqx@example.org", supervisees=[coach]
    )
    e = p.propose_engagement(
        admin, coach=coach, client=client, sponsor=org, sponsor_contacts=[sponsor]
    )
    p.set_agreement(
        coach,
        e,
        start=TODAY,
        end=TODAY + dt.timedelta(days=180),
        session_allotment=12,
        confidentiality_terms=secret("confidentiality-terms"),
        sponsor_terms=lc.SponsorTerms(redacted_unshared_goals=redacted_unshared_goals),
    )
    p.set_engagement_status(coach, e, lc.EngagementStatus.active)
    s = p.schedule_session(coach, e, start=START + dt.timedelta(days=1), modality="in_person")
    p.set_session_status(coach, s, "held")

    ids: dict[str, object] = {}
    ids["note_coaching"] = p.add_note(coach, e, text=secret("note-coaching"), session=s)
    ids["note_process"] = p.add_note(
        coach, e, text=secret("note-process"), scope=lc.Scope.coach_private
    )
    ids["note_journal"] = p.add_note(client, e, text=secret("note-journal"), scope="client_private")
    ids["goal_shared"] = p.add_goal(
        client,
        e,
        title=secret("goal-shared-title"),
        description=secret("goal-shared-description"),
        metric=secret("goal-shared-metric"),
        unit=secret("goal-shared-unit"),
        baseline=1,
        target=5,
        due=TODAY + dt.timedelta(days=90),
        shared_with_sponsor=True,
    )
    ids["goal_private"] = p.add_goal(
        coach,
        e,
        title=secret("goal-private-title"),
        description=secret("goal-private-description"),
        metric=secret("goal-private-metric"),
        baseline=0,
        target=2,
    )
    p.record_goal_progress(coach, ids["goal_shared"], value=3)
    ids["milestone"] = p.add_milestone(
        coach, e, goal=ids["goal_shared"], title=secret("milestone-title")
    )
    ids["action_item"] = p.add_action_item(
        client, e, title=secret("action-title"), goal=ids["goal_private"], due=TODAY
    )
    ids["habit"] = p.add_habit(client, e, title=secret("habit-title"), cadence="weekdays")
    p.check_in_habit(client, ids["habit"], on=TODAY)
    ids["skill"] = p.add_skill(coach, e, competency=secret("skill-competency"))
    p.rate_skill(coach, ids["skill"], rating=4)
    ids["value"] = p.add_value(
        client, e, name=secret("value-name"), rank=1, meaning=secret("value-meaning")
    )
    ids["belief"] = p.add_belief(
        client,
        e,
        statement=secret("belief-statement"),
        category=secret("belief-category"),
        strength=7,
        reframe=secret("belief-reframe"),
    )
    p.record_belief_strength(coach, ids["belief"], strength=5)
    ids["fear"] = p.add_fear(client, e, description=secret("fear-description"), intensity=6)
    ids["purpose"] = p.add_purpose(
        client,
        e,
        statement=secret("purpose-statement"),
        formative_experience=secret("purpose-experience"),
    )
    ids["reflection"] = p.add_reflection(
        client, e, text=secret("reflection-text"), practice="walking"
    )
    ids["insight"] = p.add_insight(client, e, text=secret("insight-text"))
    ids["wellbeing"] = p.check_in_wellbeing(client, e, thriving=6, stress=7, burnout=2)
    ids["link"] = p.link_inner_to_goal(coach, ids["belief"], ids["goal_private"])
    ids["referral"] = p.refer_to_therapist(
        coach, e, reason=secret("referral-reason"), referred_to=secret("referral-recipient")
    )
    ids["consent"] = p.grant_consent(
        client,
        e,
        grantee=supervisor,
        kinds=["note"],
        purpose="supervision",
        to=TODAY + dt.timedelta(days=30),
    )
    ids["disclosure"] = p.disclose(
        coach,
        record=ids["note_coaching"],
        reason="danger_to_self",
        justification=secret("disclosure-justification"),
        recipient=secret("disclosure-recipient"),
    )
    return World(p, admin, coach, other, client, org, sponsor, supervisor, e, s, ids)


# Every View listing of one engagement's records, inner work first picked out.
INNER_LISTINGS = [
    "values",
    "beliefs",
    "fears",
    "purposes",
    "reflections",
    "insights",
    "wellbeing",
    "links",
]
ALL_LISTINGS = [
    "sessions",
    "notes",
    "goals",
    "milestones",
    "action_items",
    "habits",
    "skills",
    *INNER_LISTINGS,
    "referrals",
    "consents",
    "disclosures",
]
