"""
Native core of libcoach. Import `libcoach` instead of this module.
"""
from __future__ import annotations
import collections.abc
import datetime
import enum
import libcoach.frames
import numpy
import numpy.typing
import os
import typing
__all__: list[str] = ['Action', 'ActionItem', 'ActionItemId', 'Actor', 'Admin', 'AdminId', 'Agreement', 'Allotment', 'AuditAction', 'AuditEntry', 'AuditOutcome', 'AuditVerification', 'Belief', 'BeliefId', 'BeliefKind', 'BeliefStrength', 'Cadence', 'Client', 'ClientId', 'Clock', 'Coach', 'CoachId', 'CoachTenure', 'Consent', 'ConsentId', 'ConsentKind', 'ContactRole', 'Credential', 'Decision', 'Disclosure', 'DisclosureId', 'DisclosureReason', 'Engagement', 'EngagementId', 'EngagementReport', 'EngagementStatus', 'ErasureReason', 'Fear', 'FearId', 'Goal', 'GoalId', 'GoalMeasurement', 'GoalStatus', 'GoalTrend', 'Habit', 'HabitCheckIn', 'HabitId', 'HoursLog', 'InnerLink', 'Insight', 'InsightId', 'KdfCost', 'KeySource', 'LegalHold', 'LinkId', 'MAX_EMAIL_BYTES', 'MAX_LONG_TEXT_BYTES', 'MAX_NAME_BYTES', 'MAX_RATING', 'MAX_SESSION_ALLOTMENT', 'MAX_SESSION_MINUTES', 'MAX_SHORT_TEXT_BYTES', 'MIN_SESSION_MINUTES', 'Milestone', 'MilestoneId', 'Modality', 'Note', 'NoteId', 'Nudge', 'Nudges', 'Organization', 'OrganizationId', 'Practice', 'PracticeAggregates', 'PracticeStats', 'Purpose', 'PurposeId', 'RecordId', 'RecordKind', 'RecordMeta', 'Referral', 'ReferralId', 'Reflection', 'ReflectionId', 'ReflectionPractice', 'RetainedRecordErasure', 'RetentionReport', 'RetentionRule', 'Role', 'Scale', 'Scope', 'Session', 'SessionCalendar', 'SessionId', 'SessionPrep', 'SessionStatus', 'SkillId', 'SkillRating', 'SkillScore', 'SponsorContact', 'SponsorContactId', 'SponsorReport', 'SponsorTerms', 'StoreProblem', 'StoreReport', 'Supervisor', 'SupervisorId', 'SyntheticRoster', 'Tombstone', 'Value', 'ValueId', 'VerifyReport', 'View', 'Viewer', 'WellbeingCheckIn', 'WellbeingId', 'add_months', 'audit_hash', 'engagement_report', 'export_client', 'export_practice', 'hours_log', 'import_practice', 'is_allowed_transition', 'is_confidential', 'is_inner_work', 'nudges', 'parse_date', 'parse_timestamp', 'populate_practice', 'practice_aggregates', 'session_calendar', 'session_prep', 'sessions_ical', 'sponsor_report', 'stepping_clock', 'system_clock', 'verify_audit_chain', 'verify_store']
class Role(enum.Enum):
    """
    The roles of the confidentiality policy.
    """
    admin = 3
    client = 1
    coach = 0
    sponsor_contact = 2
    supervisor = 4
class Scope(enum.Enum):
    """
    Who a record is meant for, from least to most confidential.
    """
    client_private = 4
    coach_private = 3
    coaching = 2
    operational = 0
    sponsor = 1
class RecordKind(enum.Enum):
    """
    Every kind of record a practice holds.
    """
    action_item = 11
    admin = 4
    belief = 15
    client = 1
    coach = 0
    consent = 22
    disclosure = 23
    engagement = 6
    fear = 16
    goal = 9
    habit = 12
    insight = 19
    link = 21
    milestone = 10
    note = 8
    organization = 2
    purpose = 17
    referral = 24
    reflection = 18
    session = 7
    skill = 13
    sponsor_contact = 3
    supervisor = 5
    value = 14
    wellbeing = 20
class Credential(enum.Enum):
    """
    ICF credential levels.
    """
    acc = 1
    mcc = 3
    none = 0
    pcc = 2
class ContactRole(enum.Enum):
    """
    What a sponsor contact is to the client.
    """
    hr = 1
    manager = 0
    other = 2
class EngagementStatus(enum.Enum):
    """
    Engagement lifecycle: proposed -> active <-> paused -> completed | ended_early.
    """
    active = 1
    completed = 3
    ended_early = 4
    paused = 2
    proposed = 0
class Modality(enum.Enum):
    """
    How a session is held.
    """
    in_person = 0
    phone = 2
    video = 1
class SessionStatus(enum.Enum):
    """
    Session lifecycle: scheduled -> held | cancelled | no_show.
    """
    cancelled = 2
    held = 1
    no_show = 3
    scheduled = 0
class GoalStatus(enum.Enum):
    """
    Goal lifecycle: proposed -> active -> achieved | abandoned.
    """
    abandoned = 3
    achieved = 2
    active = 1
    proposed = 0
class GoalTrend(enum.Enum):
    """
    How a goal is going, from its measurements.
    """
    achieved = 4
    improving = 1
    not_started = 0
    stalled = 2
    worsening = 3
class Cadence(enum.Enum):
    """
    How often a habit is meant to happen.
    """
    daily = 0
    weekdays = 1
    weekly = 2
class BeliefKind(enum.Enum):
    """
    Whether a belief holds the client back or carries them.
    """
    empowering = 1
    limiting = 0
class ReflectionPractice(enum.Enum):
    """
    The practice a reflection came from.
    """
    breathing = 1
    journaling = 3
    meditation = 0
    reflecting = 2
    sitting_with_feelings = 5
    walking = 4
class ConsentKind(enum.Enum):
    """
    What a consent is for.
    """
    access = 0
    aggregate_themes = 1
class DisclosureReason(enum.Enum):
    """
    The reasons for which confidentiality may be broken.
    """
    danger_to_others = 3
    danger_to_self = 2
    illegal_activity = 1
    legal_requirement = 0
class Action(enum.Enum):
    """
    What a viewer wants to do with a record.
    """
    disclose = 2
    export = 1
    read = 0
class Decision(enum.Enum):
    """
    The policy's answer.
    """
    allow = 1
    deny = 0
    redact = 2
class AuditAction(enum.Enum):
    """
    What an audited access did.
    """
    consent_grant = 4
    consent_revoke = 5
    disclose = 3
    export = 2
    list = 1
    read = 0
    report = 6
class AuditOutcome(enum.Enum):
    """
    How an audited access ended.
    """
    allowed = 0
    denied = 1
    redacted = 2
class Scale(enum.Enum):
    """
    How big a synthetic practice is.
    """
    large = 3
    medium = 2
    small = 1
    tiny = 0
class RecordId:
    """
    An untyped record id, used where records of several kinds meet (links, consents, disclosures, audit entries). Every typed id converts to it.
    """
    @staticmethod
    def parse(text: str) -> RecordId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: RecordId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: RecordId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    @typing.overload
    def __init__(self, id: RecordId | SessionId | NoteId | GoalId | MilestoneId | ActionItemId | HabitId | SkillId | ValueId | BeliefId | FearId | PurposeId | ReflectionId | InsightId | WellbeingId | LinkId | ConsentId | DisclosureId | ReferralId) -> None:
        """
        The untyped form of a typed id. A RecordId never equals a typed id; compare with `typed_id.record`.
        """
    def __le__(self, arg0: RecordId) -> bool:
        ...
    def __lt__(self, arg0: RecordId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
class CoachId:
    """
    The id of a coach. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> CoachId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: CoachId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: CoachId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: CoachId) -> bool:
        ...
    def __lt__(self, arg0: CoachId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class ClientId:
    """
    The id of a client. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> ClientId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: ClientId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: ClientId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: ClientId) -> bool:
        ...
    def __lt__(self, arg0: ClientId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class OrganizationId:
    """
    The id of a sponsoring organization. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> OrganizationId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: OrganizationId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: OrganizationId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: OrganizationId) -> bool:
        ...
    def __lt__(self, arg0: OrganizationId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class SponsorContactId:
    """
    The id of a sponsor contact. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> SponsorContactId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: SponsorContactId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: SponsorContactId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: SponsorContactId) -> bool:
        ...
    def __lt__(self, arg0: SponsorContactId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class AdminId:
    """
    The id of a practice admin. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> AdminId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: AdminId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: AdminId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: AdminId) -> bool:
        ...
    def __lt__(self, arg0: AdminId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class SupervisorId:
    """
    The id of a supervisor. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> SupervisorId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: SupervisorId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: SupervisorId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: SupervisorId) -> bool:
        ...
    def __lt__(self, arg0: SupervisorId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class EngagementId:
    """
    The id of a coaching engagement. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> EngagementId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: EngagementId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: EngagementId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: EngagementId) -> bool:
        ...
    def __lt__(self, arg0: EngagementId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class SessionId:
    """
    The id of a session. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> SessionId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: SessionId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: SessionId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: SessionId) -> bool:
        ...
    def __lt__(self, arg0: SessionId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class NoteId:
    """
    The id of a note. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> NoteId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: NoteId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: NoteId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: NoteId) -> bool:
        ...
    def __lt__(self, arg0: NoteId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class GoalId:
    """
    The id of a goal. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> GoalId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: GoalId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: GoalId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: GoalId) -> bool:
        ...
    def __lt__(self, arg0: GoalId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class MilestoneId:
    """
    The id of a milestone. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> MilestoneId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: MilestoneId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: MilestoneId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: MilestoneId) -> bool:
        ...
    def __lt__(self, arg0: MilestoneId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class ActionItemId:
    """
    The id of a action item. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> ActionItemId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: ActionItemId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: ActionItemId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: ActionItemId) -> bool:
        ...
    def __lt__(self, arg0: ActionItemId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class HabitId:
    """
    The id of a habit. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> HabitId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: HabitId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: HabitId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: HabitId) -> bool:
        ...
    def __lt__(self, arg0: HabitId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class SkillId:
    """
    The id of a rated skill. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> SkillId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: SkillId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: SkillId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: SkillId) -> bool:
        ...
    def __lt__(self, arg0: SkillId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class ValueId:
    """
    The id of a core value. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> ValueId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: ValueId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: ValueId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: ValueId) -> bool:
        ...
    def __lt__(self, arg0: ValueId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class BeliefId:
    """
    The id of a belief. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> BeliefId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: BeliefId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: BeliefId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: BeliefId) -> bool:
        ...
    def __lt__(self, arg0: BeliefId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class FearId:
    """
    The id of a fear. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> FearId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: FearId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: FearId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: FearId) -> bool:
        ...
    def __lt__(self, arg0: FearId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class PurposeId:
    """
    The id of a purpose statement. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> PurposeId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: PurposeId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: PurposeId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: PurposeId) -> bool:
        ...
    def __lt__(self, arg0: PurposeId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class ReflectionId:
    """
    The id of a reflection. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> ReflectionId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: ReflectionId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: ReflectionId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: ReflectionId) -> bool:
        ...
    def __lt__(self, arg0: ReflectionId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class InsightId:
    """
    The id of a insight. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> InsightId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: InsightId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: InsightId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: InsightId) -> bool:
        ...
    def __lt__(self, arg0: InsightId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class WellbeingId:
    """
    The id of a well-being check-in. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> WellbeingId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: WellbeingId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: WellbeingId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: WellbeingId) -> bool:
        ...
    def __lt__(self, arg0: WellbeingId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class LinkId:
    """
    The id of a inner-to-goal link. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> LinkId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: LinkId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: LinkId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: LinkId) -> bool:
        ...
    def __lt__(self, arg0: LinkId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class ConsentId:
    """
    The id of a consent. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> ConsentId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: ConsentId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: ConsentId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: ConsentId) -> bool:
        ...
    def __lt__(self, arg0: ConsentId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class DisclosureId:
    """
    The id of a break-glass disclosure. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> DisclosureId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: DisclosureId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: DisclosureId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: DisclosureId) -> bool:
        ...
    def __lt__(self, arg0: DisclosureId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class ReferralId:
    """
    The id of a therapy referral. Build one from canonical UUID text; compare, hash and print it.
    """
    @staticmethod
    def parse(text: str) -> ReferralId:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __ge__(self, arg0: ReferralId) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __gt__(self, arg0: ReferralId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses canonical UUID text (raises ValidationError when malformed).
        """
    def __le__(self, arg0: ReferralId) -> bool:
        ...
    def __lt__(self, arg0: ReferralId) -> bool:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def is_nil(self) -> bool:
        """
        True for the all-zero UUID.
        """
    @property
    def record(self) -> RecordId:
        """
        The same UUID as an untyped RecordId.
        """
class Actor:
    """
    A party acting on or looking at a practice: a role and the id of that party. `Viewer` is the same class. Build one with Actor(party_id) or Actor.coach(id) etc.; commands and views also take a party id directly.
    """
    @staticmethod
    def admin(id: AdminId) -> Actor:
        ...
    @staticmethod
    def client(id: ClientId) -> Actor:
        ...
    @staticmethod
    def coach(id: CoachId) -> Actor:
        ...
    @staticmethod
    def parse(text: str) -> Actor:
        """
        Parses "role:uuid".
        """
    @staticmethod
    def sponsor(id: SponsorContactId) -> Actor:
        ...
    @staticmethod
    def supervisor(id: SupervisorId) -> Actor:
        ...
    def __eq__(self, other: typing.Any) -> typing.Any:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self, id: CoachId) -> None:
        ...
    @typing.overload
    def __init__(self, id: ClientId) -> None:
        ...
    @typing.overload
    def __init__(self, id: SponsorContactId) -> None:
        ...
    @typing.overload
    def __init__(self, id: AdminId) -> None:
        ...
    @typing.overload
    def __init__(self, id: SupervisorId) -> None:
        ...
    def __ne__(self, other: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[str]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def id(self) -> typing.Any:
        """
        The party's typed id (CoachId for a coach, ClientId for a client, ...).
        """
    @property
    def role(self) -> Role:
        ...
class Clock:
    """
    A native clock (no Python call per reading). Pass it as Practice(clock=...); any callable returning an aware datetime works too.
    """
    def __call__(self) -> datetime.datetime:
        """
        The current reading.
        """
    def __repr__(self) -> str:
        ...
class RecordMeta:
    """
    The metadata every content record carries.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        ...
    @property
    def client(self) -> ClientId:
        ...
    @property
    def created(self) -> datetime.datetime:
        ...
    @property
    def created_seq(self) -> int:
        """
        Sequence number of the event that created the record.
        """
    @property
    def engagement(self) -> EngagementId:
        ...
    @property
    def id(self) -> RecordId:
        """
        Unique across the practice.
        """
    @property
    def redacted(self) -> bool:
        ...
    @property
    def scope(self) -> Scope:
        ...
class Coach:
    """
    A coach of the practice.
    """
    def __repr__(self) -> str:
        ...
    @property
    def credential(self) -> Credential:
        ...
    @property
    def email(self) -> str:
        ...
    @property
    def id(self) -> CoachId:
        ...
    @property
    def name(self) -> str:
        ...
class Client:
    """
    A person being coached. That someone is coached is itself confidential.
    """
    def __repr__(self) -> str:
        ...
    @property
    def email(self) -> str:
        ...
    @property
    def id(self) -> ClientId:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def organization(self) -> OrganizationId | None:
        ...
class Organization:
    """
    A sponsoring organization.
    """
    def __repr__(self) -> str:
        ...
    @property
    def id(self) -> OrganizationId:
        ...
    @property
    def name(self) -> str:
        ...
class SponsorContact:
    """
    A person at a sponsoring organization (manager, HR, ...).
    """
    def __repr__(self) -> str:
        ...
    @property
    def email(self) -> str:
        ...
    @property
    def id(self) -> SponsorContactId:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def organization(self) -> OrganizationId:
        ...
    @property
    def role(self) -> ContactRole:
        ...
class Admin:
    """
    A practice admin: runs scheduling and operations.
    """
    def __repr__(self) -> str:
        ...
    @property
    def email(self) -> str:
        ...
    @property
    def id(self) -> AdminId:
        ...
    @property
    def name(self) -> str:
        ...
class Supervisor:
    """
    A coach's supervisor.
    """
    def __repr__(self) -> str:
        ...
    @property
    def email(self) -> str:
        ...
    @property
    def id(self) -> SupervisorId:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def supervisees(self) -> list[CoachId]:
        ...
class SponsorTerms:
    """
    What the sponsor will receive, agreed up front in a three-way agreement.
    """
    def __init__(self, *, attendance: bool = True, shared_goal_progress: bool = True, redacted_unshared_goals: bool = False) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def attendance(self) -> bool:
        """
        Session dates and counts.
        """
    @property
    def redacted_unshared_goals(self) -> bool:
        """
        A text-free line per unshared goal.
        """
    @property
    def shared_goal_progress(self) -> bool:
        """
        Progress on goals the client agreed to share.
        """
class Agreement:
    """
    The coaching agreement; required before an engagement can be active.
    """
    def __repr__(self) -> str:
        ...
    @property
    def agreed_on(self) -> datetime.date:
        ...
    @property
    def confidentiality_terms(self) -> str:
        ...
    @property
    def end(self) -> datetime.date:
        ...
    @property
    def session_allotment(self) -> int:
        ...
    @property
    def sponsor_terms(self) -> SponsorTerms:
        ...
    @property
    def start(self) -> datetime.date:
        ...
class CoachTenure:
    """
    A past coach of a handed-over engagement.
    """
    def __repr__(self) -> str:
        ...
    @property
    def coach(self) -> CoachId:
        ...
    @property
    def from_seq(self) -> int:
        ...
    @property
    def to_seq(self) -> int:
        ...
class Engagement:
    """
    A coaching engagement between a coach and a client, optionally sponsored.
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    @property
    def agreement(self) -> Agreement | None:
        ...
    @property
    def client(self) -> ClientId:
        ...
    @property
    def coach(self) -> CoachId:
        ...
    @property
    def coach_since_seq(self) -> int:
        ...
    @property
    def created(self) -> datetime.datetime:
        ...
    @property
    def id(self) -> EngagementId:
        ...
    @property
    def past_coaches(self) -> list[CoachTenure]:
        ...
    @property
    def sponsor(self) -> OrganizationId | None:
        ...
    @property
    def sponsor_contacts(self) -> list[SponsorContactId]:
        ...
    @property
    def status(self) -> EngagementStatus:
        ...
class Session:
    """
    One coaching session: times and attendance, never content.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def duration_minutes(self) -> int:
        ...
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def group(self) -> bool:
        ...
    @property
    def id(self) -> SessionId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def modality(self) -> Modality:
        ...
    @property
    def pro_bono(self) -> bool:
        ...
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def start(self) -> datetime.datetime:
        ...
    @property
    def status(self) -> SessionStatus:
        ...
class Note:
    """
    A note; its scope decides who may read it (session notes: coaching; process notes: coach_private; journal: client_private).
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def id(self) -> NoteId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def session(self) -> SessionId | None:
        ...
    @property
    def text(self) -> str:
        ...
class GoalMeasurement:
    """
    One measurement of a goal's metric.
    """
    def __repr__(self) -> str:
        ...
    @property
    def on(self) -> datetime.date:
        ...
    @property
    def value(self) -> float:
        ...
class Goal:
    """
    A measurable goal. Scope sponsor when the client agreed to share it, else coaching. A redacted goal keeps only status, due date and sharing.
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def baseline(self) -> float:
        ...
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def current(self) -> float:
        """
        Latest measured value, or the baseline before any measurement.
        """
    @property
    def description(self) -> str:
        ...
    @property
    def due(self) -> datetime.date | None:
        ...
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def history(self) -> list[GoalMeasurement]:
        """
        Dated measurements, in date order.
        """
    @property
    def id(self) -> GoalId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def metric(self) -> str:
        """
        What is measured.
        """
    @property
    def progress(self) -> float:
        """
        Progress from baseline towards target, in [0, 1].
        """
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def shared_with_sponsor(self) -> bool:
        ...
    @property
    def status(self) -> GoalStatus:
        ...
    @property
    def target(self) -> float:
        ...
    @property
    def title(self) -> str:
        ...
    @property
    def trend(self) -> GoalTrend:
        """
        How the goal is going, from its last measurements.
        """
    @property
    def unit(self) -> str:
        ...
class Milestone:
    """
    A milestone on the way to a goal.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def due(self) -> datetime.date | None:
        ...
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def goal(self) -> GoalId:
        ...
    @property
    def id(self) -> MilestoneId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def reached(self) -> datetime.date | None:
        ...
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def title(self) -> str:
        ...
class ActionItem:
    """
    Something the client committed to do, optionally towards a goal.
    """
    def __repr__(self) -> str:
        ...
    def overdue(self, today: datetime.date) -> bool:
        """
        True when not done and `today` is after the due date.
        """
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def done(self) -> datetime.date | None:
        ...
    @property
    def due(self) -> datetime.date | None:
        ...
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def goal(self) -> GoalId | None:
        ...
    @property
    def id(self) -> ActionItemId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def title(self) -> str:
        ...
class HabitCheckIn:
    """
    On this date the habit was (or was not) kept.
    """
    def __repr__(self) -> str:
        ...
    @property
    def kept(self) -> bool:
        ...
    @property
    def on(self) -> datetime.date:
        ...
class Habit:
    """
    A habit the client is building.
    """
    def __repr__(self) -> str:
        ...
    @property
    def adherence(self) -> float:
        """
        Share of check-ins that were kept, in [0, 1].
        """
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def cadence(self) -> Cadence:
        ...
    @property
    def check_ins(self) -> list[HabitCheckIn]:
        """
        In date order, at most one per date.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def current_streak(self) -> int:
        """
        Consecutive kept periods ending at the latest check-in.
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def goal(self) -> GoalId | None:
        ...
    @property
    def id(self) -> HabitId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def longest_streak(self) -> int:
        ...
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def title(self) -> str:
        ...
class SkillScore:
    """
    One rating of a competency, 0..10.
    """
    def __repr__(self) -> str:
        ...
    @property
    def on(self) -> datetime.date:
        ...
    @property
    def rating(self) -> int:
        ...
class SkillRating:
    """
    A competency being practised, rated over time.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def competency(self) -> str:
        ...
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def history(self) -> list[SkillScore]:
        """
        In date order.
        """
    @property
    def id(self) -> SkillId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
class Value:
    """
    A core value, ranked (1 = most important).
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def id(self) -> ValueId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meaning(self) -> str:
        ...
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def name(self) -> str:
        ...
    @property
    def rank(self) -> int:
        ...
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
class BeliefStrength:
    """
    How strongly a belief was held on a date.
    """
    def __repr__(self) -> str:
        ...
    @property
    def on(self) -> datetime.date:
        ...
    @property
    def strength(self) -> int:
        ...
class Belief:
    """
    A belief the client holds, how strongly over time, and the reframe they arrive at.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def belief_kind(self) -> BeliefKind:
        """
        Limiting or empowering.
        """
    @property
    def category(self) -> str:
        """
        Short theme ("control", "self-worth").
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def history(self) -> list[BeliefStrength]:
        """
        Strength readings in date order.
        """
    @property
    def id(self) -> BeliefId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def reframe(self) -> str:
        """
        Empty until the client finds one.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def statement(self) -> str:
        ...
    @property
    def strength(self) -> int:
        """
        The latest strength, 0..10.
        """
class Fear:
    """
    A fear or internal resistance.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def description(self) -> str:
        ...
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def id(self) -> FearId:
        """
        The record's typed id.
        """
    @property
    def intensity(self) -> int:
        ...
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
class Purpose:
    """
    A purpose or intent statement and the formative experience behind it.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def formative_experience(self) -> str:
        ...
    @property
    def id(self) -> PurposeId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def statement(self) -> str:
        ...
class Reflection:
    """
    A reflection from a practice.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def id(self) -> ReflectionId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def on(self) -> datetime.date:
        ...
    @property
    def practice(self) -> ReflectionPractice:
        ...
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def text(self) -> str:
        ...
class Insight:
    """
    An insight the client arrived at.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def id(self) -> InsightId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def on(self) -> datetime.date:
        ...
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def text(self) -> str:
        ...
class WellbeingCheckIn:
    """
    Self-ratings of well-being, each 0..10.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def burnout(self) -> int:
        ...
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def confidence(self) -> int:
        """
        Confidence / self-trust.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def id(self) -> WellbeingId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def on(self) -> datetime.date:
        ...
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def stress(self) -> int:
        ...
    @property
    def thriving(self) -> int:
        ...
class InnerLink:
    """
    Says that an inner item (value, belief, fear, purpose, reflection, insight) underlies a goal.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def goal(self) -> GoalId:
        ...
    @property
    def id(self) -> LinkId:
        """
        The record's typed id.
        """
    @property
    def inner(self) -> RecordId:
        ...
    @property
    def inner_kind(self) -> RecordKind:
        ...
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
class Referral:
    """
    A referral of the client to a therapist. Always coach_private.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def id(self) -> ReferralId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def on(self) -> datetime.date:
        ...
    @property
    def reason(self) -> str:
        ...
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def referred_to(self) -> str:
        ...
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
class Consent:
    """
    A consent given by the client: a grantee may see specific records or kinds for a purpose and a period. Revocable.
    """
    def __repr__(self) -> str:
        ...
    def in_force(self, now: datetime.datetime) -> bool:
        """
        True when granted, not revoked at `now`, and `now` falls in the period.
        """
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def consent_kind(self) -> ConsentKind:
        ...
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def from_(self) -> datetime.date:
        """
        First day the consent applies.
        """
    @property
    def grantee(self) -> Actor | None:
        ...
    @property
    def id(self) -> ConsentId:
        """
        The record's typed id.
        """
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def kinds(self) -> list[RecordKind]:
        ...
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def purpose(self) -> str:
        ...
    @property
    def records(self) -> list[RecordId]:
        ...
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def revoked(self) -> datetime.datetime | None:
        """
        When the client revoked it, if they did.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
    @property
    def to(self) -> datetime.date:
        """
        Last day the consent applies.
        """
class Disclosure:
    """
    The record of one break-glass disclosure. Visible to the disclosing coach and to the client.
    """
    def __repr__(self) -> str:
        ...
    @property
    def author(self) -> Actor:
        """
        Who created it.
        """
    @property
    def client(self) -> ClientId:
        """
        The client of that engagement.
        """
    @property
    def created(self) -> datetime.datetime:
        """
        When it was created (UTC).
        """
    @property
    def disclosed(self) -> RecordId:
        ...
    @property
    def disclosed_kind(self) -> RecordKind:
        ...
    @property
    def engagement(self) -> EngagementId:
        """
        The engagement the record belongs to.
        """
    @property
    def id(self) -> DisclosureId:
        """
        The record's typed id.
        """
    @property
    def justification(self) -> str:
        ...
    @property
    def kind(self) -> RecordKind:
        """
        The record kind.
        """
    @property
    def meta(self) -> RecordMeta:
        """
        Id, engagement, client, scope, author and creation.
        """
    @property
    def reason(self) -> DisclosureReason:
        ...
    @property
    def recipient(self) -> str:
        ...
    @property
    def redacted(self) -> bool:
        """
        True when the policy removed its text for this viewer.
        """
    @property
    def scope(self) -> Scope:
        """
        Who the record is meant for.
        """
class AuditEntry:
    """
    One audited access: who, what, which record, why and how it ended. Never content.
    """
    def __repr__(self) -> str:
        ...
    @property
    def action(self) -> AuditAction:
        ...
    @property
    def at(self) -> datetime.datetime:
        ...
    @property
    def client(self) -> ClientId:
        ...
    @property
    def count(self) -> int:
        """
        Records concerned (list entries).
        """
    @property
    def engagement(self) -> EngagementId:
        ...
    @property
    def hash(self) -> bytes:
        """
        BLAKE2b-256 over `previous` and this entry's fields.
        """
    @property
    def kind(self) -> RecordKind:
        ...
    @property
    def outcome(self) -> AuditOutcome:
        ...
    @property
    def previous(self) -> bytes:
        """
        BLAKE2b-256 of the previous entry (zeros for the first).
        """
    @property
    def purpose(self) -> str:
        """
        The viewer's stated purpose code.
        """
    @property
    def record(self) -> RecordId:
        """
        Nil for list entries.
        """
    @property
    def sequence(self) -> int:
        """
        1-based position in the trail.
        """
    @property
    def viewer(self) -> Actor:
        ...
class AuditVerification:
    """
    The outcome of verifying a chain; truthy when intact.
    """
    def __bool__(self) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def first_bad(self) -> int | None:
        """
        Sequence of the first bad entry, if any.
        """
    @property
    def ok(self) -> bool:
        ...
    @property
    def problem(self) -> str:
        ...
class Allotment:
    """
    Sessions used and remaining against the allotment.
    """
    def __repr__(self) -> str:
        ...
    @property
    def allotted(self) -> int:
        ...
    @property
    def cancelled(self) -> int:
        ...
    @property
    def held(self) -> int:
        ...
    @property
    def no_show(self) -> int:
        ...
    @property
    def remaining(self) -> int:
        ...
    @property
    def scheduled(self) -> int:
        ...
class View:
    """
    A practice as one viewer may see it. Listings return only permitted records (redacted ones with `redacted` set); lookups raise NotFound or AccessDenied. Confidential reads are audited. Thread-safe; cheap to copy.
    """
    def __repr__(self) -> str:
        ...
    def access_log(self, client: ClientId) -> list[AuditEntry]:
        """
        Who accessed one client's records. Only that client may ask.
        """
    def action_items(self, engagement: EngagementId) -> list[ActionItem]:
        ...
    def allotment(self, engagement: EngagementId) -> Allotment:
        """
        Sessions held, scheduled, cancelled and missed against the allotment.
        """
    def audit_frame(self, client: ClientId | None = None) -> libcoach.frames.Frame:
        """
        Audit entries as columns: with `client`, who accessed that client's records (only that client may ask); without, the whole trail (practice admins only).
        """
    def audit_trail(self) -> list[AuditEntry]:
        """
        The whole audit trail. Practice admins only.
        """
    def belief(self, id: BeliefId) -> Belief:
        ...
    def beliefs(self, engagement: EngagementId) -> list[Belief]:
        ...
    def client(self, id: ClientId) -> Client:
        ...
    def clients(self) -> list[Client]:
        """
        Clients of visible engagements.
        """
    def coach(self, id: CoachId) -> Coach:
        ...
    def coaches(self) -> list[Coach]:
        """
        Coaches of visible engagements.
        """
    def consents(self, engagement: EngagementId) -> list[Consent]:
        ...
    def disclosures(self, engagement: EngagementId) -> list[Disclosure]:
        ...
    def engagement(self, id: EngagementId) -> Engagement:
        ...
    def engagements(self) -> list[Engagement]:
        """
        Engagements whose existence is visible to this viewer.
        """
    def fears(self, engagement: EngagementId) -> list[Fear]:
        ...
    @typing.overload
    def get(self, id: SessionId) -> Session:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: NoteId) -> Note:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: GoalId) -> Goal:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: MilestoneId) -> Milestone:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: ActionItemId) -> ActionItem:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: HabitId) -> Habit:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: SkillId) -> SkillRating:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: ValueId) -> Value:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: BeliefId) -> Belief:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: FearId) -> Fear:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: PurposeId) -> Purpose:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: ReflectionId) -> Reflection:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: InsightId) -> Insight:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: WellbeingId) -> WellbeingCheckIn:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: LinkId) -> InnerLink:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: ReferralId) -> Referral:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: ConsentId) -> Consent:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    @typing.overload
    def get(self, id: DisclosureId) -> Disclosure:
        """
        One record by id. Raises NotFound when it does not exist or its engagement is invisible to this viewer, AccessDenied when the engagement is visible but the record is not.
        """
    def goal(self, id: GoalId) -> Goal:
        ...
    def goals(self, engagement: EngagementId) -> list[Goal]:
        ...
    def goals_frame(self, engagement: EngagementId | None = None) -> libcoach.frames.Frame:
        """
        Goals with their progress as columns; redacted rows have no title and NaN numbers. With `engagement`, that engagement's records (NotFound when it is invisible to this viewer); without, those of every engagement the viewer may see. The policy applies per row and the listing is audited like the per-record listing.
        """
    def habits(self, engagement: EngagementId) -> list[Habit]:
        ...
    def habits_frame(self, engagement: EngagementId | None = None) -> libcoach.frames.Frame:
        """
        Habits with their check-in counts and adherence as columns. With `engagement`, that engagement's records (NotFound when it is invisible to this viewer); without, those of every engagement the viewer may see. The policy applies per row and the listing is audited like the per-record listing.
        """
    def insights(self, engagement: EngagementId) -> list[Insight]:
        ...
    def links(self, engagement: EngagementId) -> list[InnerLink]:
        ...
    def milestones(self, engagement: EngagementId) -> list[Milestone]:
        ...
    def note(self, id: NoteId) -> Note:
        ...
    def notes(self, engagement: EngagementId) -> list[Note]:
        ...
    def organizations(self) -> list[Organization]:
        ...
    def purposes(self, engagement: EngagementId) -> list[Purpose]:
        ...
    def records(self, kind: RecordKind | str, engagement: EngagementId) -> typing.Any:
        """
        The records of one kind of one engagement (same as the named listing).
        """
    def referrals(self, engagement: EngagementId) -> list[Referral]:
        ...
    def reflection(self, id: ReflectionId) -> Reflection:
        ...
    def reflections(self, engagement: EngagementId) -> list[Reflection]:
        ...
    def session(self, id: SessionId) -> Session:
        ...
    def sessions(self, engagement: EngagementId) -> list[Session]:
        ...
    def sessions_frame(self, engagement: EngagementId | None = None) -> libcoach.frames.Frame:
        """
        Sessions as columns (a libcoach.frames.Frame). With `engagement`, that engagement's records (NotFound when it is invisible to this viewer); without, those of every engagement the viewer may see. The policy applies per row and the listing is audited like the per-record listing.
        """
    def skills(self, engagement: EngagementId) -> list[SkillRating]:
        ...
    def sponsor_contacts(self) -> list[SponsorContact]:
        ...
    def value(self, id: ValueId) -> Value:
        ...
    def values(self, engagement: EngagementId) -> list[Value]:
        ...
    def wellbeing(self, engagement: EngagementId) -> list[WellbeingCheckIn]:
        ...
    def wellbeing_frame(self, engagement: EngagementId | None = None) -> libcoach.frames.Frame:
        """
        Well-being check-ins as columns. With `engagement`, that engagement's records (NotFound when it is invisible to this viewer); without, those of every engagement the viewer may see. The policy applies per row and the listing is audited like the per-record listing.
        """
    def with_purpose(self, purpose: str) -> View:
        """
        A copy of this view that records `purpose` (a short code) in the audit trail.
        """
    @property
    def purpose(self) -> str:
        """
        The purpose code recorded in audit entries.
        """
    @property
    def viewer(self) -> Actor:
        """
        The viewer this view reads for.
        """
class EngagementReport:
    """
    Progress of one engagement for its coach or client (see docs/reports.md).
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        The tabular part as CSV.
        """
    def to_dict(self) -> typing.Any:
        """
        The JSON document as Python values (what json.loads(to_json()) gives).
        """
    def to_html(self) -> str:
        """
        The report as one self-contained HTML page (UTF-8) with inline SVG charts: no script,
        no external resource, printable on A4. Record text is HTML-escaped.
        """
    def to_json(self) -> str:
        """
        The report as JSON (docs/schema/report-<kind>.schema.json).
        """
    def to_markdown(self) -> str:
        """
        The report as Markdown.
        """
    @property
    def allotment(self) -> Allotment:
        """
        Sessions held, scheduled, cancelled and missed against the allotment.
        """
    @property
    def as_of(self) -> datetime.date:
        """
        The day overdue items are judged against.
        """
    @property
    def engagement(self) -> EngagementId:
        ...
    @property
    def generated(self) -> datetime.datetime:
        """
        When it was produced (UTC).
        """
    @property
    def goal_count(self) -> int:
        """
        Number of goals in the report.
        """
    @property
    def iceberg_count(self) -> int:
        """
        Number of iceberg findings.
        """
    @property
    def kind(self) -> str:
        """
        The report kind: engagement, sponsor, hours, calendar, practice, prep or nudges.
        """
    @property
    def viewer(self) -> Actor:
        """
        Who it was produced for.
        """
class SponsorReport:
    """
    A sponsor contact's engagements (see docs/reports.md).
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        The tabular part as CSV.
        """
    def to_dict(self) -> typing.Any:
        """
        The JSON document as Python values (what json.loads(to_json()) gives).
        """
    def to_html(self) -> str:
        """
        The report as one self-contained HTML page (UTF-8) with inline SVG charts: no script,
        no external resource, printable on A4. Record text is HTML-escaped.
        """
    def to_json(self) -> str:
        """
        The report as JSON (docs/schema/report-<kind>.schema.json).
        """
    def to_markdown(self) -> str:
        """
        The report as Markdown.
        """
    @property
    def as_of(self) -> datetime.date:
        """
        The day overdue items are judged against.
        """
    @property
    def engagement_count(self) -> int:
        """
        Number of engagements in the report.
        """
    @property
    def generated(self) -> datetime.datetime:
        """
        When it was produced (UTC).
        """
    @property
    def kind(self) -> str:
        """
        The report kind: engagement, sponsor, hours, calendar, practice, prep or nudges.
        """
    @property
    def viewer(self) -> Actor:
        """
        Who it was produced for.
        """
class HoursLog:
    """
    A coach's coaching hours log towards ICF credentials.
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        The tabular part as CSV.
        """
    def to_dict(self) -> typing.Any:
        """
        The JSON document as Python values (what json.loads(to_json()) gives).
        """
    def to_html(self) -> str:
        """
        The report as one self-contained HTML page (UTF-8) with inline SVG charts: no script,
        no external resource, printable on A4. Record text is HTML-escaped.
        """
    def to_json(self) -> str:
        """
        The report as JSON (docs/schema/report-<kind>.schema.json).
        """
    def to_markdown(self) -> str:
        """
        The report as Markdown.
        """
    @property
    def as_of(self) -> datetime.date:
        """
        The day overdue items are judged against.
        """
    @property
    def generated(self) -> datetime.datetime:
        """
        When it was produced (UTC).
        """
    @property
    def kind(self) -> str:
        """
        The report kind: engagement, sponsor, hours, calendar, practice, prep or nudges.
        """
    @property
    def paid_hours(self) -> float:
        ...
    @property
    def pro_bono_hours(self) -> float:
        ...
    @property
    def session_count(self) -> int:
        """
        Number of held sessions logged.
        """
    @property
    def total_hours(self) -> float:
        ...
    @property
    def viewer(self) -> Actor:
        """
        Who it was produced for.
        """
class SessionCalendar:
    """
    A coach's sessions as calendar events.
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        The tabular part as CSV.
        """
    def to_dict(self) -> typing.Any:
        """
        The JSON document as Python values (what json.loads(to_json()) gives).
        """
    def to_html(self) -> str:
        """
        The report as one self-contained HTML page (UTF-8) with inline SVG charts: no script,
        no external resource, printable on A4. Record text is HTML-escaped.
        """
    def to_ical(self) -> str:
        """
        The calendar as iCalendar text (RFC 5545).
        """
    def to_json(self) -> str:
        """
        The report as JSON (docs/schema/report-<kind>.schema.json).
        """
    def to_markdown(self) -> str:
        """
        The report as Markdown.
        """
    @property
    def as_of(self) -> datetime.date:
        """
        The day overdue items are judged against.
        """
    @property
    def event_count(self) -> int:
        """
        Number of events.
        """
    @property
    def generated(self) -> datetime.datetime:
        """
        When it was produced (UTC).
        """
    @property
    def kind(self) -> str:
        """
        The report kind: engagement, sponsor, hours, calendar, practice, prep or nudges.
        """
    @property
    def viewer(self) -> Actor:
        """
        Who it was produced for.
        """
class PracticeAggregates:
    """
    k-anonymous figures across engagements by organization, coach, cohort and month, for a
    practice admin or a sponsor contact (see docs/reports.md).
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        The tabular part as CSV.
        """
    def to_dict(self) -> typing.Any:
        """
        The JSON document as Python values (what json.loads(to_json()) gives).
        """
    def to_html(self) -> str:
        """
        The report as one self-contained HTML page (UTF-8) with inline SVG charts: no script,
        no external resource, printable on A4. Record text is HTML-escaped.
        """
    def to_json(self) -> str:
        """
        The report as JSON (docs/schema/report-<kind>.schema.json).
        """
    def to_markdown(self) -> str:
        """
        The report as Markdown.
        """
    @property
    def as_of(self) -> datetime.date:
        """
        The day overdue items are judged against.
        """
    @property
    def generated(self) -> datetime.datetime:
        """
        When it was produced (UTC).
        """
    @property
    def k(self) -> int:
        """
        The anonymity threshold used.
        """
    @property
    def kind(self) -> str:
        """
        The report kind: engagement, sponsor, hours, calendar, practice, prep or nudges.
        """
    @property
    def organization(self) -> OrganizationId | None:
        """
        The organization covered; None: all.
        """
    @property
    def published_cells(self) -> int:
        """
        Number of cells published, the total included.
        """
    @property
    def suppressed_cells(self) -> int:
        """
        Number of cells suppressed, the total included.
        """
    @property
    def total_clients(self) -> int | None:
        """
        Distinct clients of the total; None when suppressed.
        """
    @property
    def viewer(self) -> Actor:
        """
        Who it was produced for.
        """
class SessionPrep:
    """
    The preparation sheet of an engagement's next session, for its current coach (see docs/reports.md).
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        The tabular part as CSV.
        """
    def to_dict(self) -> typing.Any:
        """
        The JSON document as Python values (what json.loads(to_json()) gives).
        """
    def to_html(self) -> str:
        """
        The report as one self-contained HTML page (UTF-8) with inline SVG charts: no script,
        no external resource, printable on A4. Record text is HTML-escaped.
        """
    def to_json(self) -> str:
        """
        The report as JSON (docs/schema/report-<kind>.schema.json).
        """
    def to_markdown(self) -> str:
        """
        The report as Markdown.
        """
    @property
    def action_count(self) -> int:
        """
        Number of open action items.
        """
    @property
    def as_of(self) -> datetime.date:
        """
        The day overdue items are judged against.
        """
    @property
    def engagement(self) -> EngagementId:
        ...
    @property
    def generated(self) -> datetime.datetime:
        """
        When it was produced (UTC).
        """
    @property
    def goal_count(self) -> int:
        """
        Number of goals.
        """
    @property
    def habit_count(self) -> int:
        """
        Number of habit check-ins due.
        """
    @property
    def kind(self) -> str:
        """
        The report kind: engagement, sponsor, hours, calendar, practice, prep or nudges.
        """
    @property
    def last_session(self) -> SessionId | None:
        """
        The last held session, or None.
        """
    @property
    def next_session(self) -> SessionId | None:
        """
        The next scheduled session, or None.
        """
    @property
    def note_count(self) -> int:
        """
        Number of notes of the last session on the sheet.
        """
    @property
    def viewer(self) -> Actor:
        """
        Who it was produced for.
        """
class Nudge:
    """
    One reminder (see docs/reports.md).
    """
    def __repr__(self) -> str:
        ...
    @property
    def due(self) -> datetime.date:
        """
        When it is due.
        """
    @property
    def engagement(self) -> EngagementId | None:
        ...
    @property
    def kind(self) -> str:
        """
        action_due, action_overdue, habit_checkin, inner_work_checkin, inner_work_day or agreement_ending.
        """
    @property
    def organization(self) -> OrganizationId | None:
        """
        For Inner Work Days.
        """
    @property
    def recipient(self) -> Actor:
        """
        Who the notification is for.
        """
    @property
    def record(self) -> RecordId | None:
        ...
    @property
    def record_kind(self) -> RecordKind | None:
        ...
    @property
    def redacted(self) -> bool:
        ...
    @property
    def title(self) -> str:
        """
        The record's title, only when the viewer may read it; else empty.
        """
class Nudges:
    """
    Reminders due within a horizon, for what the viewer may reach (see docs/reports.md).
    """
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        The tabular part as CSV.
        """
    def to_dict(self) -> typing.Any:
        """
        The JSON document as Python values (what json.loads(to_json()) gives).
        """
    def to_html(self) -> str:
        """
        The report as one self-contained HTML page (UTF-8) with inline SVG charts: no script,
        no external resource, printable on A4. Record text is HTML-escaped.
        """
    def to_json(self) -> str:
        """
        The report as JSON (docs/schema/report-<kind>.schema.json).
        """
    def to_markdown(self) -> str:
        """
        The report as Markdown.
        """
    @property
    def as_of(self) -> datetime.date:
        """
        The day overdue items are judged against.
        """
    @property
    def generated(self) -> datetime.datetime:
        """
        When it was produced (UTC).
        """
    @property
    def horizon_days(self) -> int:
        ...
    @property
    def kind(self) -> str:
        """
        The report kind: engagement, sponsor, hours, calendar, practice, prep or nudges.
        """
    @property
    def nudges(self) -> list[Nudge]:
        """
        The nudges, by due date.
        """
    @property
    def viewer(self) -> Actor:
        """
        Who it was produced for.
        """
class PracticeStats:
    """
    Counts that reveal no content: records per kind, the latest event sequence and the audit trail's length.
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def count(self, kind: RecordKind) -> int:
        """
        Count of one kind (0 when absent).
        """
    @property
    def audit_entries(self) -> int:
        ...
    @property
    def last_sequence(self) -> int:
        ...
    @property
    def records(self) -> dict[RecordKind, int]:
        """
        Per kind; kinds with zero omitted.
        """
class Practice:
    """
    A coaching practice (in memory). Commands validate their input and the author's right to act; reads go through Practice.view(viewer). Thread-safe: many readers, one writer at a time.
    """
    @staticmethod
    def create(path: os.PathLike[str] | str | bytes, *, clock: collections.abc.Callable[[], datetime.datetime] | None = None, id_seed: typing.SupportsInt | typing.SupportsIndex | None = None, snapshot_threshold_bytes: typing.SupportsInt | typing.SupportsIndex = 67108864, key: KeySource | None = None, key_file: os.PathLike[str] | str | bytes | None = None) -> Practice:
        """
        A new practice kept in the store directory `path` (created if absent; must be empty). Every command returns once its change is on disk. With `key` (a KeySource) every content field is encrypted at rest; `key_file` places the key file outside the directory (default: `keys` inside it).
        """
    @staticmethod
    def open(path: os.PathLike[str] | str | bytes, *, clock: collections.abc.Callable[[], datetime.datetime] | None = None, id_seed: typing.SupportsInt | typing.SupportsIndex | None = None, read_only: bool = False, repair: bool = False, snapshot_threshold_bytes: typing.SupportsInt | typing.SupportsIndex = 67108864, audit_in_memory: bool = False, key: KeySource | None = None, key_file: os.PathLike[str] | str | bytes | None = None, defer_snapshot: bool = True) -> Practice:
        """
        Opens the practice stored in `path`. `read_only`: no writer lock, commands raise ReadOnlyError (confidential reads too, unless `audit_in_memory`); the snapshot is mapped and each record kind decoded on its first use, a damaged one raising CorruptionError then (`defer_snapshot=False`: everything decoded and checked now). `repair`: recover from mid-log damage, setting damaged files aside. Raises LockedError when another process writes to it, CorruptionError for damage, UnsupportedVersion for a newer format, CryptoError for a missing or wrong `key` of an encrypted store.
        """
    @staticmethod
    def synthetic(*, seed: typing.SupportsInt | typing.SupportsIndex = 42, scale: Scale | str = ..., start: datetime.date | None = None) -> tuple[Practice, SyntheticRoster]:
        """
        A reproducible synthetic practice (its own stepping clock and seeded ids) and the roster of what was created: the same arguments always give the same practice.
        """
    def __enter__(self) -> Practice:
        ...
    def __exit__(self, exc_type: typing.Any, exc_value: typing.Any, traceback: typing.Any) -> None:
        ...
    def __init__(self, *, clock: collections.abc.Callable[[], datetime.datetime] | None = None, id_seed: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
        """
        An empty practice. `clock`: a callable returning an aware datetime (or a native libcoach.Clock); None for the system clock. A Python clock is called with the practice locked, so it must not call back into the practice. `id_seed`: deterministic ids.
        """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        """
        A content-free stats card (counts only) for notebooks.
        """
    def add_action_item(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, title: str, goal: GoalId | None = None, due: datetime.date | None = None) -> ActionItemId:
        ...
    def add_admin(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, *, name: str, email: str) -> AdminId:
        ...
    def add_belief(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, statement: str, kind: BeliefKind | str = ..., category: str = '', strength: typing.SupportsInt | typing.SupportsIndex = 5, on: datetime.date | None = None, reframe: str = '', scope: Scope | str = ...) -> BeliefId:
        """
        A belief with its first strength reading (0..10) on `on` (today).
        """
    def add_client(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, *, name: str, email: str, organization: OrganizationId | None = None) -> ClientId:
        ...
    def add_coach(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, *, name: str, email: str, credential: Credential | str = ...) -> CoachId:
        ...
    def add_fear(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, description: str, intensity: typing.SupportsInt | typing.SupportsIndex = 5, scope: Scope | str = ...) -> FearId:
        ...
    def add_first_admin(self, *, name: str, email: str) -> AdminId:
        """
        Registers the very first admin (no author needed). Raises Conflict once there is one.
        """
    def add_goal(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, title: str, description: str = '', metric: str = '', unit: str = '', baseline: typing.SupportsFloat | typing.SupportsIndex = 0.0, target: typing.SupportsFloat | typing.SupportsIndex = 0.0, due: datetime.date | None = None, shared_with_sponsor: bool = False) -> GoalId:
        """
        Sets a measurable goal. Only the client may share it with the sponsor.
        """
    def add_habit(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, title: str, goal: GoalId | None = None, cadence: Cadence | str = ...) -> HabitId:
        ...
    def add_insight(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, text: str, on: datetime.date | None = None, scope: Scope | str = ...) -> InsightId:
        ...
    def add_milestone(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, goal: GoalId, title: str, due: datetime.date | None = None) -> MilestoneId:
        ...
    def add_note(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, text: str, scope: Scope | str = ..., session: SessionId | None = None) -> NoteId:
        """
        Coach: any scope but client_private; client: coaching or client_private.
        """
    def add_organization(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, *, name: str) -> OrganizationId:
        ...
    def add_purpose(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, statement: str, formative_experience: str = '', scope: Scope | str = ...) -> PurposeId:
        ...
    def add_reflection(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, text: str, practice: ReflectionPractice | str = ..., on: datetime.date | None = None, scope: Scope | str = ...) -> ReflectionId:
        ...
    def add_skill(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, competency: str) -> SkillId:
        ...
    def add_sponsor_contact(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, *, organization: OrganizationId, name: str, email: str, role: ContactRole | str = ...) -> SponsorContactId:
        ...
    def add_supervisor(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, *, name: str, email: str, supervisees: collections.abc.Sequence[CoachId] = []) -> SupervisorId:
        ...
    def add_value(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, name: str, rank: typing.SupportsInt | typing.SupportsIndex = 1, meaning: str = '', scope: Scope | str = ...) -> ValueId:
        """
        A core value; scope coaching or (by the client) client_private.
        """
    def apply_retention(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, rules: collections.abc.Sequence[RetentionRule], *, as_of: datetime.date | None = None, dry_run: bool = False) -> RetentionReport:
        """
        Erases content whose retention period ran out (as of `as_of`, default today) and compacts; with dry_run=True changes nothing and reports the same list.
        """
    def batch(self, body: collections.abc.Callable[[], None]) -> None:
        """
        Runs `body()` (commands on this practice, from this thread) as one batch with one sync; if it raises, every change it made is taken back.
        """
    def check_in_habit(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, habit: HabitId, *, kept: bool = True, on: datetime.date | None = None) -> None:
        ...
    def check_in_wellbeing(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, thriving: typing.SupportsInt | typing.SupportsIndex = 5, stress: typing.SupportsInt | typing.SupportsIndex = 5, burnout: typing.SupportsInt | typing.SupportsIndex = 0, confidence: typing.SupportsInt | typing.SupportsIndex = 5, on: datetime.date | None = None, scope: Scope | str = ...) -> WellbeingId:
        ...
    def close(self) -> None:
        """
        Syncs and releases the store (idempotent; also done on exit from `with`).
        """
    def complete_action_item(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, action_item: ActionItemId, *, on: datetime.date | None = None) -> None:
        ...
    def disclose(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, *, record: RecordId | SessionId | NoteId | GoalId | MilestoneId | ActionItemId | HabitId | SkillId | ValueId | BeliefId | FearId | PurposeId | ReflectionId | InsightId | WellbeingId | LinkId | ConsentId | DisclosureId | ReferralId, reason: DisclosureReason | str, justification: str, recipient: str) -> DisclosureId:
        """
        Break-glass disclosure by the engagement's coach, with a reason code. Never available to sponsors or admins. Always audited, also when refused.
        """
    def grant_consent(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, purpose: str, to: datetime.date, kind: ConsentKind | str = ..., grantee: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId | None = None, records: collections.abc.Sequence[RecordId | SessionId | NoteId | GoalId | MilestoneId | ActionItemId | HabitId | SkillId | ValueId | BeliefId | FearId | PurposeId | ReflectionId | InsightId | WellbeingId | LinkId | ConsentId | DisclosureId | ReferralId] = [], kinds: collections.abc.Sequence[RecordKind | str] = [], from_: datetime.date | None = None) -> ConsentId:
        """
        The client grants a consent for [from_, to] (from_ defaults to today). Audited.
        """
    def hand_over(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, new_coach: CoachId) -> None:
        """
        Moves the engagement to `new_coach`; the previous coach loses access.
        """
    def legal_holds(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId) -> list[LegalHold]:
        """
        The legal holds in force. Admins only.
        """
    def link_inner_to_goal(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, inner: RecordId | ValueId | BeliefId | FearId | PurposeId | ReflectionId | InsightId, goal: GoalId) -> LinkId:
        """
        Links an inner item (any typed id of a value, belief, fear, purpose, reflection or insight) to the goal it underlies.
        """
    def now(self) -> datetime.datetime:
        """
        The clock's current reading.
        """
    def propose_engagement(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, *, coach: CoachId, client: ClientId, sponsor: OrganizationId | None = None, sponsor_contacts: collections.abc.Sequence[SponsorContactId] = []) -> EngagementId:
        """
        Proposes an engagement (admins, or the coach who will run it).
        """
    def rate_skill(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, skill: SkillId, *, rating: typing.SupportsInt | typing.SupportsIndex, on: datetime.date | None = None) -> None:
        ...
    def reach_milestone(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, milestone: MilestoneId, *, on: datetime.date | None = None) -> None:
        ...
    def record_belief_strength(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, belief: BeliefId, *, strength: typing.SupportsInt | typing.SupportsIndex, on: datetime.date | None = None) -> None:
        ...
    def record_goal_progress(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, goal: GoalId, *, value: typing.SupportsFloat | typing.SupportsIndex, on: datetime.date | None = None) -> None:
        ...
    def refer_to_therapist(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, reason: str, referred_to: str, on: datetime.date | None = None) -> ReferralId:
        """
        A therapy referral; the engagement's coach only; always coach_private.
        """
    def reframe_belief(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, belief: BeliefId, reframe: str) -> None:
        ...
    def revoke_consent(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, consent: ConsentId) -> None:
        """
        The client revokes a consent; future reads stop. Audited.
        """
    def rotate_key(self, next: KeySource) -> None:
        """
        Re-wraps the store's data keys under a new key; only the key file changes.
        """
    def schedule_session(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, start: datetime.datetime, duration_minutes: typing.SupportsInt | typing.SupportsIndex = 60, modality: Modality | str = ..., group: bool = False, pro_bono: bool = False) -> SessionId:
        ...
    def set_agreement(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, *, start: datetime.date, end: datetime.date, session_allotment: typing.SupportsInt | typing.SupportsIndex, confidentiality_terms: str, sponsor_terms: SponsorTerms | None = None, agreed_on: datetime.date | None = None) -> None:
        """
        Sets (or replaces) the coaching agreement. `agreed_on` defaults to today.
        """
    def set_engagement_status(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, engagement: EngagementId, status: EngagementStatus | str) -> None:
        """
        Moves along the lifecycle; activation requires an agreement.
        """
    def set_goal_shared(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, goal: GoalId, shared: bool) -> None:
        """
        Only the client decides to share a goal.
        """
    def set_goal_status(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, goal: GoalId, status: GoalStatus | str) -> None:
        ...
    def set_legal_hold(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, client: ClientId, held: bool = True) -> None:
        """
        Places (or, with held=False, lifts) a legal hold on a client's data. Admins only.
        """
    def set_session_status(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, session: SessionId, status: SessionStatus | str) -> None:
        ...
    def shred_client(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, client: ClientId) -> None:
        """
        Right to erasure: destroys the client's data key, erases their content and compacts the store; their records stay as tombstones. Raises LegalHoldError while a hold is in force. Admins only. Irreversible.
        """
    def snapshot(self) -> None:
        """
        Writes a snapshot of the whole state and starts a new journal.
        """
    def stats(self) -> PracticeStats:
        """
        Content-free counts.
        """
    def store_report(self) -> StoreReport:
        """
        What opening the store found and did (torn tails, repairs).
        """
    def tombstones(self, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId) -> list[Tombstone]:
        """
        Every tombstone, oldest first. Admins only.
        """
    def view(self, viewer: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId) -> View:
        """
        The practice as `viewer` may see it (raises AccessDenied for an unknown viewer).
        """
    @property
    def has_store(self) -> bool:
        ...
    @property
    def is_encrypted(self) -> bool:
        """
        True when the store encrypts content at rest.
        """
    @property
    def is_read_only(self) -> bool:
        ...
class SyntheticRoster:
    """
    The ids of what the generator created, to look around with.
    """
    def __repr__(self) -> str:
        ...
    @property
    def admin(self) -> AdminId:
        ...
    @property
    def clients(self) -> list[ClientId]:
        ...
    @property
    def coaches(self) -> list[CoachId]:
        ...
    @property
    def engagements(self) -> list[EngagementId]:
        ...
    @property
    def organizations(self) -> list[OrganizationId]:
        ...
    @property
    def sponsor_contacts(self) -> list[SponsorContactId]:
        ...
    @property
    def supervisors(self) -> list[SupervisorId]:
        ...
class KdfCost:
    """
    Cost of the Argon2id derivation of a passphrase (0 = libsodium's 'moderate').
    """
    @staticmethod
    def minimal_for_tests() -> KdfCost:
        """
        The cheapest parameters libsodium accepts: for tests only.
        """
    def __init__(self, *, opslimit: typing.SupportsInt | typing.SupportsIndex = 0, memlimit: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def memlimit(self) -> int:
        ...
    @property
    def opslimit(self) -> int:
        ...
class KeySource:
    """
    Where a store's key-encryption key comes from. Holds the secret until garbage-collected, then wipes it; its repr never shows it.
    """
    @staticmethod
    def passphrase(passphrase: str, *, cost: KdfCost | None = None) -> KeySource:
        """
        A passphrase (1..4096 bytes) stretched with Argon2id.
        """
    @staticmethod
    def raw_key(key: bytes) -> KeySource:
        """
        A raw 32-byte key the application keeps elsewhere.
        """
    def __repr__(self) -> str:
        ...
    @property
    def is_passphrase(self) -> bool:
        ...
class StoreProblem:
    """
    One thing found wrong in a store file.
    """
    def __repr__(self) -> str:
        ...
    @property
    def file(self) -> str:
        ...
    @property
    def offset(self) -> int:
        ...
    @property
    def torn(self) -> bool:
        ...
    @property
    def what(self) -> str:
        ...
class StoreReport:
    """
    What opening a store found and did.
    """
    def __repr__(self) -> str:
        ...
    @property
    def audit_entries(self) -> int:
        ...
    @property
    def last_sequence(self) -> int:
        ...
    @property
    def read_only(self) -> bool:
        ...
    @property
    def repaired(self) -> list[StoreProblem]:
        ...
    @property
    def replayed_events(self) -> int:
        ...
    @property
    def set_aside(self) -> list[str]:
        ...
    @property
    def snapshot_sequence(self) -> int:
        ...
    @property
    def torn_tails(self) -> list[StoreProblem]:
        ...
class VerifyReport:
    """
    What verify_store found.
    """
    def __repr__(self) -> str:
        ...
    @property
    def audit_entries(self) -> int:
        ...
    @property
    def format_version(self) -> int:
        ...
    @property
    def journal_frames(self) -> int:
        ...
    @property
    def last_sequence(self) -> int:
        ...
    @property
    def ok(self) -> bool:
        ...
    @property
    def problems(self) -> list[StoreProblem]:
        ...
    @property
    def snapshot_sequence(self) -> int:
        ...
class ErasureReason(enum.Enum):
    """
    Why content was erased.
    """
    retention = 1
    shredded = 0
class Tombstone:
    """
    An erased record (or, with record_kind client, a shredded client): ids and dates only.
    """
    def __repr__(self) -> str:
        ...
    @property
    def at(self) -> datetime.datetime:
        ...
    @property
    def client(self) -> ClientId:
        ...
    @property
    def engagement(self) -> EngagementId:
        ...
    @property
    def erased_seq(self) -> int:
        ...
    @property
    def id(self) -> RecordId:
        ...
    @property
    def reason(self) -> ErasureReason:
        ...
    @property
    def record_kind(self) -> RecordKind:
        ...
class LegalHold:
    """
    A legal hold in force on a client's data.
    """
    def __repr__(self) -> str:
        ...
    @property
    def by(self) -> Actor:
        ...
    @property
    def client(self) -> ClientId:
        ...
    @property
    def since(self) -> datetime.datetime:
        ...
class RetentionRule:
    """
    Content of `scope` (and `kind`, when given) is erased `months_after_end` months after its engagement ended.
    """
    def __init__(self, scope: Scope | str, months_after_end: typing.SupportsInt | typing.SupportsIndex, *, kind: RecordKind | str | None = None) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def kind(self) -> RecordKind | None:
        ...
    @property
    def months_after_end(self) -> int:
        ...
    @property
    def scope(self) -> Scope:
        ...
class RetainedRecordErasure:
    """
    One record a retention run erased (or would erase).
    """
    def __repr__(self) -> str:
        ...
    @property
    def due(self) -> datetime.date:
        ...
    @property
    def engagement(self) -> EngagementId:
        ...
    @property
    def engagement_ended(self) -> datetime.date:
        ...
    @property
    def id(self) -> RecordId:
        ...
    @property
    def kind(self) -> RecordKind:
        ...
    @property
    def scope(self) -> Scope:
        ...
class RetentionReport:
    """
    What apply_retention found and did.
    """
    def __repr__(self) -> str:
        ...
    def counts(self) -> dict[RecordKind, int]:
        """
        Erased records per kind.
        """
    @property
    def as_of(self) -> datetime.date:
        ...
    @property
    def dry_run(self) -> bool:
        ...
    @property
    def erased(self) -> list[RetainedRecordErasure]:
        ...
    @property
    def held_back(self) -> int:
        ...
def _id_texts(raw: numpy.ndarray, shared: bool) -> numpy.typing.NDArray[numpy.object_]:
    """
    The strings of a frame's raw id column (16-byte UUIDs): one per distinct id when `shared`, else one per row; nil ids become None. Used by libcoach.frames.Frame.
    """
def _log(level: typing.SupportsInt | typing.SupportsIndex, message: str) -> None:
    """
    Testing aid: logs through the native logger (spdlog level 0=trace .. 5=critical).
    """
def _raise_error(kind: str) -> None:
    """
    Throws the C++ exception named `kind` (testing aid: checks the exception mapping for errors that need a damaged store to occur naturally).
    """
def _sync_log_level() -> None:
    """
    Brings libcoach's native log level in line with logging.getLogger('libcoach'). Done automatically before every practice call.
    """
def add_months(date: datetime.date, months: typing.SupportsInt | typing.SupportsIndex) -> datetime.date:
    """
    The date `months` calendar months later (clamped to the month's last day).
    """
def audit_hash(entry: AuditEntry) -> bytes:
    """
    The hash an entry should carry, given its fields and `previous`.
    """
def engagement_report(view: View, engagement: EngagementId, as_of: datetime.date | None = None) -> EngagementReport:
    """
    The progress report of one engagement for the view's viewer (its coach or client).
    Raises NotFound when the engagement is invisible, AccessDenied when the viewer is
    neither its coach nor its client. Audited.
    """
def export_client(practice: Practice, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId, client: ClientId) -> str:
    """
    Everything held about one client as one JSON document (right of access). The client or an admin; audited.
    """
def export_practice(practice: Practice, by: Actor | CoachId | ClientId | SponsorContactId | AdminId | SupervisorId) -> str:
    """
    The whole practice as one JSON document (docs/interchange.md). Admins only; audited. The document holds confidential content in plain text: protect it like the key.
    """
def hours_log(view: View, as_of: datetime.date | None = None) -> HoursLog:
    """
    The viewer's (a coach's) coaching hours log. Audited.
    """
def import_practice(json: str, path: os.PathLike[str] | str | bytes | None = None, *, clock: collections.abc.Callable[[], datetime.datetime] | None = None, id_seed: typing.SupportsInt | typing.SupportsIndex | None = None, key: KeySource | None = None, key_file: os.PathLike[str] | str | bytes | None = None) -> Practice:
    """
    A practice restored from an export: in memory, or in a new store directory `path` (encrypted with `key`). Invalid documents raise ValidationError naming the JSON path; nothing is created then.
    """
def is_allowed_transition(from_: EngagementStatus, to: EngagementStatus) -> bool:
    """
    True when the engagement lifecycle allows moving from `from_` to `to`.
    """
def is_confidential(scope: Scope) -> bool:
    """
    True for scopes whose every read is audited (coaching, coach_private, client_private).
    """
def is_inner_work(kind: RecordKind) -> bool:
    """
    True for the kinds below the waterline (values, beliefs, fears, purpose, reflections, insights, well-being check-ins and inner-to-outer links).
    """
def nudges(view: View, *, as_of: datetime.date | None = None, horizon_days: typing.SupportsInt | typing.SupportsIndex = 7, inner_work_checkin_days: typing.SupportsInt | typing.SupportsIndex = 30, inner_work_days: collections.abc.Mapping[OrganizationId, typing.SupportsInt | typing.SupportsIndex] | None = None) -> Nudges:
    """
    The nudges within reach of the view's viewer (a coach, a client or a practice admin)
    due by `as_of` + `horizon_days`; `inner_work_days` maps organizations to Inner Work
    Days per year (dividing 12). Raises ValidationError for bad options, AccessDenied
    for other viewers. Audited.
    """
def parse_date(text: str) -> datetime.date:
    """
    Parses ISO 8601 "YYYY-MM-DD" (raises ValidationError for malformed text, impossible dates such as 2026-02-30 and years outside 1900..2200).
    """
def parse_timestamp(text: str) -> datetime.datetime:
    """
    Parses ISO 8601 "YYYY-MM-DDTHH:MM[:SS]Z" (UTC only) into an aware datetime.
    """
def populate_practice(practice: Practice, *, seed: typing.SupportsInt | typing.SupportsIndex = 42, scale: Scale | str = ..., start: datetime.date | None = None) -> SyntheticRoster:
    """
    Fills an empty practice with a synthetic one (raises Conflict when it already has an admin). `scale`: tiny, small, medium or large. `start`: first day (2026-01-01).
    """
def practice_aggregates(view: View, *, from_: datetime.date | None = None, to: datetime.date | None = None, organization: OrganizationId | None = None, k: typing.SupportsInt | typing.SupportsIndex = 5, as_of: datetime.date | None = None, progress: collections.abc.Callable[[int, int], None] | None = None) -> PracticeAggregates:
    """
    k-anonymous practice aggregates for the view's viewer: a practice admin (every
    organization, or `organization`) or a sponsor contact (their own organization).
    `progress(done, total)` is called while it is computed. Raises ValidationError when
    k < 3 or from_ > to, AccessDenied for other viewers or another organization. Audited.
    """
def session_calendar(view: View, as_of: datetime.date | None = None) -> SessionCalendar:
    """
    The viewer's (a coach's) sessions as calendar events. Audited.
    """
def session_prep(view: View, engagement: EngagementId, as_of: datetime.date | None = None) -> SessionPrep:
    """
    The preparation sheet of the engagement's next session for the view's viewer (its
    current coach). Raises NotFound when the engagement is invisible, AccessDenied when
    the viewer is not its current coach. Audited.
    """
def sessions_ical(view: View) -> str:
    """
    The viewer's (a coach's) sessions as iCalendar text. Audited.
    """
def sponsor_report(view: View, as_of: datetime.date | None = None) -> SponsorReport:
    """
    The report of the engagements the viewer (a sponsor contact) is listed on. Audited.
    """
def stepping_clock(start: datetime.datetime, step_seconds: typing.SupportsInt | typing.SupportsIndex = 1) -> Clock:
    """
    A clock that returns `start` and advances by `step_seconds` on every reading: reproducible practices for tests and demos.
    """
def system_clock() -> Clock:
    """
    The system clock (UTC), truncated to seconds.
    """
def verify_audit_chain(entries: collections.abc.Sequence[AuditEntry]) -> AuditVerification:
    """
    Checks a chain of entries: dense sequence numbers from 1, each `previous` equal to the prior hash, each hash recomputed.
    """
def verify_store(path: os.PathLike[str] | str | bytes) -> VerifyReport:
    """
    Checks a store directory (every frame, the snapshot, the audit chain) without changing it or taking its lock.
    """
MAX_EMAIL_BYTES: int = 254
MAX_LONG_TEXT_BYTES: int = 65536
MAX_NAME_BYTES: int = 200
MAX_RATING: int = 10
MAX_SESSION_ALLOTMENT: int = 500
MAX_SESSION_MINUTES: int = 480
MAX_SHORT_TEXT_BYTES: int = 2000
MIN_SESSION_MINUTES: int = 5
__version__: str = '0.1.0'
Viewer = Actor
