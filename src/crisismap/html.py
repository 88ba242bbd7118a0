"""Saved web pages to article text and page metadata, with trafilatura.

trafilatura's default (balanced) mode is used: on our test pages favor_precision and
favor_recall kept the same body, and the default is what trafilatura is tuned for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import trafilatura

from .errors import InputError

# htmldate's "extensive" search reads dates out of the body text; we only want what the
# page declares (meta tags, <time>, URL), so "metadata" means metadata. Text dates are
# pubdate.py's job and are labelled "inferred".
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# trafilatura falls back to any text on the page ("Home About"): fewer words is no article.
MIN_WORDS = 10


@dataclass
class PageMetadata:
    """What the page says about itself; any field may be None."""

    title: str | None = None
    published: dt.date | None = None
    source: str | None = None  # site name, else host name
    url: str | None = None


def html_to_text(html: str, origin: str) -> tuple[str, PageMetadata]:
    """Extract the article body (paragraphs separated by blank lines) and page metadata.

    Comments and tables are left out. Raises InputError when the page has no article text
    (nothing, or fewer than MIN_WORDS words: a menu, a cookie notice).
    """
    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True,
        date_extraction_params={**_DATE_PARAMS, "max_date": dt.date.today().isoformat()},
    )
    text = _paragraphs(doc.text) if doc is not None and doc.text else ""
    if len(text.split()) < MIN_WORDS:
        raise InputError(origin, "no article text found in the page")
    meta = PageMetadata(
        title=_clean(doc.title),
        published=_date(doc.date),
        source=_clean(doc.sitename) or _clean(doc.hostname),
        url=_clean(doc.url),
    )
    return text, meta


def _paragraphs(text: str) -> str:
    # trafilatura puts one block per line; the rest of crisismap separates paragraphs
    # with a blank line.
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
