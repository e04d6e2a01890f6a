"""Columnar query results: what one viewer may see, as NumPy arrays ready for pandas.

The ``*_frame`` methods of :class:`libcoach.View` (``sessions_frame``, ``goals_frame``,
``habits_frame``, ``wellbeing_frame``, ``audit_frame``) return a :class:`Frame`. Its arrays
are filled in C++ from the policy-checked, audited listings: a frame holds only rows and
fields the viewer may see, exactly like the per-record listings. The column layout of each
frame is in ``docs/python.md`` and in :data:`SCHEMAS`.

``pandas`` is imported only by :meth:`Frame.to_pandas` and ``pyarrow`` (optional: ``pip
install libcoach[arrow]``) only by :meth:`Frame.to_arrow`.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    # Untyped unless pandas-stubs / pyarrow-stubs are installed: then they are simply Any.
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]
    import pyarrow as pa  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = ["SCHEMAS", "Frame"]

# Column name -> NumPy dtype of Frame.column(name), per frame kind. "category" marks an enum
# column: int8 codes in C++, decoded to str (object) by column(), pandas.Categorical in
# to_pandas(). Kept in step with docs/python.md; tests/python/test_frames.py checks both.
SCHEMAS: dict[str, dict[str, str]] = {
    "sessions": {
        "id": "object",
        "engagement": "object",
        "client": "object",
        "start": "datetime64[s]",
        "duration_minutes": "int32",
        "modality": "category",
        "status": "category",
        "group": "bool",
        "pro_bono": "bool",
    },
    "goals": {
        "id": "object",
        "engagement": "object",
        "client": "object",
        "title": "object",
        "status": "category",
        "baseline": "float64",
        "current": "float64",
        "target": "float64",
        "progress": "float64",
        "due": "datetime64[D]",
        "shared_with_sponsor": "bool",
        "redacted": "bool",
    },
    "habits": {
        "id": "object",
        "engagement": "object",
        "client": "object",
        "title": "object",
        "cadence": "category",
        "check_ins": "int32",
        "kept": "int32",
        "adherence": "float64",
        "redacted": "bool",
    },
    "wellbeing": {
        "id": "object",
        "engagement": "object",
        "client": "object",
        "on": "datetime64[D]",
        "thriving": "int32",
        "stress": "int32",
        "burnout": "int32",
        "confidence": "int32",
    },
    "audit": {
        "sequence": "int64",
        "at": "datetime64[s]",
        "viewer_role": "category",
        "viewer_id": "object",
        "action": "category",
        "kind": "category",
        "record": "object",
        "engagement": "object",
        "client": "object",
        "purpose": "object",
        "outcome": "category",
        "count": "int32",
    },
}

# Instants (not dates): UTC-aware in pandas and Arrow.
_INSTANTS = frozenset({"start", "at"})

# Id columns arrive from C++ as raw 16-byte UUIDs and become canonical strings on first use
# (most analyses count and group without reading an id, and a string per row is most of what
# a frame would cost). Rows naming the same engagement, client or viewer share one string.
_RAW_IDS = np.dtype("V16")
_SHARED_IDS = frozenset({"engagement", "client", "viewer_id"})

_HTML_ROWS = 10


class Frame:
    """Rows of one kind, one NumPy array per column, as one viewer may see them.

    Build frames with the ``*_frame`` methods of :class:`libcoach.View`, not directly.
    ``len(frame)`` is the row count; ``frame["status"]`` one column as a NumPy array (enum
    columns decoded to ``str``); ``frame.to_pandas()`` a DataFrame; ``frame.to_arrow()`` a
    ``pyarrow.Table``. Ids are canonical UUID strings; missing values are ``None`` (text),
    ``NaN`` (numbers) or ``NaT`` (dates).
    """

    __slots__ = ("_arrays", "_categories", "_kind", "_rows")

    def __init__(
        self,
        kind: str,
        arrays: Mapping[str, npt.NDArray[Any]],
        categories: Mapping[str, tuple[str, ...]],
    ) -> None:
        if kind not in SCHEMAS:
            raise ValueError("frame kind: not one of " + ", ".join(sorted(SCHEMAS)))
        names = list(SCHEMAS[kind])
        if list(arrays) != names:
            raise ValueError(f"frame columns: expected the {kind} layout")
        lengths = {len(a) for a in arrays.values()}
        if len(lengths) > 1:
            raise ValueError("frame columns: arrays of different lengths")
        self._kind = kind
        self._arrays = dict(arrays)
        self._categories = {k: tuple(v) for k, v in categories.items()}
        self._rows = lengths.pop() if lengths else 0

    @classmethod
    def _made(
        cls,
        kind: str,
        arrays: dict[str, npt.NDArray[Any]],
        categories: dict[str, tuple[str, ...]],
        rows: int,
    ) -> Frame:
        """A frame of columns the extension built in the layout of `kind` (SCHEMAS), which it
        hands over: nothing is checked or copied. A frame of a few rows costs about as much
        to check as to list, and a scan makes one per viewer."""
        self = object.__new__(cls)
        self._kind = kind
        self._arrays = arrays
        self._categories = categories
        self._rows = rows
        return self

    @property
    def kind(self) -> str:
        """What the rows are: "sessions", "goals", "habits", "wellbeing" or "audit"."""
        return self._kind

    @property
    def columns(self) -> tuple[str, ...]:
        """Column names, in order."""
        return tuple(self._arrays)

    @property
    def categories(self) -> dict[str, tuple[str, ...]]:
        """For each enum column, its names in code order (the pandas categories)."""
        return dict(self._categories)

    def __len__(self) -> int:
        return self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._arrays)

    def __contains__(self, name: object) -> bool:
        return name in self._arrays

    def __getitem__(self, name: str) -> npt.NDArray[Any]:
        return self.column(name)

    def column(self, name: str) -> npt.NDArray[Any]:
        """One column as a NumPy array; enum columns as an object array of their names."""
        return self._decoded(name, self._array(name))

    def _array(self, name: str) -> npt.NDArray[Any]:
        """The stored array of a column, its ids made strings (once) if still raw."""
        array = self._arrays[name]
        if array.dtype == _RAW_IDS:
            from libcoach._core import _id_texts

            array = _id_texts(array, name in _SHARED_IDS)
            self._arrays[name] = array
        return array

    def _decoded(self, name: str, array: npt.NDArray[Any]) -> npt.NDArray[Any]:
        names = self._categories.get(name)
        if names is None:
            return array
        lookup = np.array(names, dtype=object)
        return lookup[array]  # type: ignore[no-any-return]

    def codes(self, name: str) -> npt.NDArray[np.int8]:
        """An enum column's int8 codes (indexes into ``categories[name]``)."""
        if name not in self._categories:
            raise KeyError(name)
        return self._arrays[name]

    def to_dict(self) -> dict[str, npt.NDArray[Any]]:
        """Every column as a NumPy array (enum columns decoded), in order."""
        return {name: self.column(name) for name in self._arrays}

    def to_pandas(self) -> pd.DataFrame:
        """A pandas DataFrame: enums as ``Categorical``, instants as ``datetime64[s, UTC]``,
        dates as ``datetime64[s]``, ids and text as ``object`` (``str`` or ``None``). The
        arrays are handed over without a per-row Python loop."""
        import pandas as pd  # type: ignore[import-untyped, unused-ignore]

        data: dict[str, Any] = {}
        for name in self._arrays:
            array = self._array(name)
            names = self._categories.get(name)
            if names is not None:
                data[name] = pd.Categorical.from_codes(
                    array, categories=pd.Index(names, dtype=object), validate=False
                )
            elif name in _INSTANTS:
                data[name] = pd.DatetimeIndex(array).tz_localize("UTC")
            elif array.dtype == np.dtype("datetime64[D]"):
                data[name] = array.astype("datetime64[s]")
            elif array.dtype == np.dtype(object):
                # Explicitly object: pandas 3 would otherwise scan every string to infer its
                # "str" dtype (about a second per million rows).
                data[name] = pd.Series(array, dtype=object, copy=False)
            else:
                data[name] = array
        return pd.DataFrame(data, copy=False)

    def to_arrow(self) -> pa.Table:
        """A ``pyarrow.Table``: enums dictionary-encoded, instants ``timestamp[s, UTC]``,
        dates ``date32``, ids and text ``string``. Needs the optional ``pyarrow``."""
        try:
            import pyarrow as pa  # type: ignore[import-untyped, import-not-found, unused-ignore]
        except ImportError as error:
            raise ImportError(
                "Frame.to_arrow needs pyarrow: pip install pyarrow (or libcoach[arrow])"
            ) from error
        arrays: list[pa.Array] = []
        for name in self._arrays:
            array = self._array(name)
            names = self._categories.get(name)
            if names is not None:
                arrays.append(
                    pa.DictionaryArray.from_arrays(pa.array(array), pa.array(names, pa.string()))
                )
            elif name in _INSTANTS:
                arrays.append(pa.array(array, pa.timestamp("s", tz="UTC")))
            elif array.dtype == np.dtype("datetime64[D]"):
                arrays.append(pa.array(array, pa.date32()))
            elif array.dtype == np.dtype(object):
                arrays.append(pa.array(array, pa.string()))
            else:
                arrays.append(pa.array(array))
        return pa.Table.from_arrays(arrays, names=list(self._arrays))

    def __repr__(self) -> str:
        return f"<Frame {self._kind} rows={self._rows} columns={len(self._arrays)}>"

    def _repr_html_(self) -> str:
        """The first rows as an HTML table (every cell escaped)."""
        shown = min(self._rows, _HTML_ROWS)
        head = "".join(f"<th>{html.escape(name)}</th>" for name in self._arrays)
        columns = [self._decoded(name, self._array(name)[:shown]) for name in self._arrays]
        body = "".join(
            "<tr>" + "".join(f"<td>{_cell(col[i])}</td>" for col in columns) + "</tr>"
            for i in range(shown)
        )
        more = (
            f"<p>… {self._rows - shown} more rows (use .to_pandas())</p>"
            if self._rows > shown
            else ""
        )
        return (
            f'<div class="libcoach-frame"><p><b>{html.escape(self._kind)}</b>: '
            f"{self._rows} rows x {len(self._arrays)} columns</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}</div>"
        )


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, np.floating) and np.isnan(value):
        return "NaN"
    if isinstance(value, np.datetime64):
        return "NaT" if np.isnat(value) else html.escape(str(value))
    return html.escape(str(value))
