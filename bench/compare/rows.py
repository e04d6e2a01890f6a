"""The plain record types of the SQLite and plain-Python sides.

Only the fields the workloads read: ids, dates and numbers, never text. Dates are ISO strings
(``YYYY-MM-DD``) and instants ISO UTC strings (``YYYY-MM-DDTHH:MM:SSZ``), as in the libcoach
export, so both sides compare and slice them the same way (a month is ``start[:7]``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Engagement:
    id: str
    client: str
    coach: str
    sponsor: str | None
    status: str
    start: str | None  # the agreement's period; None without an agreement
    end: str | None
    sponsor_contacts: tuple[str, ...] = ()
    attendance: bool = False  # the agreement lets the sponsor see sessions


@dataclass(slots=True)
class Session:
    id: str
    engagement: str
    client: str
    start: str
    duration_minutes: int
    modality: str
    status: str
    group: bool
    pro_bono: bool

    def as_tuple(self) -> tuple[str, str, str, str, int, str, str, bool, bool]:
        """The fields in declaration order (a table row)."""
        return (
            self.id,
            self.engagement,
            self.client,
            self.start,
            self.duration_minutes,
            self.modality,
            self.status,
            self.group,
            self.pro_bono,
        )


@dataclass(slots=True)
class Goal:
    id: str
    engagement: str
    client: str
    status: str
    baseline: float
    current: float  # the latest measurement, the baseline before any
    target: float
    shared_with_sponsor: bool


@dataclass(slots=True)
class ActionItem:
    id: str
    engagement: str
    due: str | None
    done: str | None


@dataclass(slots=True)
class Habit:
    id: str
    engagement: str
    check_ins: int
    kept: int


@dataclass(slots=True)
class Wellbeing:
    id: str
    engagement: str
    client: str
    on: str
    thriving: int
    stress: int
    burnout: int
    confidence: int
    private: bool  # client_private scope: the coach's View leaves it out


@dataclass(slots=True)
class Dataset:
    """Every record the workloads read, in the export's order."""

    engagements: list[Engagement] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)
    habits: list[Habit] = field(default_factory=list)
    wellbeing: list[Wellbeing] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "engagements": len(self.engagements),
            "sessions": len(self.sessions),
            "goals": len(self.goals),
            "action_items": len(self.action_items),
            "habits": len(self.habits),
            "wellbeing": len(self.wellbeing),
        }
