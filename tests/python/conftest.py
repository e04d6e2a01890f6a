"""Fixtures shared by the Python tests (the builders live in support.py)."""

from __future__ import annotations

import pytest
from support import START, World, build_world

import libcoach as lc


@pytest.fixture
def world() -> World:
    return build_world()


@pytest.fixture
def practice() -> lc.Practice:
    """An empty practice on a fixed, stepping clock with deterministic ids."""
    return lc.Practice(clock=lc.stepping_clock(START, 1), id_seed=1)
