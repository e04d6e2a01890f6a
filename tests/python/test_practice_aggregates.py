"""Practice aggregates from Python: the binding's arguments and typed errors, the JSON against
its schema, who may ask, the progress callback and the notebook card. The practices are
synthetic; every person and organization in them is invented.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from support import same_document

import libcoach as lc

SCHEMA = json.loads(
    (
        Path(__file__).resolve().parents[2] / "docs" / "schema" / "report-practice.schema.json"
    ).read_text()
)
START = dt.date(2026, 1, 1)


@pytest.fixture(scope="module")
def synthetic() -> tuple[lc.Practice, lc.SyntheticRoster]:
    return lc.Practice.synthetic(seed=7, scale="small")


def test_admin_report_follows_the_schema(
    synthetic: tuple[lc.Practice, lc.SyntheticRoster],
) -> None:
    practice, roster = synthetic
    view = practice.view(lc.Actor.admin(roster.admin))
    for k in (3, 5):
        report = lc.practice_aggregates(view, k=k)
        doc = json.loads(report.to_json())
        jsonschema.validate(doc, SCHEMA)
        assert doc["kind"] == "practice" == report.kind
        assert doc["k"] == k == report.k
        assert [t["dimension"] for t in doc["tables"]] == [
            "organization",
            "coach",
            "cohort",
            "month",
        ]
        assert doc["themes"] is not None
        assert report.published_cells + report.suppressed_cells == 1 + sum(
            len(t["cells"]) for t in doc["tables"]
        )
        for t in doc["tables"]:
            for cell in t["cells"]:
                if cell["suppressed"]:
                    assert cell["clients"] is None
                else:
                    assert cell["clients"] >= k
    assert report.to_dict() == doc
    assert same_document(report.to_dict(), report.to_json())


def test_period_and_organization_arguments(
    synthetic: tuple[lc.Practice, lc.SyntheticRoster],
) -> None:
    practice, roster = synthetic
    view = practice.view(lc.Actor.admin(roster.admin))
    org = roster.organizations[0]
    report = lc.practice_aggregates(
        view,
        from_=START + dt.timedelta(days=30),
        to=START + dt.timedelta(days=200),
        organization=org,
        k=3,
    )
    doc = report.to_dict()
    jsonschema.validate(doc, SCHEMA)
    assert doc["period"] == {"from": "2026-01-31", "to": "2026-07-20"}
    assert doc["organization"] == str(org) == str(report.organization)
    assert [c["key"] for c in doc["tables"][0]["cells"]] in ([], [str(org)])
    for cell in doc["tables"][3]["cells"]:
        assert "2026-01-31"[:7] <= cell["key"] <= "2026-07"


def test_typed_errors(synthetic: tuple[lc.Practice, lc.SyntheticRoster]) -> None:
    practice, roster = synthetic
    view = practice.view(lc.Actor.admin(roster.admin))
    with pytest.raises(lc.ValidationError):
        lc.practice_aggregates(view, k=2)
    with pytest.raises(lc.ValidationError):
        lc.practice_aggregates(view, from_=dt.date(2026, 5, 1), to=dt.date(2026, 4, 1))
    with pytest.raises(lc.AccessDenied):
        lc.practice_aggregates(practice.view(lc.Actor.coach(roster.coaches[0])))
    with pytest.raises(lc.AccessDenied):
        lc.practice_aggregates(practice.view(lc.Actor.client(roster.clients[0])))


def test_sponsor_gets_their_own_organization_and_no_themes(
    synthetic: tuple[lc.Practice, lc.SyntheticRoster],
) -> None:
    practice, roster = synthetic
    contact = roster.sponsor_contacts[0]
    view = practice.view(lc.Actor.sponsor(contact))
    report = lc.practice_aggregates(view, k=3)
    doc = report.to_dict()
    jsonschema.validate(doc, SCHEMA)
    assert doc["themes"] is None
    own = report.organization
    assert own is not None
    assert all(c["key"] == str(own) for c in doc["tables"][0]["cells"])
    for other in roster.organizations:
        if other != own:
            with pytest.raises(lc.AccessDenied):
                lc.practice_aggregates(view, organization=other, k=3)


def test_progress_is_reported_to_the_end(
    synthetic: tuple[lc.Practice, lc.SyntheticRoster],
) -> None:
    practice, roster = synthetic
    calls: list[tuple[int, int]] = []
    lc.practice_aggregates(
        practice.view(lc.Actor.admin(roster.admin)),
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_card_and_repr_show_counts_only(
    synthetic: tuple[lc.Practice, lc.SyntheticRoster],
) -> None:
    practice, roster = synthetic
    report = lc.practice_aggregates(practice.view(lc.Actor.admin(roster.admin)), k=3)
    html = report._repr_html_()
    assert "Practice aggregates" in html
    assert "cells suppressed" in html
    assert repr(report).startswith("<PracticeAggregates k=3 ")
    names = {theme["name"] for theme in (report.to_dict()["themes"] or {}).get("values", [])}
    for name in names:
        assert name not in html
    assert report.total_clients is None or report.total_clients >= 3


def test_csv_and_markdown(synthetic: tuple[lc.Practice, lc.SyntheticRoster]) -> None:
    practice, roster = synthetic
    report = lc.practice_aggregates(practice.view(lc.Actor.admin(roster.admin)), k=3)
    csv = report.to_csv()
    assert csv.startswith("dimension,key,label,suppressed,clients,")
    assert csv.splitlines()[1].startswith("total,total,")
    assert "\r\n" in csv
    md = report.to_markdown()
    assert md.startswith("# Practice aggregates\n")
    assert "## By organization" in md
