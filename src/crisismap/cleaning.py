"""Boilerplate stripping for plain text (trafilatura does this for HTML, we need it for text).

Scraped text arrives as paragraphs with the page's furniture glued on: comment forms,
newsletter boxes, share buttons, "You May Also Like" teasers, image captions, bylines,
author bios. The rules below are about the *kind* of line, never about one site, and
they lean one way: a body sentence must never be lost, so a line is stripped only when
it is short furniture, matches a known furniture pattern, or has the shape of a caption.

Passes, in order (each works on what the earlier ones kept):
1. page furniture: tail headings (everything after "You May Also Like", "Leave a Reply"
   ... is not the article, when at least half the text comes before them), share/follow/
   subscribe lines, comment forms, "READ: ..." teasers, shortcodes, copyright, credits,
   "By X" bylines, and repeats of an earlier paragraph (a title printed twice, pull quotes);
2. captions: photo credits "(Name/AFP via Getty Images)", "Pie chart of ...", alt text
   "... scene showcasing ...", "(R)"-style position marks, and sentence-case clauses of
   8-30 words with no closing punctuation and no quotes (body sentences end in one);
3. a bare person's name before the first body paragraph (a byline);
4. an author bio ("X is a renowned journalist ...") as the last paragraph;
5. a page counter after the title ("... jihadists? 1").
"""

from __future__ import annotations

import re
import unicodedata

_I = re.IGNORECASE

# Sentence-final punctuation, maybe followed by closing quotes or brackets.
_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s+[\"“«‘(]?[A-Z]")
_DOUBLE_QUOTES = re.compile(r"[\"“”«»„]")
_LIST_ITEM = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s")
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but newline, NBSP included

# Headings that start what follows the article: related stories, comments, author box.
_TAIL_HEADING = re.compile(
    r"(?:you (?:may|might) (?:also )?(?:like|enjoy)|(?:you )?may also (?:like|interest you)"
    r"|related(?: articles?| posts?| stories| news| content| reading| coverage| topics)?"
    r"|more (?:stories|news|articles|to read)(?: from .{1,40})?|more from .{1,40}"
    r"|recommended(?: for you| stories| articles| reading)?|editor[’']?s[’']? picks?|picks for you"
    r"|most (?:read|popular|viewed|shared|commented)(?: (?:posts|stories|articles|now|today))?"
    r"|popular (?:posts|stories|articles|now)|trending(?: now| stories| news)?"
    r"|latest (?:news|stories|posts|articles)|read next|up next|what to read next"
    r"|leave a (?:reply|comment)|\d+ (?:comments?|responses?|replies)|comments?(?: \(\d+\))?"
    r"|post navigation|about the author|join the conversation"
    r"|vous aimerez aussi|(?:à|a) lire (?:aussi|également)|sur le même sujet|articles? similaires"
    r"|dans la même rubrique|laisser un commentaire|(?:\d+ )?commentaires?)\s*[:.]?", _I)

_FURNITURE = [re.compile(p, _I) for p in (
    # share / social buttons, alone or in a row
    r"(?:(?:share|tweet|e-?mail|print|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit"
    r"|telegram|copy(?: the)? link|save|comments?|partager)(?: (?:this|on|via|the|article|story"
    r"|post|page))*\s*(?:[|•·,/:-]\s*)?)+",
    # interface text
    r"advertisement|advertising|sponsored(?: content)?|ad|publicité|annonce"
    r"|(?:story|article) continues below(?: (?:this )?advertisement)?|continue reading(?: below)?"
    r"|scroll (?:down )?to continue(?: with content)?|skip to (?:main )?content"
    r"|(?:loading|please wait)(?: now)?\s*(?:\.{3}|…)?|listen(?: to this (?:article|story))?"
    r"|\d+ min(?:ute)?s? read|reading time\s*:?.{0,20}|back to top|print this (?:article|page)",
    # comment forms
    r"your e-?mail address will not be published\..*|required fields are marked\s*\*"
    r"|(?:post|submit) (?:a )?comment|cancel reply|reply|log in to reply"
    r"|save my name, e-?mail, and website in this browser for the next time i comment\.?"
    r"|(?:name|e-?mail|website|comment)\s*\*?|notify me of (?:follow-up comments|new posts).*"
    r"|this site uses akismet to reduce spam\..*|you must be logged in to post a comment\.?"
    r"|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\..*"
    r"|les champs obligatoires sont indiqués avec\s*\*",
    # shortcodes ([mc4wp_form id="206"]) and bare links
    r"(?:\[/?[a-z][\w-]*(?:\s[^\]]*)?\]\s*)+|(?:https?://|www\.)\S+",
    # source lines: "Source", "Original Source: www.inkl.com", "Via: Reuters"
    r"(?:original )?sources?(?:\s*:\s*\S+(?:\s+\S+){0,5})?|via\s*:\s*\S+(?:\s+\S+){0,3}",
    # wire credit alone: "AP", "(AFP)", "With Reuters"
    r"\(?(?:with )?(?:AP|AFP|Reuters|Associated Press|Agence France-Presse|Xinhua|Anadolu(?: Agency)?"
    r"|dpa|UPI|EFE|TASS|APA|avec AFP)\)?",
)]

_FURNITURE_CHARS = 400  # furniture is short; longer paragraphs are never tested for it
# Short lines (at most _SHORT words) that start like furniture.
_SHORT = 15
_FURNITURE_START = re.compile(
    r"(?:follow (?:us|@\w+|[\w.]+(?: [\w.]+)?) on\b|like us on\b|find us on\b"
    r"|join (?:us|our)\b.*\b(?:telegram|whatsapp|channel|newsletter|facebook|community|list)"
    r"|download (?:our|the) (?:free )?app|click here\b|tap here\b|subscribe\b|sign up\b|signup\b"
    r"|get (?:our|the) .{0,30}newsletter|enter your e-?mail|abonnez-vous|inscrivez-vous"
    r"|don[’']?t miss\b|ne manquez pas\b|(?:tags|filed under|topics|categories|catégories)\s*:)", _I)
_NEWSLETTER = re.compile(r"\bnewsletters?\b|\bmailing list\b|\binbox\b", _I)
_COPYRIGHT = re.compile(r"©|\(c\) \d{4}|^copyright\b.*\d{4}|\ball rights reserved\b|tous droits réservés", _I)
# Teaser links: "READ: Mali: UN mission pulls out", "Related: ...", "Lire aussi : ..."
_TEASER = re.compile(
    r"(?:read|read also|also read|read more|more|see also|related|watch|video|listen|recommended"
    r"|lire aussi|(?:à|a) lire (?:aussi|également)|lire également|voir aussi)\s*:\s*\S", _I)

_CAP = "A-ZÀ-ÖØ-Þ"
_PARTICLE = r"(?:de|da|del|van|von|der|bin|al|el|le|la|du)\s+"
_NAME = rf"[{_CAP}][\w’'.-]*(?:\s+(?:{_PARTICLE})?[{_CAP}][\w’'.-]*){{1,3}}"  # 2-4 capitalised words
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&|et)\s+{_NAME})*"
# "Reporting by Jane Doe in Bamako; Editing by John Smith" (wire trailers)
_CREDIT = (rf"(?i:(?:additional )?(?:reporting|writing|editing|compiled) by)\s+{_NAMES}"
           rf"(?:\s+in\s+[{_CAP}][\w-]*)?")
_OUTLET = rf"(?:\s*[,|–—-]\s*(?:[{_CAP}][\w.'’-]*\s*){{1,5}})"  # "By Jane Doe, Reuters"
_BYLINE = re.compile(
    rf"(?i:by|par|written by|words by|story by)\s+{_NAMES}{_OUTLET}?\.?"
    rf"|{_CREDIT}(?:\s*[;,]\s*{_CREDIT})*\.?")
_BARE_NAME = re.compile(rf"{_NAME}")

# Captions
_PHOTO_CREDIT = re.compile(
    r"\((?:[^()]*\w\s*/\s*\w[^()]*|[^()]*\b(?:getty|shutterstock|alamy|photo|image|credit"
    r"|courtesy|file picture|handout)\b[^()]*)\)$", _I)
_CREDIT_PREFIX = re.compile(r"(?:photo|photograph|image|picture|credit|photo credit|image credit|caption"
                            r"|file photo)s?\s*[:|]\s*\S", _I)
_VISUAL_START = re.compile(
    r"(?:(?:pie|bar|line|area|column)\s+)?(?:chart|graph|graphic|infographic|map|photo|photograph"
    r"|image|picture|illustration|screenshot|video|file photo|satellite image(?:ry)?)s?"
    r"\s+(?:of|showing|shows|depicting|illustrating)\b", _I)
_ALT_TEXT = re.compile(
    r"^[\w ,'’-]{0,80}?\b(?:scene|image|photo|photograph|picture|illustration|view|shot|depiction"
    r"|graphic|artwork|rendering|visual)s?\s+(?:showcasing|showing|depicting|featuring|illustrating"
    r"|highlighting|capturing)\b", _I)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would|could|can|did"
                          r"|does|do|told|tells)\b", _I)
_POSITION_MARK = re.compile(r"\((?:L|R|C|left|right|cent(?:re|er)|pictured|top|bottom|front"
                            r"|(?:second|third) (?:left|right|from (?:left|right))|in [\w ]{1,20})\)")

_BIO = re.compile(
    rf"^{_NAME}(?:,[^,]{{1,80}},)?\s+(?:is|was|has been|has worked as|works as|writes|covers|reports)\b")
_BIO_WORDS = re.compile(r"\b(?:journalist|reporter|writer|editor|correspondent|author|contributor"
                        r"|columnist|freelancer?|blogger|commentator)s?\b", _I)
_TITLE_COUNTER = re.compile(r"^(?P<title>.{10,200}?[?!.…\"”’)])\s+(?P<n>\d{1,3})$")


def clean_text(text: str) -> tuple[str, list[str]]:
    """Strip boilerplate from scraped plain text.

    Returns the clean text (NFC, paragraphs separated by one blank line) and the pieces
    stripped, in the order they appeared.
    """
    units = split_paragraphs(text)
    kept = [True] * len(units)
    _mark_furniture(units, kept)
    _mark_captions(units, kept)
    _mark_head_byline(units, kept)
    _mark_tail_bio(units, kept)
    stripped = [u for u, k in zip(units, kept, strict=True) if not k]
    title_at = next((i for i, k in enumerate(kept) if k), None)
    if title_at is not None and (m := _TITLE_COUNTER.match(units[title_at])):
        units[title_at] = m["title"]
        stripped.insert(sum(1 for k in kept[:title_at] if not k), m["n"])
    return "\n\n".join(u for u, k in zip(units, kept, strict=True) if k), stripped


def split_paragraphs(text: str) -> list[str]:
    """Normalise (NFC, spaces, line ends) and split into paragraphs.

    Blank lines separate paragraphs; inside a block each line is a paragraph too (many
    scrapes put one paragraph per line), unless the block is hard-wrapped or a line
    clearly runs on into the next (no closing punctuation, next starts in lower case).
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", _ZERO_WIDTH.sub("", text))
    units: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if _hard_wrapped(lines):
            units.append(" ".join(lines))
            continue
        current = lines[0]
        for line in lines[1:]:
            if not _ENDS_SENTENCE.search(current) and line[0].islower():
                current += " " + line
            else:
                units.append(current)
                current = line
        units.append(current)
    return units


def _hard_wrapped(lines: list[str]) -> bool:
    # Text wrapped at a fixed width: lines of nearly the same length, mostly cut mid-sentence.
    if len(lines) < 3:
        return False
    body = lines[:-1]
    width = max(len(line) for line in body)
    if width > 100:
        return False
    full = sum(1 for line in body if len(line) >= 0.7 * width)
    open_ended = sum(1 for line in body if not _ENDS_SENTENCE.search(line))
    return full >= 0.6 * len(body) and open_ended >= 0.5 * len(body)


def _words(unit: str) -> int:
    return len(unit.split())


def _key(unit: str) -> str:
    return re.sub(r"\W+", " ", unit.casefold()).strip()


def _is_furniture(unit: str) -> bool:
    if len(unit) > _FURNITURE_CHARS:
        return False
    if any(p.fullmatch(unit) for p in _FURNITURE):
        return True
    words = _words(unit)
    if words <= _SHORT and (_FURNITURE_START.match(unit) or _NEWSLETTER.search(unit) and words <= 12):
        return True
    if words <= 25 and (_COPYRIGHT.search(unit) or _TEASER.match(unit)):
        return True
    return words <= 30 and bool(_BYLINE.fullmatch(unit))


def _mark_furniture(units: list[str], kept: list[bool]) -> None:
    sizes = [len(u) for u in units]
    seen: set[str] = set()
    for i, unit in enumerate(units):
        if not kept[i]:
            continue
        if _TAIL_HEADING.fullmatch(unit):
            kept[i] = False
            # Late in the text it ends the article; early it is a sidebar scraped first.
            if sum(sizes[:i]) >= sum(sizes[i + 1:]):
                kept[i:] = [False] * (len(units) - i)
                return
            continue
        key = _key(unit)
        if _is_furniture(unit) or (key and key in seen):
            kept[i] = False
        seen.add(key)


def _is_caption(unit: str) -> bool:
    words = _words(unit)
    if words > 60:
        return False
    if _PHOTO_CREDIT.search(unit) or (_CREDIT_PREFIX.match(unit) and words <= 25):
        return True
    open_ended = not _ENDS_SENTENCE.search(unit)
    if open_ended and words <= 30 and _VISUAL_START.match(unit):
        return True
    if words <= 40 and _ALT_TEXT.match(unit) and not _FINITE_VERB.search(unit):
        return True
    if open_ended and words <= 40 and _POSITION_MARK.search(unit):
        return True
    # A sentence-case clause without closing punctuation: body text ends in some.
    return (open_ended and 8 <= words <= 30 and not _DOUBLE_QUOTES.search(unit)
            and not _INNER_SENTENCE_END.search(unit) and not _LIST_ITEM.match(unit)
            and not _title_case(unit))


def _title_case(unit: str) -> bool:
    long_words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", unit) if len(w) >= 4]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _mark_captions(units: list[str], kept: list[bool]) -> None:
    first = True
    for i, unit in enumerate(units):
        if kept[i]:
            if not first and _is_caption(unit):
                kept[i] = False
            first = False


def _is_prose(unit: str) -> bool:
    return _words(unit) >= 12 and bool(_ENDS_SENTENCE.search(unit) or _INNER_SENTENCE_END.search(unit))


def _mark_head_byline(units: list[str], kept: list[bool]) -> None:
    # Before the first body paragraph, a line that is only a name is the author's.
    live = [i for i, k in enumerate(kept) if k]
    for i in live[1:]:
        if _is_prose(units[i]):
            return
        if _words(units[i]) <= 5 and _BARE_NAME.fullmatch(units[i]) and not _TAIL_HEADING.fullmatch(units[i]):
            kept[i] = False


def _mark_tail_bio(units: list[str], kept: list[bool]) -> None:
    live = [i for i, k in enumerate(kept) if k]
    for i in reversed(live[-2:]):
        unit = units[i]
        if _words(unit) <= 120 and _BIO.match(unit) and _BIO_WORDS.search(unit[:200]):
            kept[i] = False
