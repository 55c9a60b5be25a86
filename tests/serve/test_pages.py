"""Dashboard pages as HTML (real app, real database), the CLI commands, and the article segmenter.

What a person sees in a browser is checked in test_browser.py; here: every page answers, takes
the API's parameters with the same 4xx, and carries nothing from outside this server.
"""

from __future__ import annotations

import re

import pytest

from communique.serve.highlight import segments

PAGES = ["/", "/search?q=Orenburg", "/articles/written-trains-feb", "/events", "/events?root=04&source=KAZ",
         "/dyad", "/dyad?a=KAZ&b=RUS", "/dyad?a=KAZ&b=RUS&interval=quarter&period=2022-04-01",
         "/speaker?speaker=Pavel+Orlov", "/speaker?speaker_code=KAZGOV&interval=quarter", "/network", "/docs"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_local_assets_only(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assets = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/static/") for a in assets), assets
    assert "cdn" not in html.lower()


def test_static_assets_are_served(client):
    for name in ("app.css", "app.js", "favicon.svg"):
        assert client.get(f"/static/{name}").status_code == 200


@pytest.mark.parametrize(("path", "status", "words"), [
    ("/events?root=99", 422, "root"),
    ("/events?quad_class=7", 422, "quad_class"),
    ("/dyad?a=KAZ", 400, "two actors"),
    ("/dyad?a=KAZ&b=RUS&interval=fortnight", 422, "interval"),
    ("/speaker", 400, "speaker"),
    ("/articles/no-such-article", 404, "no-such-article"),
    ("/search?start=2023-02-30", 422, "start"),
    ("/network?limit=1", 422, "limit"),
])
def test_page_errors_say_what_is_wrong(client, path, status, words):
    response = client.get(path)
    assert response.status_code == status
    assert words in re.search(r'id="error-message">([^<]*)<', response.text).group(1)


def test_error_pages_escape_what_was_sent(client):
    response = client.get("/articles/<img src=x onerror=alert(1)>")
    assert response.status_code == 404
    assert "<img src=x" not in response.text and "&lt;img src=x" in response.text


def test_dyad_page_lists_the_events_behind_a_point(client):
    html = client.get("/dyad?a=KAZ&b=RUS&period=2023-02-01").text
    assert "Events of the month starting 2023-02-01" in html
    assert html.count('data-event-link=') == 3
    assert "Russia seized three Kazakh trucks near Orenburg" in html
    assert 'href="?a=KAZ&amp;b=RUS&amp;interval=month&amp;period=2023-02-01#events"' in html


def test_chart_has_axes_legend_and_dates(client):
    html = client.get("/dyad?a=KAZ&b=RUS&start=2022-01-01&end=2022-12-31").text
    for text in ("Stories per month", "Month", "Cooperation (quad classes 1-2)", "Conflict (quad classes 3-4)",
                 "Mean Goldstein score (-10 most conflictual, +10 most cooperative)", "Jan 2022", "Dec 2022"):
        assert text in html, text


def test_network_draws_the_most_active_dyads(client):
    html = client.get("/network?start=2022-01-01&end=2022-12-31").text
    assert html.count('class="edge ') == 2 and 'href="/dyad?a=RUS&amp;b=KAZ"' in html
    assert re.search(r'<text class="node-label"[^>]*>KAZ</text>', html)


def test_segments_cover_the_text_exactly_once(client):
    article = client.get("/api/articles/written-talks-jan").json()
    pieces = segments(article)
    assert "".join(p.text for p in pieces) == article["text"]
    for event in article["events"]:
        covered = "".join(p.text for p in pieces if event["idx"] in p.events)
        assert covered == event["sentence"]
    mentions = [p.text for p in pieces if "A2" in p.actors]
    assert mentions == ["Pavel Orlov", "Orlov"]


def run_cli(*args: str):
    """The real `communique` command, in-process (spaCy-free commands need no subprocess)."""
    from click.testing import CliRunner

    from communique.cli import cli

    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_serve_get_answers_one_request_without_a_server(serve_db):
    done = run_cli("serve", "--db", str(serve_db), "--get", "/api/dyads/KAZ/RUS?start=2023-01-01&end=2023-02-28")
    assert done.exit_code == 0, done.stderr
    assert '"q4":1' in done.stdout and done.stdout.endswith("\n")
    bad = run_cli("serve", "--db", str(serve_db), "--get", "/api/events?quad_class=9")
    assert bad.exit_code == 1 and "quad_class" in bad.stdout and "422" in bad.stderr
    missing = run_cli("serve", "--db", str(serve_db.parent / "absent.duckdb"), "--get", "/api")
    assert missing.exit_code == 1 and "no database at" in missing.stderr


def test_serve_refuses_a_bad_port(serve_db):
    assert run_cli("serve", "--db", str(serve_db), "--port", "70000").exit_code == 2


def test_plot_dyad_writes_an_image(serve_db, tmp_path):
    out = tmp_path / "dyad.png"
    done = run_cli("plot", "dyad", "KAZ", "RUS", "--db", str(serve_db), "--out", str(out),
                   "--start", "2022-01-01", "--end", "2022-12-31")
    assert done.exit_code == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000
    assert "12 months" in done.stderr and "10 conflict" in done.stderr
    none = run_cli("plot", "dyad", "KAZ", "ATA", "--db", str(serve_db), "--out", str(tmp_path / "x.png"))
    assert none.exit_code == 1 and "no events between KAZ and ATA" in none.stderr
    bad = run_cli("plot", "dyad", "K", "RUS", "--db", str(serve_db), "--out", str(tmp_path / "x.png"))
    assert bad.exit_code == 2


def test_serve_command_listens_on_loopback_and_answers(serve_db):
    """`communique serve` as a user starts it: a real process, a real port on 127.0.0.1."""
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", str(serve_db),
                               "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        deadline, answer = time.monotonic() + 60, None
        while answer is None and time.monotonic() < deadline and server.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/articles/written-trains-feb", timeout=2)
            except httpx.HTTPError:
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200, "server did not answer"
        assert answer.json()["title"] == "Russia accuses Kazakhstan over idle trains"
    finally:
        server.terminate()
        _out, err = server.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in err and "read-only" in err


def test_only_loopback_counts_as_loopback():
    from communique.cli.serve import _is_loopback

    assert _is_loopback("127.0.0.1") and _is_loopback("::1") and _is_loopback("localhost")
    assert not _is_loopback("0.0.0.0") and not _is_loopback("192.168.1.5") and not _is_loopback("example.org")


def test_threads_option_caps_duckdb_threads(serve_db):
    from communique.serve import create_app

    app = create_app(serve_db, threads=1)
    try:
        assert app.state.db.scalar("SELECT current_setting('threads')") == 1
    finally:
        app.state.db.close()


def test_a_file_that_is_not_a_communique_database_is_refused(tmp_path):
    import duckdb

    from communique.errors import StoreError
    from communique.serve import create_app

    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INTEGER)").close()
    with pytest.raises(StoreError, match="not a communique database"):
        create_app(other)
    with pytest.raises(StoreError, match="no database at"):
        create_app(tmp_path / "absent.duckdb")
