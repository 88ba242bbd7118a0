"""Source readers (files, folders, encodings, JSONL) and HTML page extraction."""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
import time

import pytest

from crisismap import readers
from crisismap.errors import InputError
from crisismap.html import PageMetadata, html_to_text
from crisismap.models import RawDocument
from crisismap.readers import MAX_BYTES, decode_bytes, read_inputs

BODY = "Gunmen killed 12 civilians near Mopti on Sunday, officials said."


def _read(*paths, **kw):
    return list(read_inputs(list(paths), **kw))


def _docs(items):
    return [x for x in items if isinstance(x, RawDocument)]


def _errors(items):
    return [x for x in items if isinstance(x, InputError)]


# --- files and folders ----------------------------------------------------------------------

def test_plain_text_markdown_and_html(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\n" + BODY, encoding="utf-8")
    (tmp_path / "c.HTML").write_text(f"<html><body><p>{BODY}</p></body></html>", encoding="utf-8")
    items = _read(tmp_path)
    assert [(pathlib.Path(d.origin).name, d.is_html) for d in items] == [
        ("a.txt", False), ("b.md", False), ("c.HTML", True)]
    assert items[0].text == BODY and items[2].text.startswith("<html>")


def test_folders_walk_sorted_recursive_skipping_hidden_and_unknown(tmp_path):
    for rel in ["b/z.txt", "b/a.txt", "a.txt", "c/d/e.md", ".hidden.txt", ".git/x.txt", "notes.pdf",
                "img.png", "b/.cache/y.txt"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(BODY, encoding="utf-8")
    items = _read(tmp_path)
    assert not _errors(items)
    assert [pathlib.Path(d.origin).relative_to(tmp_path).as_posix() for d in items] == [
        "a.txt", "b/a.txt", "b/z.txt", "c/d/e.md"]


def test_explicit_unknown_extension_is_an_error(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "ok.txt").write_text(BODY, encoding="utf-8")
    items = _read(tmp_path / "report.pdf", tmp_path / "ok.txt")
    assert isinstance(items[0], InputError) and "report.pdf" in str(items[0])
    assert "unsupported file type '.pdf'" in str(items[0]) and ".jsonl" in str(items[0])
    assert isinstance(items[1], RawDocument)


def test_missing_path_is_an_error_and_the_batch_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text(BODY, encoding="utf-8")
    items = _read(tmp_path / "nope.txt", tmp_path / "ok.txt")
    assert isinstance(items[0], InputError)
    assert str(items[0]) == f"{tmp_path / 'nope.txt'}: no such file or directory"
    assert items[1].text == BODY


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlink_loop_ends(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert len(_docs(_read(tmp_path))) == 1


# --- bad files --------------------------------------------------------------------------------

def test_binary_file_with_nul_bytes(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [err] = _read(path)
    assert isinstance(err, InputError) and err.origin == str(path)
    assert "binary" in err.reason


def test_binary_file_without_nul_bytes(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 256)) * 20)
    [err] = _read(path)
    assert isinstance(err, InputError) and "binary" in err.reason


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"), (b" \n\t\n", "no text (only whitespace)")])
def test_empty_files(tmp_path, content, message):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    [err] = _read(path)
    assert isinstance(err, InputError) and message in str(err) and str(path) in str(err)


def test_file_over_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 200, encoding="utf-8")
    [err] = _read(path, max_bytes=100)
    assert isinstance(err, InputError) and "200 bytes is over the 100-byte limit" in err.reason


def test_huge_page_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.html"
    with path.open("wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(50 * 1024 * 1024)
    opened = []
    real_open = pathlib.Path.open
    monkeypatch.setattr(pathlib.Path, "open",
                        lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    start = time.perf_counter()
    [err] = _read(path)
    assert time.perf_counter() - start < 0.5
    assert isinstance(err, InputError) and f"over the {MAX_BYTES:,}-byte limit" in err.reason
    assert opened == []


def test_default_limit_is_5_mb():
    assert MAX_BYTES == 5 * 1024 * 1024


def test_unreadable_file(tmp_path):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("permissions are not enforced for root or on this platform")
    path = tmp_path / "secret.txt"
    path.write_text(BODY, encoding="utf-8")
    path.chmod(0)
    [err] = _read(path)
    assert isinstance(err, InputError) and "cannot read" in err.reason


# --- encodings -------------------------------------------------------------------------------

TEXT = "Côte d’Ivoire: 3 soldats tués — « attaque » à Tombouctou."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with its BOM, little-endian here
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-32"),
    TEXT.encode("cp1252"),
])
def test_encodings(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [doc] = _read(path)
    assert doc.text == TEXT


def test_latin1_when_not_cp1252():
    # 0x81 is undefined in cp1252: latin-1 still decodes it, and the rest is text.
    data = ("Tombouctou, " * 20).encode("latin-1") + b"\x81" + "été".encode("latin-1")
    assert decode_bytes(data).endswith("\x81été")


def test_utf16_without_bom_is_refused_with_advice():
    with pytest.raises(ValueError, match="re-save it as UTF-8"):
        decode_bytes(TEXT.encode("utf-16-le"))


def test_html_declared_charset_used_when_not_utf8():
    page = '<html><head><meta charset="koi8-r"></head><body>Бамако</body></html>'
    assert decode_bytes(page.encode("koi8-r"), html=True) == page
    # Valid UTF-8 wins over a wrong declaration, the most common mislabel.
    page = '<meta charset="iso-8859-1"><p>Ségou</p>'
    assert decode_bytes(page.encode("utf-8"), html=True) == page


# --- JSONL -----------------------------------------------------------------------------------

def _jsonl(tmp_path, *lines: str, name="batch.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_fields(tmp_path):
    path = _jsonl(tmp_path,
                  json.dumps({"text": BODY, "title": "Attack", "url": "https://x.example/a", "source": "X",
                              "published": "2024-06-07"}),
                  json.dumps({"text": "Second article."}))
    first, second = _read(path)
    assert first == RawDocument(origin=f"{path}:1", text=BODY, title="Attack", url="https://x.example/a",
                                source="X", published=dt.date(2024, 6, 7))
    assert second.origin == f"{path}:2" and second.title is None and second.published is None


def test_jsonl_malformed_lines_are_errors_and_the_rest_comes_through(tmp_path):
    path = _jsonl(
        tmp_path,
        json.dumps({"text": "one"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "  "}),
        json.dumps({"text": 42}),
        json.dumps({"text": "bad date", "published": "07/06/2024"}),
        json.dumps({"text": "impossible date", "published": "2024-02-30"}),
        json.dumps({"text": "bad title", "title": ["x"]}),
        "[1, 2]",
        "",
        json.dumps({"text": "ten"}),
    )
    items = _read(path)
    assert [d.text for d in _docs(items)] == ["one", "ten"]
    assert [d.origin for d in _docs(items)] == [f"{path}:1", f"{path}:11"]
    errors = _errors(items)
    assert [e.origin for e in errors] == [f"{path}:{n}" for n in range(2, 10)]
    reasons = [e.reason for e in errors]
    assert reasons[0].startswith("bad JSON")
    assert '"text" is missing' in reasons[1] and '"text" is empty' in reasons[2]
    assert '"text" is not a string' in reasons[3]
    assert "YYYY-MM-DD" in reasons[4] and "'07/06/2024'" in reasons[4] and "YYYY-MM-DD" in reasons[5]
    assert '"title" must be a string' in reasons[6] and "JSON object" in reasons[7]


def test_jsonl_line_over_the_limit(tmp_path):
    path = _jsonl(tmp_path, json.dumps({"text": "x" * 500}), json.dumps({"text": "short"}))
    first, second = _read(path, max_bytes=100)
    assert isinstance(first, InputError) and first.origin == f"{path}:1" and "100-byte limit" in first.reason
    assert second.text == "short" and second.origin == f"{path}:2"


def test_jsonl_bom_and_undecodable_line(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "one"}).encode() + b'\n{"text": "\xff"}\n')
    first, second = _read(path)
    assert first.text == "one"
    assert isinstance(second, InputError) and "not UTF-8" in second.reason


def test_jsonl_empty_file(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    [err] = _read(path)
    assert isinstance(err, InputError) and "no JSON lines" in err.reason


def test_read_file_never_raises_on_oserror(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")

    def boom(*a, **k):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(readers, "_read_bytes", boom)
    [err] = _read(path)
    assert isinstance(err, InputError) and "Input/output error" in err.reason


# --- HTML pages ------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Wagner exits Mali | The Sahel Post</title>
<meta property="og:title" content="Wagner exits Mali as Africa Corps takes over">
<meta property="og:site_name" content="The Sahel Post">
<meta property="og:url" content="https://sahelpost.example/2024/06/wagner-exits-mali">
<meta property="article:published_time" content="2024-06-07T10:00:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/africa">Africa</a> <a href="/world">World</a></nav></header>
<main><article><h1>Wagner exits Mali as Africa Corps takes over</h1>
<p>The paramilitary group Wagner has officially exited Mali, with its operations and personnel handed
over to Africa Corps, another Russian military group that reports directly to the Kremlin.</p>
<p>Mali, along with its neighbors Burkina Faso and Niger, has faced an insurgency involving groups
associated with al-Qaida and the Islamic State for over a decade.</p>
<table><tr><td>Fatalities table cell</td></tr></table>
<p>In summary, Wagner’s withdrawal from Mali has transitioned control to Africa Corps.</p>
</article>
<aside><h3>Related articles</h3><ul><li><a href="/a">Ten celebrities with big ears</a></li></ul></aside>
<section id="comments"><h3>3 Comments</h3><div class="comment"><p>Great article, thanks! Everyone
should read this about Mali.</p></div></section></main>
<footer><p>© 2024 The Sahel Post. All rights reserved.</p></footer></body></html>"""


def test_html_to_text_body_and_metadata():
    text, meta = html_to_text(PAGE, "page.html")
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Wagner exits Mali as Africa Corps takes over"
    assert paragraphs[1].startswith("The paramilitary group Wagner has officially exited Mali")
    assert paragraphs[-1] == ("In summary, Wagner’s withdrawal from Mali has transitioned control to "
                              "Africa Corps.")
    for junk in ("Home", "celebrities", "Great article", "All rights reserved", "Fatalities table cell"):
        assert junk not in text
    assert meta == PageMetadata(title="Wagner exits Mali as Africa Corps takes over",
                                published=dt.date(2024, 6, 7), source="The Sahel Post",
                                url="https://sahelpost.example/2024/06/wagner-exits-mali")


def test_html_date_only_in_the_text_is_not_metadata():
    page = ("<html><body><article><p>On Feb. 17, 2022, France and allied nations announced that they "
            "were withdrawing troops from Mali due to a breakdown in relations with the ruling junta, and "
            "the last soldiers left the country in August.</p></article></body></html>")
    text, meta = html_to_text(page, "p.html")
    assert text.startswith("On Feb. 17, 2022") and meta.published is None


@pytest.mark.parametrize("page", [
    "<html><body><nav><a href='/'>Home</a></nav></body></html>", "", "   ",
    "<html><body><div id='cookie'>We use cookies.</div><nav><a href='/'>Home</a> <a href='/b'>About</a>"
    "</nav></body></html>",
])
def test_html_without_article_text(page):
    with pytest.raises(InputError, match="p.html: no article text found in the page"):
        html_to_text(page, "p.html")
