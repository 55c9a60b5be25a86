"""Loading knowledge files (TSV with a header row, `#` comment lines) from the package or a user.

Every stage reads its dictionaries through `read_table`, so a bad row always reports file:line,
and user files extend the built-in ones the same way (Settings.dictionaries).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from communique.errors import DictionaryError

DATA = resources.files("communique") / "data"


def data_path(relative: str) -> Path:
    """The path of a built-in knowledge file, e.g. "actors/countries.tsv"."""
    return Path(str(DATA / relative))


def read_table(path: Path, required: tuple[str, ...] = ()) -> Iterator[dict[str, str]]:
    """Rows of a TSV knowledge file as dicts; `#` lines are comments (source, version, licence)."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as err:
        raise DictionaryError(f"{path}: cannot open dictionary: {err.strerror}") from err
    with handle:
        lines = ((n, line) for n, line in enumerate(handle, 1) if line.strip() and not line.startswith("#"))
        header_n, header = next(lines, (0, ""))
        columns = header.rstrip("\n").split("\t")
        missing = [c for c in required if c not in columns]
        if missing:
            raise DictionaryError(f"{path}:{header_n}: header lacks column(s) {', '.join(missing)}")
        for n, line in lines:
            values = next(csv.reader([line.rstrip("\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
            if len(values) > len(columns):
                raise DictionaryError(f"{path}:{n}: {len(values)} fields, header has {len(columns)}")
            row = dict(zip(columns, values + [""] * (len(columns) - len(values)), strict=True))
            for c in required:
                if not row[c]:
                    raise DictionaryError(f"{path}:{n}: empty {c!r}")
            yield row
