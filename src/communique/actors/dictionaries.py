"""User actor dictionaries (Settings.dictionaries): a TSV of names -> CAMEO codes, or a CAMEO .txt file.

TSV (header row; `#` comment lines): `name`, `code`, optional `from`/`until` (ISO dates: an office
holder's term), optional `kind` (person, state, organization, group). For example
`Sergey Lavrov<TAB>RUSGOV<TAB>2004-03-09<TAB>`.

CAMEO/TABARI/PETRARCH actor files (`*.txt`: Phoenix.Countries.actors.txt, PETR.Validate.actors.txt)
are read as they are: `NAME_WORDS [CODE]`, `+SYNONYM` lines, indented `[CODE >YYMMDD]` /
`[CODE <YYMMDD]` / `[CODE YYMMDD-YYMMDD]` date-ranged codes, `#` and `<!-- -->` comments. Agent
files (`WORD {PLURAL} [~SEC]`) add role words. Verb dictionaries and other TSVs (cue lists) are
left to their own stages. Loaded once per process per set of files.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path

from communique.actors.tables import PERSON, Entry, Role, split_code
from communique.errors import DictionaryError
from communique.knowledge import read_table

CODE = re.compile(r"\[([^\]]*)\]")
VERB_LINE = re.compile(r"^\s*(---\s|-\s)")

Names = dict[str, list[Entry]]
Roles = dict[tuple[str, ...], Role]


def _entry(name: str, code: str, kind: str | None, start: str | None, end: str | None) -> Entry:
    bare = split_code(code, kind or (PERSON if start or end else None))
    return Entry(bare.kind, bare.code, bare.country, bare.sector, name, start=start or None, end=end or None)


def read_tsv(path: Path) -> Names:
    out: Names = {}
    for row in read_table(path, ("name", "code")):
        kind = row.get("kind") or None
        entry = replace(_entry(row["name"], row["code"], kind, row.get("from"), row.get("until")),
                        gender=row.get("gender") or None, role=row.get("role") or None)
        out.setdefault(row["name"], []).append(entry)
    return out


def _date(text: str) -> str:
    """YYMMDD (TABARI: years before 40 are 20xx) or YYYYMMDD -> ISO date."""
    digits = text.strip()
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year < 40 else 1900 + year}{digits[2:]}"
    if len(digits) != 8 or not digits.isdigit():
        raise ValueError(text)
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def _lenient(text: str) -> str | None:
    try:
        return _date(text)
    except ValueError:
        return None  # published dictionaries hold typos ("2004017"): keep the code, drop the date


def parse_code(text: str) -> tuple[str, str | None, str | None]:
    """"RUSGOV >040309" -> ("RUSGOV", "2004-03-09", None); "X 010101-021231" ranges; "<" ends."""
    code, _, dates = text.strip().partition(" ")
    dates = re.sub(r"\s*-\s*", "-", re.sub(r"([<>])\s+", r"\1", dates))
    parts = [code or "---", *dates.split()]
    start = end = None
    for part in parts[1:]:
        if part.startswith(">"):
            start = _lenient(part[1:])
        elif part.startswith("<"):
            end = _lenient(part[1:])
        elif "-" in part:
            a, b = part.split("-", 1)
            start, end = _lenient(a), _lenient(b)
    return code, start, end


def _clean_name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).strip()


class CameoReader:
    """State machine over a TABARI/PETRARCH actor or agent file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.names: Names = {}
        self.roles: Roles = {}
        self.macros: dict[str, list[str]] = {}
        self.pending: list[str] = []  # names waiting for their code lines

    def read(self) -> tuple[Names, Roles]:
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as err:
            raise DictionaryError(f"{self.path}: cannot open dictionary: {err.strerror}") from err
        for n, line in enumerate(lines, 1):
            try:
                self.line(line)
            except ValueError as err:
                raise DictionaryError(f"{self.path}:{n}: cannot read {line.strip()!r} ({err})") from err
        return self.names, self.roles

    def line(self, line: str) -> None:
        text = line.split("#", 1)[0].rstrip()
        stripped = text.strip()
        if not stripped or stripped.startswith("<"):
            return
        if stripped.startswith("!") and "=" in stripped:
            key, words = stripped.split("=", 1)
            self.macros[key.strip()] = [w.strip() for w in words.split(",") if w.strip()]
            return
        codes = CODE.findall(stripped)
        head = CODE.sub("", stripped).strip()
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        if head.startswith("+"):
            self.pending.append(_clean_name(head[1:]))
        elif head:
            self.pending = [_clean_name(head)]
        for code in codes:
            self.add(code)

    def add(self, code_text: str) -> None:
        if "~" in code_text:
            sector = code_text.replace("~", "").strip()[:3].upper()
            for name in self.pending:
                for expanded in self.expand(name):
                    self.roles[tuple(expanded.lower().split())] = Role(sector, "person", 2)
            return
        code, start, end = parse_code(code_text)
        if code.strip("-") == "":
            return
        for name in self.pending:
            self.names.setdefault(name, []).append(_entry(name, code, None, start, end))

    def expand(self, name: str) -> list[str]:
        """`CONGRESS!PERSON!` with `!PERSON! = MAN, WOMAN` -> CONGRESSMAN, CONGRESSWOMAN."""
        for key, words in self.macros.items():
            if key in name:
                return [name.replace(key, w) for w in words]
        return [name]


def _is_tsv_actor_file(path: Path) -> bool:
    with path.open(encoding="utf-8") as handle:
        header = next((line for line in handle if line.strip() and not line.startswith("#")), "")
    return {"name", "code"} <= set(header.rstrip("\n").split("\t"))


def _is_verb_file(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as handle:
        return any(VERB_LINE.match(line) for _, line in zip(range(5000), handle, strict=False))


@functools.cache
def load_user(paths: tuple[Path, ...]) -> tuple[Names, Roles, frozenset[str]]:
    """Actor entries, role words and the names to match case-insensitively (CAMEO files) of the
    user's dictionaries; dictionaries for other stages are skipped."""
    names: Names = {}
    roles: Roles = {}
    folded: set[str] = set()
    for path in paths:
        if not Path(path).is_file():
            raise DictionaryError(f"{path}: dictionary not found")
        path = Path(path)
        if path.suffix.lower() in {".tsv", ".tab"} or path.suffix.lower() != ".txt":
            if not _is_tsv_actor_file(path):
                continue  # a cue list or another stage's table
            more_names, more_roles = read_tsv(path), {}
        elif _is_verb_file(path):
            continue  # a verb dictionary: the events stage reads it
        else:
            more_names, more_roles = CameoReader(path).read()
            folded.update(more_names)
        for name, entries in more_names.items():
            names.setdefault(name, []).extend(entries)
        roles.update(more_roles)
    return names, roles, frozenset(folded)
