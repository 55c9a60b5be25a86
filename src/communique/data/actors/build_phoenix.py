"""Build phoenix_people.tsv, phoenix_groups.tsv and phoenix_agents.tsv from the Phoenix/PETRARCH
actor dictionaries (Open Event Data Alliance, MIT licence; CountryInfo by the Computational Event
Data System project, Parus Analytics).

    .venv/bin/python src/communique/data/actors/build_phoenix.py [PHOENIX_DIR]

PHOENIX_DIR defaults to ../shared/anchors/events/raw/petrarch2/phoenix_dictionaries beside the
repository. The outputs are committed; runtime code reads the TSVs only. What is kept, and why:

- people (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt): names of two words or
  more with date-ranged codes (undated names there are mostly institutions: "HOMELAND SECURITY") (the article's date picks the code, as TABARI did). A single
  word ("KARZAI", "KHODAIDAD") is too often someone else or a common word; leading titles
  ("CONGRESSMAN", "REFORMER") are dropped because the finder reads titles from the text. Names
  with a bare state code among their codes are places or country synonyms, not people.
- groups (Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt and the undated
  institutions of the countries file: "PEOPLES LIBERATION ARMY" CHNMIL): names of two words or
  more, and all-capital acronyms of three letters or more ("IAEA", "PKK"), which are matched
  case-sensitively; a one-word name that could be an English word ("TIGERS") is not kept.
- agents (Phoenix.agents.txt): role nouns -> CAMEO sector, only those data/actors/roles.tsv lacks;
  the finder matches them in lower case only, so an occupation that is also a surname
  ("Fisher", "Granger") stays a name.

Names that hand-written tables already hold (countries.tsv, organisations.tsv, leaders.tsv,
regions.tsv, places.tsv) are left to them. Two-digit TABARI years are 20xx below 40; a date after
the dictionary was written (2014) is read as 19xx ("350101-860101" is 1935-1986).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from communique.actors.dictionaries import CameoReader, Names
from communique.actors.tables import Entry

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE.parents[3].parent / "shared" / "anchors" / "events" / "raw" / "petrarch2" / "phoenix_dictionaries"
WRITTEN = "2014-12-31"  # CountryInfo.140130 / Phoenix 2014: no term in them starts later
HEADER = ("# source: Phoenix/PETRARCH actor dictionaries ({files}), Open Event Data Alliance; "
          "CountryInfo.140130 by the Computational Event Data System project; converted by build_phoenix.py\n"
          "# version: phoenix_dictionaries as shipped with petrarch2 (CountryInfo.140130, 2014)\n"
          "# licence: MIT (Copyright (c) 2014 Open Event Data Alliance)\n")
STOP = {"of", "the", "for", "and", "in", "on", "to", "at", "de", "del", "la", "du", "des", "et", "&", "against",
        "with", "from", "by"}
INSTITUTION = {"army", "party", "front", "council", "committee", "movement", "union", "association", "organization",
               "organisation", "brigade", "brigades", "group", "forces", "force", "guard", "guards", "corps",
               "ministry", "agency", "bank", "fund", "institute", "foundation", "commission", "court", "assembly",
               "congress", "parliament", "office", "service", "services", "police", "navy", "command", "authority",
               "federation", "league", "alliance", "network", "centre", "center", "program", "programme", "mission",
               "government", "cabinet", "house", "palace", "bureau", "department", "board", "society", "forum",
               "coalition", "company", "corporation", "news", "radio", "television", "times", "post", "daily",
               "tribunal", "secretariat", "division", "regiment", "battalion", "militia", "jihad",
               "liberation", "resistance", "revolutionary", "islamic", "national", "international", "people's",
               "peoples", "republic", "federal", "state", "states", "united", "world", "system", "school",
               "university", "hospital", "church", "clinic", "airlines", "airways", "inc", "inc.", "ltd", "co."}
PERSON_SUFFIXES = ("man", "men", "woman", "women", "person", "er", "or", "ist", "ian", "ee", "ier", "eer", "crat",
                   "at", "ive", "ar", "ant", "ent", "ess", "ite", "ic")
BODY_WORDS = {"government", "parliament", "department", "establishment", "movement", "management", "assembly",
              "agent", "agency", "ministry", "military", "army", "police", "party", "court", "regime", "council",
              "republic", "public", "clinic", "bank", "church", "mosque"}


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def known_names() -> set[str]:
    """Folded names the hand-written tables already hold."""
    out: set[str] = set()
    for file, cols in (("countries.tsv", ("name", "aliases", "demonyms", "capitals")), ("organisations.tsv", ("name",)),
                       ("leaders.tsv", ("name",)), ("regions.tsv", ("name", "adjective")), ("places.tsv", ("name",)),
                       ("subdivisions.tsv", ("name",))):
        for row in _rows(HERE / file):
            for col in cols:
                for value in (row.get(col) or "").split("|"):
                    if value.strip():
                        folded = _fold(value)
                        out.update({folded, folded.removeprefix("the ")})
    return out


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def role_words() -> set[str]:
    """Words of data/actors/roles.tsv phrases, honorifics and demonyms: the words of a title to
    strip from the front of a name ("RUSSIAN FOREIGN MINISTER SERGEY LAVROV" -> "SERGEY LAVROV")."""
    words = {w for r in _rows(HERE / "roles.tsv") for w in r["word"].split()}
    demonyms = {_fold(d) for r in _rows(HERE / "countries.tsv") for d in (r.get("demonyms") or "").split("|") if d}
    return words | demonyms | {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "reformer", "sheik",
                               "gen.", "col.", "u.s.", "us", "un", "u.n.", "of", "state", "defense", "defence",
                               "foreign", "interior", "finance"}


def _year_fix(date: str | None) -> str | None:
    """A two-digit year read as 20xx that lies after the dictionary was written is 19xx."""
    if date and date > WRITTEN:
        return f"{int(date[:4]) - 100:04d}{date[4:]}"
    return date


def _dated(entry: Entry) -> Entry:
    start, end = _year_fix(entry.start), _year_fix(entry.end)
    if start and end and start > end:
        start = f"{int(start[:4]) - 100:04d}{start[4:]}"
    return Entry(entry.kind, entry.code, entry.country, entry.sector, entry.name, start=start, end=end)


def _strip_titles(name: str, titles: set[str]) -> str:
    words = name.split()
    while words and (words[0].lower() in titles or words[0].lower().rstrip("-") in titles):
        words.pop(0)
    return " ".join(words)


NAME_TITLES = {"sheikh", "sheik", "prince", "king", "emir", "sultan", "queen", "princess", "lord", "sir", "dame"}


def _is_institution(name: str, bodies: set[str]) -> bool:
    """A name with a function word, an institution or role word ("TRADE REPRESENTATIVE") or a
    digit names a body or an office, not a person ("SHEIKH" inside Arabic names excepted)."""
    words = [w.lower() for w in re.split(r"[\s\-]+", name) if w]
    return any(w in STOP or w in INSTITUTION or (w in bodies and w not in NAME_TITLES) for w in words) or \
        any(c.isdigit() for c in name)


def _acronym(name: str) -> bool:
    return " " not in name and len(name) >= 3 and name.isupper() and name.replace(".", "").replace("-", "").isalpha() \
        and len(name.replace(".", "")) <= 7


def _clean(name: str) -> str:
    return " ".join(name.replace("(", " ").replace(")", " ").split())


def hand_organisations(titles: set[str]) -> re.Pattern:
    """The hand-written organisation names (not one-word role nouns such as "Congress"), as one
    pattern: a Phoenix name that contains one ("PALESTINIAN ISLAMIC JIHAD") is the same body, and
    the hand-written code (PSEREB, per docs/actors.md) must not be outranked by a longer match."""
    names = {_fold(r["name"]).removeprefix("the ") for r in _rows(HERE / "organisations.tsv")}
    names = {n for n in names if n not in titles and len(n) > 2}
    return re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?![\w-])")


def _contains(name: str, orgs: re.Pattern) -> bool:
    return orgs.search(_fold(name)) is not None


def people_and_groups(sources: dict[str, Names], known: set[str], titles: set[str], bodies: set[str]
                      ) -> tuple[dict[str, list[Entry]], dict[str, tuple[str, str]]]:
    """(person name -> dated entries, group name -> (code, kind)) from the three actor files."""
    orgs = hand_organisations(titles)
    people: dict[str, list[Entry]] = {}
    groups: dict[str, tuple[str, str]] = {}
    for file, names in sources.items():
        for raw, entries in names.items():
            name = _clean(raw)
            codes = [e.code for e in entries]
            if not name or any(len(c) == 3 and c.isalpha() and c not in {"ELI", "IGO", "NGO", "IMG", "MNC"}
                               for c in codes):
                continue  # a country name, a city, a country synonym
            dated = any(e.start or e.end for e in entries)
            stripped = _strip_titles(name, titles)  # "SECRETARY OF STATE JOHN KERRY" -> "JOHN KERRY"
            person = "MilNonState" not in file and dated and not _is_institution(stripped, bodies)
            if stripped != name and len(stripped.split()) == 1:
                continue  # "PRESIDENT BUSH": a title and a surname, true of several people
            if person and len(stripped.split()) >= 2:
                name = stripped
                if _fold(name) in known:
                    continue
                people.setdefault(name, [])
                people[name] += [_dated(e) for e in entries if _dated(e) not in people[name]]
                continue
            words = name.split()
            if _fold(name) in known or _fold(name).removeprefix("the ") in known or _contains(name, orgs):
                continue
            if len(words) >= 2 or _acronym(name) or ("-" in name and len(name) > 5):
                kind = "group" if entries[0].code[:3] == "IMG" or entries[0].sector == "REB" else "organization"
                groups.setdefault(name, (entries[0].code, kind))
    return people, groups


def agents(path: Path, have: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Phoenix agent nouns the hand-written roles (word -> kind) lack: word -> (sector, kind). The
    kind is the hand-written one of the phrase's head ("police chief": a chief, a person), else
    guessed from the head's ending."""
    _, roles = CameoReader(path).read()
    out = {}
    for words, role in roles.items():
        word = " ".join(words).replace("_", " ")
        if word in have or not word.replace(" ", "").replace("-", "").isalpha() or len(word) < 4 or \
                words[-1] in STOP or words[0] in {"a", "an", "the"}:
            continue  # "ambassador to", "a cabinet meeting": fragments, not role nouns
        last = words[-1]
        kind = have.get(last) or ("person" if last.endswith(PERSON_SUFFIXES) and last not in BODY_WORDS else "body")
        out[word] = (role.sector, kind)
    return out


def write(path: Path, files: str, columns: tuple[str, ...], rows: list[tuple[str, ...]], note: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER.format(files=files))
        handle.write(f"# {note}\n")
        handle.write("\t".join(columns) + "\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")


def main(phoenix: Path) -> None:
    known, titles = known_names(), role_words()
    bodies = {r["word"] for r in _rows(HERE / "roles.tsv") if " " not in r["word"]}  # every role word
    sources = {f: CameoReader(phoenix / f).read()[0] for f in
               ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")}
    people, groups = people_and_groups(sources, known, titles, bodies)
    person_rows = list(dict.fromkeys((name, e.code, e.start or "", e.end or "") for name in sorted(people)
                                     for e in people[name]))
    write(HERE / "phoenix_people.tsv", "Phoenix.Countries.actors.txt, Phoenix.International.actors.txt",
          ("name", "code", "from", "until"), person_rows,
          "a row per name and term, in the dictionary's order (the first term valid on the article's date wins; "
          "an undated row is the fallback); names all-capital: matched whatever their case")
    group_rows = [(name, code, kind) for name, (code, kind) in sorted(groups.items())]
    write(HERE / "phoenix_groups.tsv", "Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt, "
          "Phoenix.Countries.actors.txt", ("name", "code", "kind"), group_rows,
          "one-word names are acronyms matched case-sensitively; longer names match whatever their case")
    have = {r["word"]: r["kind"] for r in _rows(HERE / "roles.tsv")}
    agent_rows = [(w, s, k, "0") for w, (s, k) in sorted(agents(phoenix / "Phoenix.agents.txt", have).items())]
    write(HERE / "phoenix_agents.tsv", "Phoenix.agents.txt", ("word", "sector", "kind", "priority"), agent_rows,
          "role nouns roles.tsv lacks; matched in lower case only (kind guessed from the word's ending); "
          "priority 0: a hand-written role word of the same title decides the sector")
    print(f"people {len(people)} names ({len(person_rows)} terms), groups {len(group_rows)}, agents {len(agent_rows)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR)
