"""Headlines without site names: "Story - Site" -> "Story", but "... With Russia - Minister" stays.

ANNOTATION.md: a tail that credits a speaker is part of the headline. So a tail goes only when
it is the site itself: a known outlet, the page's declared site name, or the name of its host
(hindustantimes.com <- "Hindustan Times"). Page titles choose between the visible <h1> and the
machine titles (JSON-LD headline, og:title) by agreement, not by page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

from communique.article.outlets import outlet_named, outlet_of_host
from communique.article.textutil import WORD, fold, key
from communique.knowledge import data_path, read_table

TAIL = re.compile(r"\s+(?:\||-|–|—|::|·|»|•|/)\s+(?=[^|–—·»•]*$)")
HEAD = re.compile(r"^([^|–—·»•:]{2,60}?)\s+(?:\||-|–|—|::|·|»|•)\s+")
MEDIA_TAG = re.compile(r"\s*[\[(](?:watch|video|videos|photos?|pictures|pics|gallery|listen|audio|live|updated?)[\])]$", re.I)
SITE_SUFFIX = re.compile(r"\.(?:com|org|net|co\.uk|co|news|info|in|ca|au)$", re.I)


@cache
def labels() -> frozenset[str]:
    """Genre and section labels ("Opinion", "Analysis") that are not part of a headline."""
    return frozenset(key(r["label"]) for r in read_table(data_path("article/title_labels.tsv"), ("label",)))


def host_of(url: str | None) -> str | None:
    """'https://www.bbc.co.uk/x' -> 'bbc.co.uk'."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return host.lower().removeprefix("www.") or None


def is_site_name(text: str, site_names: Iterable[str] = (), host: str | None = None) -> bool:
    """True when `text` names the site: a known outlet, a declared site name, or the host."""
    k = key(text)
    if not k:
        return False
    if outlet_named(text) or SITE_SUFFIX.search(text.strip()) or k in {key(s) for s in site_names if s}:
        return True
    if host:
        joined = k.replace(" ", "").removeprefix("the")
        labels = [p for p in host.split(".") if len(p) > 2][:-1] or host.split(".")[:1]
        if any(joined and (joined == lab.replace("-", "") or (len(joined) > 4 and joined in lab.replace("-", "")))
               for lab in labels):
            return True
        if outlet_of_host(host) and key(outlet_of_host(host) or "") == k:
            return True
    return False


def strip_site(title: str, site_names: Iterable[str] = (), host: str | None = None) -> str:
    """`title` without site-name tails (and a site-name head such as "PolitiFact - ...")."""
    names = list(site_names)
    title = " ".join((title or "").split())
    for _ in range(3):
        m = TAIL.search(title)
        if not m:
            break
        head, tail = title[:m.start()], title[m.end():]
        if not head or not (is_site_name(tail, names, host) or key(tail) in labels()):
            break
        title = head.strip()
    m = HEAD.match(title)
    if m and (is_site_name(m.group(1), names, host) or key(m.group(1)) in labels()):
        title = title[m.end():]
    return MEDIA_TAG.sub("", title).strip()


def dice(a: str, b: str) -> float:
    """Word overlap of two strings (0..1), case- and accent-insensitive."""
    ca, cb = Counter(WORD.findall(fold(a))), Counter(WORD.findall(fold(b)))
    total = sum(ca.values()) + sum(cb.values())
    return 2 * sum((ca & cb).values()) / total if total else 0.0


def choose_title(h1s: list[str], machine: list[str], fallback: str | None) -> str | None:
    """The headline: the page's first real <h1>, else the first machine title, else <title>.

    The visible <h1> is what readers see as the headline (social titles are often rewritten),
    unless it is page chrome: a logo or section label (short, and unlike every machine title).
    An <h1> that is a machine title behind a section label ("Opinion | ...") yields the machine
    title.
    """
    machine = [m for m in machine if m]
    for h in h1s:
        agrees = max((dice(h, m) for m in machine), default=0.0)
        if len(WORD.findall(h)) < 3 or (machine and agrees < 0.6 and len(WORD.findall(h)) < 5):
            continue
        for m in machine:
            extra = len(key(h).split()) - len(key(m).split())
            prefix = " ".join(key(h).split()[:extra]) if extra > 0 else ""
            if key(h).endswith(key(m)) and 0 < extra <= 3 and (prefix in labels() or " | " in h):
                return m
        return h
    return machine[0] if machine else fallback
