"""Reading verb dictionaries in the PETRARCH/TABARI format (CAMEO.2.0.txt, PETR.Validate.verbs.txt).

The CAMEO community's verb knowledge lives in this format; reading it lets a user bring their own
(Settings.dictionaries) and lets us regenerate our TSV tables from the published dictionary
(`python -m communique.events.petrarch_dict CAMEO.2.0.txt OUTDIR`).

Format, as far as we use it: `&NAME` starts a synonym set (`+WORD` members); `--- NAME [code] ---`
starts a verb block; plain lines in a block are verbs (`MEET {MEETS MET}` gives irregular forms,
`+MEET_WITH` a phrasal verb, an optional `[code]` its own code); `- before * after [code]` is a
pattern: words before and after the verb, `(PREP words)` a prepositional phrase, `{A B}` a noun
phrase, `&SET` a synonym set, `$ + ^ %` actor markers (ignored). `[a:b]` is a paired code (b for
the reverse direction, ignored); `[:b]` codes only the reverse direction (kept as `:b`).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

CODE = re.compile(r"\[([^\]]*)\]")
BLOCK = re.compile(r"^-{3}\s+(\S+)\s+\[([^\]]*)\]")
MARKERS = set("$+^%")


@dataclass(slots=True)
class VerbEntry:
    block: str
    verb: str  # lower-case base form; phrasal verbs as "meet with"
    forms: tuple[str, ...]
    code: str  # own code, else ""
    phrasal: bool = False  # only a member through a phrasal form ("call off"): no block default


@dataclass(slots=True)
class PatternEntry:
    block: str
    code: str
    before: tuple[str, ...]  # word slots; a slot is "a|b|c" alternatives
    after: tuple[str, ...]
    preps: tuple[str, ...]  # "to border|frontier" = preposition then word slots, space-separated
    verb: str = ""  # a phrasal verb's pattern belongs to that verb only


@dataclass(slots=True)
class VerbDictionary:
    verbs: list[VerbEntry] = field(default_factory=list)
    patterns: list[PatternEntry] = field(default_factory=list)
    blocks: dict[str, str] = field(default_factory=dict)  # block -> default code


def first_code(text: str) -> str | None:
    """The forward code of `[a:b]`; `:b` when only the reverse direction is coded (`[:b]`:
    "X faces criticism" is criticism of X); None when nothing is coded."""
    m = CODE.search(text)
    if not m:
        return ""
    forward, _, reverse = m.group(1).partition(":")
    if forward.strip():
        return forward.strip()
    return f":{reverse.strip()}" if reverse.strip() else None


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _slot(word: str, synsets: dict[str, list[str]]) -> str | None:
    word = word.strip().strip("".join(MARKERS))
    if not word:
        return None
    if word.startswith("&"):
        name = word.rstrip("_")
        members = synsets.get(name, [])
        alts = [m.split()[-1] for m in members if m]
        return "|".join(a.lower() for a in alts) or None
    return word.lower()


def _words(text: str, synsets: dict[str, list[str]]) -> list[str]:
    out = []
    for raw in re.split(r"[\s_{}]+", text):
        if not raw or raw in MARKERS or raw == "*":
            continue
        slot = _slot(raw, synsets)
        if slot:
            out.append(slot)
    return out


def parse_pattern(body: str, synsets: dict[str, list[str]]) -> tuple[list[str], list[str], list[str]]:
    """Split `before * after (PREP words)` into before words, after words and prep groups."""
    preps = []
    for group in re.findall(r"\(([^)]*)\)", body):
        words = _words(group.replace("/", "|"), synsets)
        if words:
            preps.append(" ".join(words))
    plain = re.sub(r"\([^)]*\)", " ", body)
    before, _, after = plain.partition("*")
    return _words(before, synsets), _words(after, synsets), preps


def _verb_line(line: str, block: str, verbs: list[VerbEntry], patterns: list[PatternEntry],
               synsets: dict[str, list[str]]) -> None:
    code = first_code(line)
    if code is None:
        return
    head = CODE.sub("", line)
    forms_m = re.search(r"\{([^}]*)\}", head)
    forms = tuple(f.strip("+").replace("_", " ").lower() for f in (forms_m.group(1).split() if forms_m else []))
    words = re.sub(r"\{[^}]*\}", "", head).split()
    if not words:
        return
    parts = [p for p in words[0].split("_") if p]
    verb_i = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    base = parts[verb_i].lstrip("+").lower()
    if len(parts) == 1:
        verbs.append(VerbEntry(block, base, forms, code))
        return
    # a phrasal verb: the verb plus words before/after it, coded as a pattern of the verb
    verbs.append(VerbEntry(block, base, (), "", phrasal=True))
    before = [w for w in (_slot(p, synsets) for p in parts[:verb_i]) if w]
    after = [w for w in (_slot(p, synsets) for p in parts[verb_i + 1:]) if w]
    patterns.append(PatternEntry(block, code or "", tuple(before), tuple(after), (), verb=base))


def read_verb_dictionary(path: Path) -> VerbDictionary:
    """Parse a PETRARCH verb dictionary; unknown syntax is skipped rather than guessed."""
    out = VerbDictionary()
    synsets: dict[str, list[str]] = {}
    current_set: str | None = None
    block: str | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip_comment(raw)
        if not line.strip() or line.lstrip().startswith("<!--"):
            continue
        if line.startswith("&"):
            current_set, block = line.split()[0].rstrip("_"), None
            synsets[current_set] = []
            continue
        if current_set and line.startswith("+"):
            synsets[current_set].append(line[1:].strip().replace("_", " ").rstrip())
            continue
        m = BLOCK.match(line)
        if m:
            block, current_set = m.group(1), None
            out.blocks[block] = (m.group(2).split(":")[0].strip() or "---")
            continue
        if block is None:
            continue
        if line.lstrip().startswith("-"):
            code = first_code(line)
            if not code:
                continue
            before, after, preps = parse_pattern(CODE.sub("", line.lstrip()[1:]), synsets)
            out.patterns.append(PatternEntry(block, code, tuple(before), tuple(after), tuple(preps)))
        else:
            _verb_line(line, block, out.verbs, out.patterns, synsets)
    return out


def is_verb_dictionary(path: Path) -> bool:
    """A user dictionary is read as a PETRARCH verb dictionary when it has verb blocks."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return any(BLOCK.match(line) for _, line in zip(range(5000), handle, strict=False))
    except OSError:
        return False


def write_tables(vd: VerbDictionary, out: Path, source: str) -> None:
    """Write verbs.tsv and verb_patterns.tsv (our data format) from a parsed dictionary."""
    head = f"# source: {source}\n# version: converted by communique.events.petrarch_dict\n" \
           "# licence: MIT (Open Event Data Alliance)\n"
    with (out / "verbs.tsv").open("w", encoding="utf-8") as f:
        f.write(head + "block\tblock_code\tverb\tforms\tcode\tphrasal\n")
        for v in vd.verbs:
            f.write(f"{v.block}\t{vd.blocks.get(v.block, '---')}\t{v.verb}\t{' '.join(v.forms)}\t{v.code}\t"
                    f"{'yes' if v.phrasal else ''}\n")
    with (out / "verb_patterns.tsv").open("w", encoding="utf-8") as f:
        f.write(head + "block\tcode\tbefore\tafter\tpreps\tverb\n")
        for p in vd.patterns:
            f.write(f"{p.block}\t{p.code}\t{' '.join(p.before)}\t{' '.join(p.after)}\t{';'.join(p.preps)}\t{p.verb}\n")


if __name__ == "__main__":
    src = Path(sys.argv[1])
    write_tables(read_verb_dictionary(src), Path(sys.argv[2]), f"openeventdata/petrarch2:{src.name}")
