"""Name forms: ASCII folding as ACLED writes names, match keys, spelling-variant keys."""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters NFKD does not decompose into ASCII.
_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                        "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ɔ": "o", "Ɔ": "O", "ɛ": "e", "Ɛ": "E",
                        "ŋ": "ng", "Ŋ": "Ng", "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'"})
_ADMIN_PREFIX = re.compile(
    r"^(?:cercle|r[ée]gion|province|pr[ée]fecture|d[ée]partement|department|district|sous-pr[ée]fecture|"
    r"commune|municipality|governorate|circle)\s*(?:de la |du |des |de l'\s*|d'\s*|de |of )?", re.I)
_ADMIN_SUFFIX = re.compile(
    r"\s+(?:region|r[ée]gion|cercle|circle|province|prefecture|pr[ée]fecture|department|d[ée]partement|"
    r"district|governorate|municipality|state)$", re.I)
# Query words that say which admin level is meant ("the Mopti region", "cercle de Macina").
LEVEL_WORDS = {"region": "admin1", "région": "admin1", "cercle": "admin2",
               "circle": "admin2", "province": "admin2", "prefecture": "admin2", "préfecture": "admin2",
               "department": "admin2", "département": "admin2", "commune": "admin3"}
_LEVEL_RE = re.compile(
    rf"^(?:the\s+|la\s+|le\s+)?(?:(?P<pre>{'|'.join(LEVEL_WORDS)})\s+(?:of\s+|de\s+la\s+|du\s+|de\s+l['’]\s*|"
    rf"d['’]\s*|de\s+)?)?(?P<name>.+?)(?:\s+(?P<post>{'|'.join(LEVEL_WORDS)}))?$", re.I)
# Where ACLED spells an admin area otherwise than GeoNames (French names, older spellings).
ACLED_ADMIN = {("BF", "highbasins"): "Hauts-Bassins", ("BF", "southwest"): "Sud-Ouest",
               ("BF", "komandjoari"): "Komondjari", ("ML", "baroueli"): "Baraoueli",
               ("ML", "tinessako"): "Tin-Essako"}


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_NOT_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u0300-\u036f\u2018-\u201f]")


def ascii_name(name: str) -> str:
    """'Ségou' -> 'Segou', 'Cercle d’ Abeïbara' -> "Cercle d' Abeibara": ACLED's ASCII spelling.
    Names in other scripts keep their non-Latin letters (see key())."""
    if not name.isascii():
        name = _COMBINING.sub("", unicodedata.normalize("NFKD", name.translate(_EXTRA)))
    return " ".join(name.split())


def key(name: str) -> str:
    """Exact-match key: folded, lower case, letters and digits only ('Kani-Kombolé' == 'Kani Kombole');
    "" for a name in another script, which would fold to nothing useful."""
    if _NOT_LATIN.search(name):
        return ""
    text = ascii_name(name).lower()
    return _NOT_ALNUM.sub("", text) if text.isascii() else ""


_SOUNDS = [("tch", "ch"), ("sch", "sh"), ("ch", "sh"), ("dj", "j"), ("ou", "u"), ("oo", "u"), ("w", "u"),
           ("ph", "f"), ("ck", "k"), ("qu", "k"), ("q", "k"), ("ce", "se"), ("ci", "si"), ("c", "k"),
           ("y", "i"), ("gh", "g"), ("kh", "k")]


def sound(k: str) -> str:
    """Spelling-variant key of a `key()`: French/English transcriptions of one name agree
    ('Mourra' == 'Moura', 'Coura' == 'Koura', 'Diabaly' == 'Diabali', 'Ouagadougou' == 'Wagadugu')."""
    for a, b in _SOUNDS:
        k = k.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", k)


_TAMASHEQ_PREFIX = re.compile(r"^t?in(?=.{4})")


def stem(sound_key: str) -> str:
    """A `sound()` key without a Tamasheq "In-"/"Tin-" prefix, which begins hundreds of names:
    fuzzy matching compares what follows it."""
    return _TAMASHEQ_PREFIX.sub("", sound_key)


def admin_name(name: str) -> str:
    """An admin area's name as ACLED writes it: 'Mopti Region' -> 'Mopti', 'Cercle de Ménaka' -> 'Menaka'."""
    text = ascii_name(name)
    m = re.fullmatch(r"Commune (\d{1,2})", text)
    if m:  # Bamako's communes: ACLED writes "Commune III"
        return "Commune " + _roman(int(m.group(1)))
    stripped = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", text)).strip(" '")
    return stripped or text


def _roman(n: int) -> str:
    tens, units = divmod(n, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


@functools.lru_cache(maxsize=65536)
def acled_admin(iso2: str, name: str) -> str:
    name = admin_name(name)
    return ACLED_ADMIN.get((iso2, key(name)), name)


def split_level(query: str) -> tuple[str, str | None]:
    """'Mopti region' -> ('Mopti', 'admin1'); 'cercle de Macina' -> ('Macina', 'admin2')."""
    m = _LEVEL_RE.match(query.strip())
    if not m:
        return query.strip(), None
    word = m.group("pre") or m.group("post")
    if not word or re.fullmatch(r"[IVXivx\d\s]*", m.group("name")):  # "Commune III" is a name
        return query.strip(), None
    return m.group("name").strip(), LEVEL_WORDS[word.lower()]
