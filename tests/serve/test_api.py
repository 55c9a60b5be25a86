"""The HTTP API over a real DuckDB file built by `communique ingest` (see conftest.py).

Exact counts come from the hand-written records (written.py), restricted to their dates
(Jan-Feb 2023) so articles the pipeline adds cannot change them; the other tests check
invariants that hold on any data (paging, sorting, filters agreeing with the rows returned).
"""

from __future__ import annotations

import csv
import io

import pyarrow.parquet as pq
import pytest

from .written import SCRIPT_TITLE

JAN_FEB = {"start": "2023-01-01", "end": "2023-02-28"}


def get(client, path, **params):
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def problem(client, path, status=422, **params):
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"], body
    return body


# ---------------------------------------------------------------- overview and OpenAPI

def test_overview_counts_every_table(client):
    data = get(client, "/api")
    assert data["counts"]["articles"] >= 28 + 4  # written records at least
    assert data["counts"]["events"] >= 7 and data["counts"]["quotes"] >= 4
    assert data["first_day"] <= "2022-01-05" and data["last_day"] >= "2023-04-20"


def test_openapi_describes_every_endpoint(client):
    paths = get(client, "/openapi.json")["paths"]
    for path in ("/api", "/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/quotes",
                 "/api/quotes.csv", "/api/quotes.parquet", "/api/events", "/api/events.csv",
                 "/api/events.parquet", "/api/dyads/{a}/{b}", "/api/top/actors", "/api/top/dyads"):
        assert path in paths, path
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"source", "target", "cameo", "root", "plover", "quad_class", "start", "end", "place",
            "limit", "offset", "sort"} <= params
    assert not any(p.startswith(("/search", "/dyad", "/network")) for p in paths)  # pages stay out


# ---------------------------------------------------------------- articles

def test_articles_text_search(client):
    data = get(client, "/api/articles", q="Orenburg", **JAN_FEB)
    assert [a["id"] for a in data["items"]] == ["written-trains-feb"]
    assert data["total"] == 1


def test_articles_date_range_outlet_language(client):
    data = get(client, "/api/articles", outlet="written wire", **JAN_FEB)
    assert sorted(a["id"] for a in data["items"]) == ["written-talks-jan", "written-talks-jan-copy",
                                                       "written-trains-feb"]
    assert all("2023-01-01" <= a["published_day"] <= "2023-02-28" for a in data["items"])
    assert get(client, "/api/articles", language="en", **JAN_FEB)["total"] >= 3
    assert get(client, "/api/articles", language="fr", **JAN_FEB)["total"] == 0


def test_articles_paging_and_sorting(client):
    everything = get(client, "/api/articles", limit=500, sort="title")
    total = everything["total"]
    assert total == len(everything["items"]) or total > 500
    first = get(client, "/api/articles", limit=7, offset=0, sort="title")
    second = get(client, "/api/articles", limit=7, offset=7, sort="title")
    assert first["total"] == second["total"] == total
    ids = [a["id"] for a in first["items"] + second["items"]]
    assert len(set(ids)) == 14 and ids == [a["id"] for a in everything["items"][:14]]
    titles = [a["title"] for a in everything["items"] if a["title"] is not None]
    assert titles == sorted(titles)
    newest = get(client, "/api/articles", limit=50)["items"]
    days = [a["published_day"] for a in newest if a["published_day"]]
    assert days == sorted(days, reverse=True)
    beyond = get(client, "/api/articles", offset=total + 10)
    assert beyond["items"] == [] and beyond["total"] == total


def test_one_article_with_all_its_annotations(client):
    article = get(client, "/api/articles/written-trains-feb")
    assert article["title"] == "Russia accuses Kazakhstan over idle trains"
    assert [e["cameo"] for e in article["events"]] == ["112", "130", "1711"]
    assert article["events"][2]["place"] == {"name": "Orenburg", "country": "RUS", "lat": 51.77, "lon": 55.1}
    for event in article["events"]:
        assert article["text"][event["start"]:event["end"]] == event["sentence"]
    (quote,) = article["quotes"]
    assert quote["speaker_name"] == "Pavel Orlov" and quote["kind"] == "indirect"
    assert {a["code"] for a in article["actors"]} == {"RUSGOV", "KAZ", "RUS"}


def test_example_article_went_through_the_pipeline(client, shared):
    found = get(client, "/api/articles", q="Nurtleu")
    assert found["total"] >= 1
    article = get(client, f"/api/articles/{found['items'][0]['id']}")
    assert "Lavrov" in article["text"]
    assert article["actors"], "the pipeline found no actor in the example article"


def test_unknown_article_is_404(client):
    body = problem(client, "/api/articles/no-such-article", status=404)
    assert "no-such-article" in body["error"]


# ---------------------------------------------------------------- actors

def test_actors_by_name_code_country_kind(client):
    orlov = get(client, "/api/actors", q="Pavel Orl")["items"]
    assert orlov[0]["name"] == "Pavel Orlov" and orlov[0]["code"] == "RUSGOV"
    assert orlov[0]["articles"] == 18 + 10 + 3 + 1  # every written record mentions him
    assert all(a["code"] == "RUSGOV" for a in get(client, "/api/actors", code="rusgov")["items"])
    assert all(a["country"] == "KAZ" for a in get(client, "/api/actors", country="KAZ")["items"])
    people = get(client, "/api/actors", kind="person", limit=100)["items"]
    assert people and all(a["kind"] == "person" for a in people)
    by_count = [a["articles"] for a in get(client, "/api/actors", limit=100)["items"]]
    assert by_count == sorted(by_count, reverse=True)
    problem(client, "/api/actors", kind="planet")
    problem(client, "/api/actors", sort="mentions; DROP TABLE actors")


# ---------------------------------------------------------------- quotes

def test_quotes_by_speaker_code_and_text(client):
    orlov = get(client, "/api/quotes", speaker="pavel orlov", **JAN_FEB)
    assert [q["article_id"] for q in orlov["items"]] == ["written-trains-feb"]
    bekov = get(client, "/api/quotes", speaker_code="KAZ", **JAN_FEB)  # country prefix of KAZGOV
    assert sorted(q["article_id"] for q in bekov["items"]) == ["written-talks-jan", "written-talks-jan-copy"]
    assert get(client, "/api/quotes", speaker_code="KAZGOV", **JAN_FEB)["total"] == 2
    assert get(client, "/api/quotes", q="consequences", **JAN_FEB)["total"] == 1
    assert get(client, "/api/quotes", kind="indirect", **JAN_FEB)["total"] == 1


def test_quotes_by_mentioned_actor(client):
    about_kaz = get(client, "/api/quotes", mentions="KAZ", **JAN_FEB)["items"]
    assert [q["article_id"] for q in about_kaz] == ["written-trains-feb"]
    about_russia = get(client, "/api/quotes", mentions="Russia", **JAN_FEB)["items"]
    assert sorted(q["article_id"] for q in about_russia) == ["written-talks-jan", "written-talks-jan-copy"]
    assert get(client, "/api/quotes", mentions="UKR", **JAN_FEB)["total"] == 0


def test_quotes_download_csv_and_parquet(client):
    listed = get(client, "/api/quotes", speaker="Aidar Bekov")
    response = client.get("/api/quotes.csv", params={"speaker": "Aidar Bekov"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == listed["total"] == 18 + 2 + 1
    assert {r["speaker_name"] for r in rows} == {"Aidar Bekov"}
    parquet = client.get("/api/quotes.parquet", params={"speaker": "Aidar Bekov"})
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == listed["total"] and "text" in table.column_names


def test_quote_parameters_are_validated(client):
    problem(client, "/api/quotes", kind="rumour")
    problem(client, "/api/quotes", speaker_code="K")
    problem(client, "/api/quotes.csv", start="2023-13-01")


# ---------------------------------------------------------------- events

@pytest.mark.parametrize(("params", "expected"), [
    ({"source": "RUS"}, ["112", "130", "1711", "051", "051"]),
    ({"source": "RUSGOV"}, ["130", "051", "051"]),
    ({"source": "KAZGOV", "target": "RUS"}, ["040", "040"]),
    ({"actor": "kazgov"}, ["040", "040"]),
    ({"cameo": "17"}, ["1711"]),
    ({"root": "04"}, ["040", "040"]),
    ({"plover": "threaten"}, ["130"]),
    ({"quad_class": 4}, ["1711"]),
    ({"quad_class": 3, "target": "KAZ"}, ["112", "130"]),
    ({"place": "orenburg"}, ["1711"]),
    ({"place": "RUS"}, ["1711", "040", "040"]),
    ({"article_id": "written-talks-jan-copy"}, ["040", "051"]),
])
def test_event_filters(client, params, expected):
    data = get(client, "/api/events", limit=100, **JAN_FEB, **params)
    assert sorted(e["cameo"] for e in data["items"]) == sorted(expected)
    assert data["total"] == len(expected)


def test_event_date_range_and_sorting(client):
    feb = get(client, "/api/events", start="2023-02-01", end="2023-02-28", sort="goldstein")["items"]
    assert [e["goldstein"] for e in feb] == [-9.2, -4.4, -2.0]
    assert {e["event_day"] for e in feb} == {"2023-02-14"}
    newest = get(client, "/api/events", limit=100)["items"]
    days = [e["event_day"] for e in newest if e["event_day"]]
    assert days == sorted(days, reverse=True)


def test_event_paging_walks_every_row_once(client):
    total = get(client, "/api/events", actor="KAZ", limit=1)["total"]
    seen = []
    for offset in range(0, total, 9):
        seen += [(e["article_id"], e["idx"]) for e in
                 get(client, "/api/events", actor="KAZ", limit=9, offset=offset, sort="cameo")["items"]]
    assert len(seen) == len(set(seen)) == total


def test_events_download_csv_and_parquet(client):
    listed = get(client, "/api/events", actor="KAZ", limit=500)
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv", params={"actor": "KAZ"}).text)))
    assert len(rows) == listed["total"]
    assert [(r["article_id"], int(r["idx"])) for r in rows] == [(e["article_id"], e["idx"]) for e in listed["items"]]
    response = client.get("/api/events.parquet", params={"actor": "KAZ", "quad_class": 4})
    assert response.headers["content-type"] == "application/vnd.apache.parquet"
    table = pq.read_table(io.BytesIO(response.content))
    assert set(table.column("quad_class").to_pylist()) == {4}
    assert table.num_rows == get(client, "/api/events", actor="KAZ", quad_class=4)["total"]


@pytest.mark.parametrize("params", [
    {"root": "21"}, {"root": "4"}, {"cameo": "abc"}, {"cameo": "12345"}, {"quad_class": 5},
    {"quad_class": "x"}, {"source": "K1"}, {"target": "RUSGOV!"}, {"limit": 0}, {"limit": 501},
    {"offset": -1}, {"start": "yesterday"}, {"start": "2023-03-01", "end": "2023-01-01"},
    {"sort": "bogus"}, {"sort": "goldstein; DROP TABLE events"}, {"plover": "A B"},
])
def test_event_parameters_are_validated(client, params):
    body = problem(client, "/api/events", **params)
    assert any(name in body["error"] for name in params) or "after" in body["error"]
    if not {"limit", "offset"} & set(params):  # downloads are not paged
        problem(client, "/api/events.csv", **params)


def test_values_never_reach_sql_as_text(client):
    before = get(client, "/api")["counts"]
    for attack in ("'; DROP TABLE articles; --", "%' OR '1'='1", "\\'; SELECT 1; --"):
        assert get(client, "/api/articles", q=attack)["total"] == 0
        assert get(client, "/api/events", place=attack)["total"] == 0
        assert get(client, "/api/quotes", speaker=attack)["total"] == 0
    assert get(client, "/api/articles", q="100%")["total"] == 0  # % is literal, not a wildcard
    assert get(client, "/api")["counts"] == before


def test_database_is_opened_read_only(app):
    import duckdb

    with pytest.raises(duckdb.Error):
        app.state.db.cursor.execute("CREATE TABLE intruder (x INTEGER)")


# ---------------------------------------------------------------- dyads

def test_dyad_series_counts_stories_once_per_cluster(client):
    data = get(client, "/api/dyads/KAZ/RUS", interval="month", **JAN_FEB)
    jan, feb = data["series"]
    assert jan["period"] == "2023-01-01" and feb["period"] == "2023-02-01"
    # January: two syndicated copies (one cluster) of talks with two events each
    assert (jan["q1"], jan["cooperation"], jan["stories"], jan["events"]) == (1, 1, 1, 2)
    assert jan["goldstein_sum"] == pytest.approx(4.4) and jan["goldstein_mean"] == pytest.approx(2.2)
    # February: one story with an accusation, a threat and a seizure
    assert (feb["q3"], feb["q4"], feb["conflict"], feb["events"]) == (1, 1, 1, 3)
    assert feb["goldstein_mean"] == pytest.approx((-2.0 - 4.4 - 9.2) / 3)


def test_dyad_series_fills_quiet_periods_and_takes_intervals(client):
    year = get(client, "/api/dyads/kaz/rus", start="2022-01-01", end="2022-12-31")
    assert [p["period"] for p in year["series"]] == [f"2022-{m:02d}-01" for m in range(1, 13)]
    assert [p["conflict"] for p in year["series"]][3:5] == [2, 3]
    quarters = get(client, "/api/dyads/KAZ/RUS", interval="quarter", start="2022-01-01", end="2022-12-31")
    assert len(quarters["series"]) == 4
    assert sum(p["events"] for p in quarters["series"]) == sum(p["events"] for p in year["series"])
    weeks = get(client, "/api/dyads/KAZ/RUS", interval="week", **JAN_FEB)["series"]
    assert weeks[0]["period"] == "2023-01-09"  # a Monday


def test_dyad_direction_and_codes(client):
    both = get(client, "/api/dyads/KAZ/RUS", **JAN_FEB)["totals"]["events"]
    forward = get(client, "/api/dyads/KAZ/RUS", directed=True, **JAN_FEB)["totals"]["events"]
    backward = get(client, "/api/dyads/RUS/KAZ", directed=True, **JAN_FEB)["totals"]["events"]
    assert (forward, backward, both) == (1, 4, 5)
    by_code = get(client, "/api/dyads/KAZGOV/RUSGOV", **JAN_FEB)["totals"]
    assert by_code["events"] == 1 and by_code["q1"] == 1
    assert get(client, "/api/dyads/KAZ/USA", **JAN_FEB)["series"] == []


@pytest.mark.parametrize(("path", "params"), [
    ("/api/dyads/KAZ/RUS", {"interval": "fortnight"}),
    ("/api/dyads/K/RUS", {}),
    ("/api/dyads/KAZ/RU$", {}),
    ("/api/dyads/KAZ/RUS", {"start": "2023-05-01", "end": "2023-01-01"}),
    ("/api/dyads/KAZ/RUS", {"directed": "sideways"}),
])
def test_dyad_parameters_are_validated(client, path, params):
    problem(client, path, **params)


# ---------------------------------------------------------------- top lists

def test_top_actors(client):
    for by in ("events", "articles", "quotes"):
        page = get(client, "/api/top/actors", by=by, limit=20)
        rows = page["items"]
        assert page["total"] >= len(rows) > 0
        values = [r[by] for r in rows]
        assert values == sorted(values, reverse=True) and len(rows) <= 20
    quoted = get(client, "/api/top/actors", by="quotes", start="2022-01-01", end="2022-12-31", limit=2)["items"]
    assert [r["code"] for r in quoted] == ["KAZGOV", "RUSGOV"]
    assert quoted[0]["quotes"] == 18 and quoted[1]["quotes"] == 10
    problem(client, "/api/top/actors", by="fame")


def test_top_dyads(client):
    page = get(client, "/api/top/dyads", start="2022-01-01", end="2022-12-31")
    assert page["total"] == 2
    rows = page["items"]
    pairs = [(r["source"], r["target"]) for r in rows]
    assert pairs[:2] == [("RUS", "KAZ"), ("KAZ", "RUS")]
    assert rows[0]["stories"] == 28 and rows[0]["conflict"] == 10
    everything = get(client, "/api/top/dyads", limit=500)
    assert all(r["source"] != r["target"] for r in everything["items"])
    second = get(client, "/api/top/dyads", limit=1, offset=1)
    assert second["items"] == everything["items"][1:2] and second["total"] == everything["total"]
    problem(client, "/api/top/dyads", limit=1000)


# ---------------------------------------------------------------- escaping and headers

def test_script_in_title_is_json_data_and_escaped_html(client):
    assert get(client, "/api/articles/written-talks-apr")["title"] == SCRIPT_TITLE
    html = client.get("/articles/written-talks-apr").text
    assert "<script>window.__pwned" not in html
    assert "&lt;script&gt;window.__pwned = 1; alert(&#34;xss&#34;)&lt;/script&gt;" in html
    listing = client.get("/search", params={"q": "Ministers meet in Astana"}).text
    assert "<script>window" not in listing and "&lt;script&gt;window" in listing


def test_security_headers_on_every_answer(client):
    for path in ("/", "/api/events", "/static/app.js", "/api/articles/nope"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_no_ingest_over_http(client):
    for path in ("/api/articles", "/api/events", "/api/ingest", "/ingest"):
        assert client.post(path, json={"text": "x"}).status_code in (404, 405)
