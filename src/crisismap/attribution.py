"""Who a report attributes what it says to: "the U.N. experts said", "according to Human
Rights Watch", "a UN report found", "selon l'armée malienne".

Rules over the sentence, not NER: sources are often institutions named with a role noun
("UN experts", "the army", "local officials") that spaCy's small models do not tag.
"""

from __future__ import annotations

import re

# A named body: capitalised words, "of"/"for"/"de" inside ("Human Rights Watch", "Ministry of Defence").
_NAME = r"(?:[Aa]l-)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|de\s+(?:la\s+|l['’])?|des\s+)?[A-Z][\w.&'’-]*){0,5}"
# Who speaks without a name, or as the role of a named body ("U.N. experts").
_ROLE = (r"(?:experts?|investigators?|officials?|spokes(?:man|woman|person)|sources?|report|statement|mission|"
         r"army|military|ministry|government|authorities|police|junta|rights\s+groups?|activists?|residents?|"
         r"witnesses|survivors|monitors?|observers?|chiefs?|commanders?|mayor|governor|armée|gouvernement|"
         r"ministère|autorités|témoins|habitants|sources?\s+(?:locales|sécuritaires|militaires))")
_SOURCE = (rf"(?:(?:[Tt]he|[Aa]n?|local|military|security|several|two|three|[Ll]as?|[Ll]es?|[Dd]es|[Uu]ne?)\s+|[Ll]['’]\s*)*"
           rf"(?:{_NAME}(?:\s+{_ROLE})?|{_ROLE})")
_SAID = (r"(?:said|says|reported|reports|told|stated|announced|confirmed|documented|found|claimed|accused|raised|"
         r"alleged|wrote|added|estimated|implicated|(?:a|ont)\s+(?:affirmé|annoncé|déclaré|indiqué|confirmé|rapporté)|indique|"
         r"affirme|déclare)")
_ACCORDING = (r"(?:[Aa]ccording\s+to(?:\s+(?:data|figures|a\s+report|reports)\s+(?:from|by|of))?|told|cited\s+by|"
              r"quoted\s+by|[Ss]elon|[Dd]['’]après|a\s+indiqué\s+à)")

AFTER_RE = re.compile(rf"{_ACCORDING}\s+(?P<who>{_SOURCE})")
BEFORE_RE = re.compile(rf"(?P<who>{_SOURCE})\s+(?:\([\w.]+\)\s+)?(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|further\s+|also\s+)?"
                       rf"{_SAID}\b")
_PRONOUNS = {"it", "this", "that", "he", "she", "they", "we", "i", "there", "which", "who", "one", "il", "elle",
             "ils", "elles", "on"}
_ARTICLE = re.compile(r"^(?:(?:[Tt]he|[Aa]n?|[Ll]a|[Ll]es?|[Dd]es|[Uu]ne?)\s+|[Ll]['’]\s*)")  # not "UN"


def reported_by(text: str) -> str:
    """The source the text cites, without its article; "" when it cites none."""
    for pattern in (AFTER_RE, BEFORE_RE):
        for m in pattern.finditer(text):
            who = _ARTICLE.sub("", " ".join(m.group("who").split())).strip(" ,")
            if who and who.split()[0].lower() not in _PRONOUNS and not _sentence_start_only(m, text):
                return who
    return ""


def _sentence_start_only(m: re.Match, text: str) -> bool:
    """A single capitalised word opening a sentence ("Gunmen said", "Survivors told") is a
    common noun, not a name, unless it is a role we know."""
    who = m.group("who").strip()
    if " " in who:
        return False
    at_start = m.start("who") == 0 or text[:m.start("who")].rstrip().endswith((".", "!", "?", "\n"))
    return at_start and not re.fullmatch(_ROLE, who, re.IGNORECASE) and not who.isupper()
