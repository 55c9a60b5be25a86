"""A record as table rows (schema.sql): the one conversion DuckDB and Parquet writers share."""

from __future__ import annotations

from typing import Any

from communique.model import Record

TABLES = ("articles", "actors", "quotes", "events")


def _day(value: str | None) -> str | None:
    """The YYYY-MM-DD prefix of an ISO date, if it is one."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value[:10]
    return None


def record_rows(record: Record, run_id: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Rows for each table of schema.sql; `cluster` is left to the near-duplicate stage."""
    data = record.to_dict()
    aid = data["id"]
    article = {
        "id": aid, "source": data["source"], "title": data["title"], "authors": data["authors"],
        "published": data["published"], "published_day": _day(data["published"]),
        "datelines": data["datelines"], "agencies": data["agencies"], "language": data["language"],
        "text": data["text"], "tone": data["tone"], "url": data.get("url"), "outlet": data.get("outlet"),
        "cluster": data.get("cluster"), "run_id": run_id,
    }
    codes = {a["id"]: a["code"] for a in data["actors"]}
    countries = {a["id"]: a["country"] for a in data["actors"]}
    actors = [{"article_id": aid, **a} for a in data["actors"]]
    quotes = [{"article_id": aid, "idx": i, **q, "speaker_code": codes.get(q["speaker"] or "")}
              for i, q in enumerate(data["quotes"])]
    events = [_event_row(aid, i, e, article["published_day"], countries) for i, e in enumerate(data["events"])]
    return {"articles": [article], "actors": actors, "quotes": quotes, "events": events}


def _event_row(aid: str, idx: int, event: dict[str, Any], published_day: str | None,
               countries: dict[str, str | None]) -> dict[str, Any]:
    place = event.pop("place", None) or {}
    row = {"article_id": aid, "idx": idx, **event}
    # the actor's own country (KAZ, WST, IGO...), not the code's first letters: "GOVxxx"-style
    # codes without a country must not pose as one
    row["source_country"] = _country(event.get("source"), event.get("source_code"), countries)
    row["target_country"] = _country(event.get("target"), event.get("target_code"), countries)
    row["event_day"] = _day(event.get("date")) or published_day
    row.update({"place_name": place.get("name"), "place_country": place.get("country"),
                "place_lat": place.get("lat"), "place_lon": place.get("lon")})
    return row


def _country(actor_id: str | None, code: str | None, countries: dict[str, str | None]) -> str | None:
    """The country place of an event party: its actor's country (a sector-only code such as
    "GOV" has none); the code's first three letters only for a party with no actor row."""
    if actor_id and actor_id in countries:
        return countries[actor_id]
    return (code or "")[:3] or None
