"""The built-in actor knowledge (data/actors/*.tsv) as lookup tables, loaded once per process.

Every surface form that can name an actor becomes one `Entry`: a country name or long form
("the Russian Federation"), a demonym ("Kazakh"), a capital ("Moscow"), a region ("the collective
West"), an organisation ("NATO", "the Kremlin"). Role words ("minister", "troops") map to CAMEO
sectors. Stages after this one never read these files themselves: they ask the Cast.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from communique.knowledge import data_path, read_table

# Entry.kind values: what a surface form names, before context decides what it is in a sentence.
STATE, DEMONYM, CAPITAL, REGION, REGION_ADJ, ORG, GROUP, PERSON, PROVINCE = (
    "state", "demonym", "capital", "region", "region_adj", "organization", "group", "person", "province")


@dataclass(frozen=True, slots=True)
class Entry:
    """One name of an actor. `code` is the CAMEO code it stands for; `name` its canonical name."""

    kind: str
    code: str
    country: str | None
    sector: str | None
    name: str
    metonym: str | None = None  # capitals: the code the city stands for as a subject ("RUSGOV")
    start: str | None = None  # office holders: ISO date from which the code applies
    end: str | None = None  # ... and until which
    needs_the: bool = False  # "the West", "the Gulf": the bare word alone names nothing
    gender: str | None = None  # people: "male" or "female", for he/she
    role: str | None = None  # office holders: the office ("foreign minister"), for "the minister"


@dataclass(frozen=True, slots=True)
class Role:
    """A role word: its CAMEO sector, whether one person holds it, and its weight among modifiers."""

    sector: str
    kind: str  # person | body
    priority: int
    lower_only: bool = False  # Phoenix agent nouns: "fisher" is a role, "Carrie Fisher" a name
    title: bool = True  # can stand before a name as its title; not a people's name ("Catalan National Assembly")


@dataclass(frozen=True, eq=False)
class Knowledge:
    """Names -> entries (several entries may share a name) and role lemmas -> roles.

    `folded` names (from all-capital CAMEO dictionaries) match whatever their case in the text.
    Compared and hashed by identity: one object per set of dictionaries, cached.
    """

    names: dict[str, tuple[Entry, ...]]
    roles: dict[tuple[str, ...], Role]
    countries: dict[str, str]  # code -> canonical country name
    folded: frozenset[str] = frozenset()
    family_first: frozenset[str] = frozenset()  # "Zhang" in "Zhang Yi" is the surname
    places: frozenset[str] = frozenset()  # city names: NER's "PERSON" Khan Younis is a place


SECTORS = frozenset("GOV MIL REB OPP PTY COP JUD LEG BUS MED EDU CVL IGO NGO SPY ELI REF HLH LAB REL AGR".split())


@functools.cache
def code_aliases() -> dict[str, str]:
    """Old CAMEO country codes -> the ISO codes of countries.tsv ("TMP" East Timor -> "TLS")."""
    return {r["cameo"]: r["iso"] for r in read_table(data_path("actors/code_aliases.tsv"), ("cameo", "iso"))}


def split_code(code: str, kind: str | None = None) -> Entry:
    """A CAMEO code as an Entry without a name: country = first three letters unless they are a sector
    (an old CAMEO country code read as its ISO code: "TMPGOV" is "TLSGOV")."""
    code = code.upper()
    code = code_aliases().get(code[:3], code[:3]) + code[3:]
    head = code[:3]
    chunks = [code[i:i + 3] for i in range(3, len(code), 3)]
    known = next((c for c in chunks if c in SECTORS), None)
    if head in {"IGO", "NGO"}:
        country, sector = None, head
    elif head in SECTORS or head in {"IMG", "MNC"}:
        country, sector = None, known or (chunks[0] if chunks else head)
    else:
        country, sector = head or None, known or (chunks[0] if chunks else None)
    guess = kind or (STATE if len(code) == 3 else ORG)
    return Entry(guess, code, country, sector, "")


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _bare(name: str) -> str:
    """Names are matched without a leading article; the finder adds "the" back to the mention."""
    return name[4:] if name.lower().startswith("the ") else name


def _country_entries() -> tuple[list[tuple[str, Entry]], dict[str, str]]:
    out: list[tuple[str, Entry]] = []
    names: dict[str, str] = {}
    for row in read_table(data_path("actors/countries.tsv"), ("code", "name")):
        code, name = row["code"], row["name"]
        names[code] = name
        state = Entry(STATE, code, code, None, name)
        out += [(n, state) for n in [name, *_split(row["aliases"])]]
        out += [(d, Entry(DEMONYM, code, code, None, name)) for d in _split(row["demonyms"])]
        metonym = row["metonym"]
        target = None if metonym == "no" else (metonym or f"{code}GOV")
        for capital in _split(row["capitals"]):
            out.append((capital, Entry(CAPITAL, code, code, None, capital, metonym=target)))
    return out, names


def _region_entries() -> list[tuple[str, Entry]]:
    out: list[tuple[str, Entry]] = []
    for row in read_table(data_path("actors/regions.tsv"), ("name", "code")):
        code = row["code"]
        out.append((row["name"], Entry(REGION, code, code, None, row["name"])))
        if row["adjective"]:
            out.append((row["adjective"], Entry(REGION_ADJ, code, code, None, row["name"])))
    return out


def _leader_entries() -> list[tuple[str, Entry]]:
    """Office holders: a person's code depends on the article's date (CAMEO's date-restricted codes)."""
    out = []
    for row in read_table(data_path("actors/leaders.tsv"), ("name", "code")):
        bare = split_code(row["code"], PERSON)
        out.append((row["name"], replace(bare, name=row["name"], start=row["from"] or None, end=row["until"] or None,
                                         gender=row.get("gender") or None, role=row.get("role") or None)))
    return out


def _province_entries() -> list[tuple[str, Entry]]:
    """Provinces and states: a country for what they qualify, never an actor of their own."""
    return [(r["name"], Entry(PROVINCE, r["country"], r["country"], None, r["name"]))
            for r in read_table(data_path("actors/subdivisions.tsv"), ("name", "country"))]


def _org_entries() -> list[tuple[str, Entry]]:
    cols = ("name", "code", "kind")
    return [(r["name"], Entry(r["kind"], r["code"], r["country"] or None, r["sector"] or None, r["name"]))
            for r in read_table(data_path("actors/organisations.tsv"), cols)]


def _phoenix_entries(roles: dict[tuple[str, ...], Role]) -> tuple[list[tuple[str, Entry]], frozenset[str]]:
    """People (date-ranged codes) and groups converted from the Phoenix dictionaries by
    data/actors/build_phoenix.py, and the names among them matched whatever their case (all but
    the one-word acronyms, which must be written in capitals: "IAEA", not "Iaea")."""
    out: list[tuple[str, Entry]] = []
    for row in read_table(data_path("actors/phoenix_people.tsv"), ("name", "code")):
        bare = split_code(row["code"], PERSON)
        out.append((row["name"], replace(bare, name=row["name"].title(), start=row["from"] or None,
                                         end=row["until"] or None)))
    for row in read_table(data_path("actors/phoenix_groups.tsv"), ("name", "code", "kind")):
        if _leader_government(row["name"], row["code"], roles):
            continue
        bare = split_code(row["code"], row["kind"])
        out.append((row["name"], replace(bare, name=row["name"])))
    return out, frozenset(_bare(name) for name, _ in out if " " in name)


def _leader_government(name: str, code: str, roles: dict[tuple[str, ...], Role]) -> bool:
    """"BUSH ADMINISTRATION" USAELI: Phoenix files a leader's government under the leader, whose
    dates the converted table lost, leaving the out-of-office code. Left to the role-noun rule,
    which reads it as journalists mean it: "the Bush administration" is Bush's country's GOV."""
    role = roles.get((name.lower().split()[-1],))
    return code.endswith("ELI") and role is not None and role.kind == "body" and role.sector == "GOV"


@functools.cache
def city_countries() -> dict[str, str]:
    """City name -> its country (GeoNames cities of 100,000 people or more); a name large cities
    of several countries share ("Tripoli": Libya and Lebanon, places.tsv `also`) says none."""
    rows = read_table(data_path("actors/places.tsv"), ("name", "country"))
    return {r["name"]: r["country"] for r in rows if r["country"] and not r.get("also")}


@functools.cache
def shared_city_names() -> frozenset[str]:
    """Names large cities of several countries share (places.tsv `also`: "Tripoli", "Hyderabad")."""
    return frozenset(r["name"] for r in read_table(data_path("actors/places.tsv"), ("name",)) if r.get("also"))


@functools.cache
def local_roles() -> frozenset[str]:
    """Civilian role lemmas whose members are people of the place they act in ("protester",
    "villager"; local_roles.tsv), unlike victims or tourists."""
    return frozenset(r["word"] for r in read_table(data_path("actors/local_roles.tsv"), ("word",)))


@functools.cache
def portfolio_words() -> frozenset[str]:
    """Capitalised portfolio words of ministerial titles ("Interior", "Home", "Affairs"; portfolios.tsv)."""
    return frozenset(r["word"] for r in read_table(data_path("actors/portfolios.tsv"), ("word",)))


@functools.cache
def combining_forms() -> dict[str, str]:
    """Combining forms that name a country before a hyphen ("Franco-" France, "Sino-" China)."""
    return {r["form"]: r["country"] for r in read_table(data_path("actors/combining_forms.tsv"), ("form", "country"))}


@functools.cache
def machine_words() -> dict[str, str]:
    """Role words that name an aircraft after a model designation ("F-16 fighters") -> its sector."""
    return {r["word"]: r["sector"] for r in read_table(data_path("actors/machine_words.tsv"), ("word", "sector"))}


@functools.cache
def province_words() -> frozenset[str]:
    """Nouns that make a city's name a province's ("the Donetsk region", "Idlib province")."""
    return frozenset(r["word"] for r in read_table(data_path("actors/province_words.tsv"), ("word",)))


def _roles() -> dict[tuple[str, ...], Role]:
    """Hand-written role words, ethnic groups' names (ethnic_groups.tsv), then the Phoenix agent
    nouns they lack (lower case only)."""
    roles = {tuple(r["word"].lower().split()): Role(r["sector"], r["kind"], int(r["priority"] or 0))
             for r in read_table(data_path("actors/roles.tsv"), ("word", "sector", "kind"))}
    for words, role in list(roles.items()):  # "Vice-President", "Secretary-General": hyphens split into tokens
        if len(words) > 1:
            roles.setdefault(tuple(" - ".join(words).split()), role)
    for r in read_table(data_path("actors/ethnic_groups.tsv"), ("names",)):
        for name in _split(r["names"]) if r.get("alone") == "yes" else []:  # "the Tamils": civilians, priority 0:
            roles.setdefault((name.lower(),), Role("CVL", PERSON, 0, title=False))  # an actor only where its country is known
    for r in read_table(data_path("actors/phoenix_agents.tsv"), ("word", "sector", "kind")):
        roles.setdefault(tuple(r["word"].split()), Role(r["sector"], r["kind"], int(r["priority"] or 0), True))
    return roles


@functools.cache
def builtin() -> Knowledge:
    """The package's own tables; read once per process. Hand-written names come first; a Phoenix
    name the hand-written tables already hold (in any case) is left to them."""
    countries, country_names = _country_entries()
    names: dict[str, dict[Entry, None]] = {}
    orgs = _org_entries()
    parts = [(n, e) for n, e in orgs if e.kind == STATE]  # "Gaza" PSEGZA before the PSE alias
    pairs = [*parts, *countries, *_region_entries(), *[(n, e) for n, e in orgs if e.kind != STATE],
             *_leader_entries(), *_province_entries()]
    bare_too = {name for name, _ in pairs if _bare(name) == name}
    for name, entry in pairs:
        if _bare(name) != name and _bare(name) not in bare_too:
            entry = replace(entry, needs_the=True)
        names.setdefault(_bare(name), {})[entry] = None
    roles = _roles()
    phoenix, folded = _phoenix_entries(roles)
    have = {k.lower() for k in names}
    for name, entry in phoenix:
        key = _bare(name)
        if key.lower() not in have:
            names.setdefault(key, {})[entry] = None
    family = frozenset(r["surname"] for r in read_table(data_path("actors/family_first.tsv"), ("surname",)))
    places = frozenset(r["name"] for r in read_table(data_path("actors/places.tsv"), ("name",)))
    return Knowledge({k: tuple(v) for k, v in names.items()}, roles, country_names, folded=folded,
                     family_first=family, places=places)


def merged(base: Knowledge, extra_names: dict[str, list[Entry]], extra_roles: dict[tuple[str, ...], Role],
           folded: frozenset[str] = frozenset()) -> Knowledge:
    """`base` extended by user entries; a user's name is tried before the built-in ones."""
    names = dict(base.names)
    for name, entries in extra_names.items():
        key = _bare(name) if name not in folded else name
        names[key] = (*entries, *names.get(key, ()))
    return Knowledge(names, {**base.roles, **extra_roles}, base.countries, base.folded | folded, base.family_first,
                     base.places)
