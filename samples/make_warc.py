"""Write samples/crawl-sample.warc.gz: a tiny crawl of one fictional demo article.

The archive looks like Common Crawl's CC-NEWS: gzip per record, a request record (which
communique passes over) and the HTTP response with the HTML page. The article is fictional demo
text written for the communique project. Run: .venv/bin/python samples/make_warc.py
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

URL = "https://news.example.org/2024/07/02/demo-arctic-council"
DATE = "2024-07-02T08:15:00Z"
RECORD_IDS = ("<urn:uuid:6f1c2a3e-0d9b-4c57-9e1a-3b8f5d2c7a01>", "<urn:uuid:6f1c2a3e-0d9b-4c57-9e1a-3b8f5d2c7a02>")

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Norway and Canada call for Arctic Council to resume full work</title>
<meta name="description" content="Fictional demo article written for the communique project; the people and events are invented.">
<meta name="communique:fictional" content="true">
<meta name="author" content="Ingrid Solberg">
<meta property="article:published_time" content="2024-07-02T07:45:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Norway and Canada call for Arctic Council to resume full work</h1>
<p class="byline">By Ingrid Solberg</p>
<p>TROMSO, Norway (Demo Wire) - Norway and Canada on Tuesday called on the eight Arctic states to restore the full work of the Arctic Council, which has met only in limited form since 2022.</p>
<p>Norwegian Foreign Minister Erik Lunde and Canadian Foreign Minister Marie Tremblay signed a joint statement in Tromso pledging closer cooperation on search and rescue and on research into melting sea ice.</p>
<p>"The Arctic is changing faster than any other region, and we cannot afford to stop talking about it," Lunde said.</p>
<p>Tremblay said Canada would fund a new research station in Nunavut and invited scientists from all member states to use it.</p>
<p>Russia's ambassador to Norway criticised the statement, saying that the council could not work "while some members treat others as enemies."</p>
</article>
<footer>Fictional demo page.</footer>
</body></html>
"""


def write(path: Path) -> None:
    """One request record and one response record, each its own gzip member."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        request = StatusAndHeaders("GET /2024/07/02/demo-arctic-council HTTP/1.1",
                                   [("Host", "news.example.org"), ("User-Agent", "communique-demo")],
                                   is_http_request=True)
        writer.write_record(writer.create_warc_record(
            URL, "request", http_headers=request,
            warc_headers_dict={"WARC-Date": DATE, "WARC-Record-ID": RECORD_IDS[0]}))
        body = PAGE.encode("utf-8")
        response = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            URL, "response", payload=BytesIO(body), http_headers=response,
            warc_headers_dict={"WARC-Date": DATE, "WARC-Record-ID": RECORD_IDS[1],
                               "WARC-Comment": "Fictional demo article written for the communique project."}))


if __name__ == "__main__":
    write(Path(__file__).with_name("crawl-sample.warc.gz"))
