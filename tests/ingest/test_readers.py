"""Each reader on real files written here: chosen by content, sources and meta as RECORD.md says."""

from __future__ import annotations

import gzip
import subprocess
import sys

from ingest_files import PAGE, jsonl_bytes, read_all, warc_bytes

from communique.model import RawDocument

TEXT = "date 2024-02-01 Close\nMinisters meet in Vienna\n\nVIENNA (Test Wire) - Austria and Hungary met.\n"


def test_plain_text_is_one_document_as_scraped(write):
    path = write("story.txt", TEXT.encode())
    (doc,) = read_all(path)
    assert isinstance(doc, RawDocument)
    assert (doc.kind, doc.source, doc.content, doc.meta["charset"]) == ("text", str(path), TEXT, "utf-8")


def test_html_is_recognised_by_content_not_by_name(write):
    (doc,) = read_all(write("page.txt", PAGE.encode()))
    assert doc.kind == "html" and doc.content == PAGE


def test_html_fragment_is_html_when_the_name_says_so(write):
    assert read_all(write("frag.html", b"<em>Ministers</em> met in Vienna."))[0].kind == "html"
    assert read_all(write("frag.txt", b"<em>Ministers</em> met in Vienna."))[0].kind == "text"


def test_jsonl_fields_id_and_line_sources(write):
    path = write("news.jsonl", jsonl_bytes([
        {"id": "x-1", "title": "T1", "date": "2024-01-01", "authors": ["A B"], "url": "https://e.org/1",
         "outlet": "Wire", "text": "Body one."},
        {"title": "T2", "published": "2024-01-02", "text": "Body two."},
    ]))
    one, two = read_all(path)
    assert (one.source, one.kind, one.content, one.url) == (f"{path}#x-1", "fields", "Body one.", "https://e.org/1")
    assert one.meta["title"] == "T1" and one.meta["authors"] == ["A B"] and one.meta["outlet"] == "Wire"
    assert one.meta["id"] == "x-1" and one.meta["date"] == "2024-01-01" and "text" not in one.meta
    assert (two.source, two.meta["published"]) == (f"{path}#2", "2024-01-02")


def test_warc_gz_reads_html_responses_and_passes_over_requests(write):
    path = write("crawl.warc.gz", warc_bytes([("https://e.org/a", "text/html; charset=utf-8", PAGE.encode())]))
    (doc,) = read_all(path)
    assert doc.kind == "html" and doc.content == PAGE
    assert doc.source == f"{path}#urn:uuid:00000000-0000-0000-0000-000000000000"
    assert doc.url == "https://e.org/a" and doc.meta["warc_date"] == "2024-01-02T03:04:05Z"


def test_uncompressed_warc_and_header_charset(write):
    body = "<html><body><p>Премьер-министр заявил.</p></body></html>".encode("cp1251")
    (doc,) = read_all(write("crawl.warc", warc_bytes([("https://e.org/r", "text/html; charset=windows-1251", body)],
                                                     compress=False)))
    assert "Премьер-министр" in doc.content and doc.meta["charset"] == "cp1251"


def test_non_html_warc_response_is_a_reject_with_a_reason(write):
    path = write("mixed.warc.gz", warc_bytes([("https://e.org/a", "text/html", PAGE.encode()),
                                              ("https://e.org/logo.png", "image/png", b"\x89PNG....")]))
    page, image = read_all(path)
    assert page.kind == "html"
    assert image.code == "ingest.not_html" and "image/png" in image.detail


def test_gzip_of_text_html_and_jsonl_is_unwrapped(write):
    text = read_all(write("a.txt.gz", gzip.compress(TEXT.encode())))[0]
    html = read_all(write("b.gz", gzip.compress(PAGE.encode())))[0]
    jsonl = read_all(write("c.jsonl.gz", jsonl_bytes([{"text": "x"}, {"text": "y"}], compress=True)))
    assert (text.kind, text.content) == ("text", TEXT)
    assert html.kind == "html"
    assert [d.content for d in jsonl] == ["x", "y"]


def test_folders_recursively_and_globs_in_stable_order(tmp_path, write):
    write("f/b.txt", b"Second story text.")
    write("f/a/deep.txt", b"Deep story text.")
    write("f/.hidden.txt", b"never read")
    write("f/README.md", b"notes, not news")
    sources = [d.source for d in read_all(tmp_path / "f")]
    assert sources == [str(tmp_path / "f/a/deep.txt"), str(tmp_path / "f/b.txt")]
    assert [d.source for d in read_all(tmp_path / "f" / "*.txt")] == [str(tmp_path / "f/b.txt")]
    assert [d.source for d in read_all(tmp_path / "f" / "**" / "*.txt")] == sources


def test_stdin_dash_is_sniffed_like_a_file():
    code = "from communique.ingest import read_inputs\nfor d in read_inputs(['-']): print(d.source, d.kind, d.content)"
    out = subprocess.run([sys.executable, "-c", code], input=b'{"id": "s1", "text": "From a pipe."}\n',
                         capture_output=True, check=True).stdout.decode()
    assert out.strip() == "<stdin>#s1 fields From a pipe."


def test_reading_is_lazy_and_memory_stays_flat(write):
    """Documents stream one at a time: tracemalloc's peak is far below the file's size."""
    import tracemalloc

    line = {"text": "Officials met to discuss trade. " * 60}
    path = write("big.jsonl", jsonl_bytes([{"id": f"n{i}", **line} for i in range(6000)]))
    assert path.stat().st_size > 10_000_000
    tracemalloc.start()
    count = sum(1 for _ in read_all.__globals__["read_inputs"]([str(path)]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 6000
    assert peak < 2_000_000, peak


def test_pretty_printed_json_object_or_list(write):
    import json

    one = read_all(write("one.json", json.dumps({"id": "j1", "text": "Ministers met."}, indent=2).encode()))
    many = read_all(write("many.json", json.dumps([{"text": "A."}, {"id": "j3", "text": "B."}], indent=1).encode()))
    assert [(d.source.rsplit("#")[1], d.content) for d in one + many] == [("j1", "Ministers met."), ("1", "A."), ("j3", "B.")]


def test_warc_payload_gzip_and_chunked_transfer_are_decoded(write):
    """Crawlers store the HTTP body as sent: gzip content-encoding and chunked transfer must be undone."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = gzip.compress(PAGE.encode())
    chunked = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    out = BytesIO()
    writer = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                                       ("Transfer-Encoding", "chunked")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://e.org/z", "response", payload=BytesIO(chunked),
                                                  http_headers=http))
    (doc,) = read_all(write("z.warc.gz", out.getvalue()))
    assert doc.content == PAGE
