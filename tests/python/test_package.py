"""The package surface: version, exports, module layout."""

from __future__ import annotations

import pathlib

import pytest
from support import World, build_world

import libcoach as lc
from libcoach import _core

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_version_comes_from_the_version_file() -> None:
    assert lc.__version__ == (ROOT / "VERSION").read_text(encoding="utf-8").strip()


def test_every_public_native_name_is_exported() -> None:
    native = {name for name in dir(_core) if not name.startswith("_")}
    assert native <= set(lc.__all__)
    for name in lc.__all__:
        assert hasattr(lc, name), name


def test_all_has_no_duplicates() -> None:
    assert len(set(lc.__all__)) == len(lc.__all__)


def test_records_are_read_only(world: World) -> None:
    view = world.practice.view(world.client)
    belief = view.belief(world.ids["belief"])
    with pytest.raises(AttributeError):
        belief.statement = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        belief.meta.scope = lc.Scope.sponsor  # type: ignore[misc]
    with pytest.raises(AttributeError):
        view.coach(world.coach).name = "changed"  # type: ignore[misc]
    # Records are snapshots: commands change the practice, not objects already read.
    world.practice.record_belief_strength(world.client, world.ids["belief"], strength=1)
    assert belief.strength == 5
    assert view.belief(world.ids["belief"]).strength == 1


def test_views_outlive_their_practice() -> None:
    world = build_world()
    view = world.practice.view(world.coach)
    del world
    assert view.engagements()
