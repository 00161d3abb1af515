"""Text normalisation for duplicate detection: what two copies of a passage have in common.

Extraction leaves markup (`**bold**`, `<b>`, `<p>`, `\\_`), quotes and dashes of every kind, list
labels and line breaks in the middle of sentences; none of that makes a passage different.
`clean` keeps the text readable (evidence); `normalize` is the comparison form (lower case, ё→е,
one kind of quote and dash, no list label); `words` splits the comparison form into words.
"""

from __future__ import annotations

import re

from repcheck import report_cache
from repcheck.report_cache import per_report

MARKUP_RE = re.compile(r"</?(?:b|i|u|p|em|strong|br|span|sup|sub)\b[^>]*>|\*\*|__|\[bookmark:[^\]]*\]", re.IGNORECASE)
ESCAPE_RE = re.compile(r"\\([_*\[\]()#.\-])")
ANGLE_URL_RE = re.compile(r"<((?:https?://|www\.)[^>\s]+)>", re.IGNORECASE)
URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:ru|рф|com|org|net)(?:/\S*)?", re.IGNORECASE)
# A part of every URL_RE match, found without URL_RE's backtracking at each word (same flags).
_URL_HINT_RE = re.compile(r"://|www\.|\.(?:ru|рф|com|org|net)", re.IGNORECASE)
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# A list label or bullet at the start: "1.", "2.4.", "1)", "а)", "-", "•", "·", "➤", "", "IV."
LABEL_RE = re.compile(
    r"^\s*(?:[-–—•·➤▪►○●\uf0b7*]+\s*|(?:\d+[.)]){1,4}\s*|\d+(?:\.\d+)+\s+|[IVXLC]+\.\s+|[а-яa-z]\)\s*)+",
    re.IGNORECASE,
)
QUOTES = str.maketrans({c: '"' for c in "«»“”„‟\"'`‘’‚"})
DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_FOLD = {**QUOTES, **DASHES, ord("ё"): "е"}  # ё→е, quotes, dashes (after lower())
# `str.translate` with a dict looks every character of a Cyrillic text up one by one (~13 µs a
# paragraph); the characters that change are few and rare, so `fold` replaces only those present
# (same result: no replacement is itself replaced).
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items() if chr(k) != v)
_FOLD_RE = re.compile("[" + "".join(re.escape(c) for c, _ in _FOLD_PAIRS) + "]")
DASH_SPACE_RE = re.compile(r"\s*-\s*")
WORD_RE = re.compile(r"[a-zа-я0-9]+(?:-[a-zа-я0-9]+)*")
LETTER_RE = re.compile(r"[a-zа-я]")
# A character without which `clean` has nothing to remove (markup, escapes, <URL>): text without
# any of them only has its whitespace collapsed.
_CLEAN_CHAR_RE = re.compile(r"[<*_\[\\]")
_DIGITS_AND_HYPHENS = "0123456789-"

# Words that carry no content: a passage made of them is not a passage worth comparing.
STOP_WORDS = frozenset(
    """
    и в во на по о об обо от для с со к ко из за при до у а или что как не ни же ли бы но да
    его ее её их это этот эта эти этих этой тот та те который которая которые которых также так
    данный данная данные свой своя свои весь вся все всё всех каждый г гг год года году годы
    т п др т.п т.д д ул тел мо оо ст см чел шт
    """.split()
)


def clean(text: str) -> str:
    """Readable text: markup and escapes removed, whitespace collapsed."""
    if _CLEAN_CHAR_RE.search(text) is None:
        return collapse(text)
    text = ANGLE_URL_RE.sub(r"\1", text)
    text = MARKUP_RE.sub("", text)
    text = ESCAPE_RE.sub(r"\1", text)
    return collapse(text)


def collapse(text: str) -> str:
    """`" ".join(text.split())`, without splitting a text that is already so: every whitespace
    character but the space is unprintable, so a printable text's only whitespace is spaces."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


@per_report  # text of one report: kept while it is checked (repcheck.report_cache)
def normalize(text: str) -> str:
    """Comparison form: clean, lower case, ё→е, one quote and one dash, no leading label."""
    return _normal_form(text)


def _normal_form(text: str) -> str:
    """`normalize`, not remembered (for texts nobody asks about twice)."""
    return _cleaned_form(clean(text))


def _cleaned_form(text: str) -> str:
    """`_normal_form` of a text that `clean` leaves as it is."""
    # A clean text's only whitespace is single spaces, and nothing below adds any (no character
    # lowers to whitespace): a dash without a space beside it is as the substitution would
    # leave it, and the final join only has spaces to look at.
    text = fold(text.lower())
    text = LABEL_RE.sub("", text)
    if " -" in text or "- " in text:
        text = DASH_SPACE_RE.sub("-", text)  # "информационно - образовательный" = "информационно-образовательный"
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        return " ".join(text.split())
    return text


def fold(text: str) -> str:
    """`text.translate(_FOLD)`: ё→е, one kind of quote and of dash."""
    if _FOLD_RE.search(text) is None:
        return text
    for c, v in _FOLD_PAIRS:
        if c in text:
            text = text.replace(c, v)
    return text


def words(text: str) -> list[str]:
    """Words of the comparison form (numbers included, hyphenated words kept whole)."""
    return WORD_RE.findall(normalize(text))


def words_once(text: str) -> list[str]:
    """`words(text)` for a text asked about once (a D503 passage): its comparison form is not
    remembered."""
    return WORD_RE.findall(_normal_form(text))


def content_words(text: str) -> list[str]:
    """Words that carry content: letters, three or more characters, not stop words; URLs and
    e-mail addresses are dropped first."""
    return list(_content_words(text))


def content_word_count(text: str) -> int:
    """len(content_words(text)), without copying the words."""
    return len(_content_words(text))


@per_report  # D501, D502 and D503 count the words of the same texts
def _content_words(text: str) -> tuple[str, ...]:
    t = clean(text)
    cleaned = t  # `clean` leaves this text as it is when it has none of the characters it removes
    if "@" in t:  # EMAIL_RE needs one
        t = EMAIL_RE.sub(" ", t)
    if _URL_HINT_RE.search(t):  # what every URL_RE match contains (most sentences have a full stop, few a URL)
        t = URL_RE.sub(" ", t)
    # the comparison form of this intermediate text is not remembered: nobody else asks for it
    form = _cleaned_form(t) if t is cleaned and _CLEAN_CHAR_RE.search(t) is None else _normal_form(t)
    # a word of WORD_RE has a letter unless it is all digits and hyphens
    return tuple(w for w in WORD_RE.findall(form) if len(w) >= 3 and w not in STOP_WORDS and w.strip(_DIGITS_AND_HYPHENS))


# People and organisations: staff tables, responsible persons, consultants. A passage made mostly
# of these names the same people, it does not copy anyone's text.
_PATRONYMIC_RE = re.compile(r"^[А-ЯЁ][а-яё]+(?:ович|евич|ич|овна|евна|ична|инична)$")
_INITIALS_RE = re.compile(r"\b[А-ЯЁ]\.\s?[А-ЯЁ]\.")
_NAME_WORD_RE = re.compile(r"[А-ЯЁA-Zа-яёa-z][А-ЯЁA-Zа-яёa-z-]*")
# Acronyms of organisations and positions (МБОУ, СОШ, ГАУ ДПО, ИПК, УВР), not of subjects (ЭОР, ШЦП).
_ACRONYM_RE = re.compile(r"^(?:[А-ЯЁ]{0,4}(?:ОУ|ОШ|СШ|У)|ИПК|ДПО|ИРО|УВР|НМР|ВР|ВО|ОО|МО|ДОД|ДО)$")
_CAPITALS = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
PEOPLE_WORDS = frozenset(
    """
    директор директора директором заместитель заместителя завуч завучи завуча учитель учителя
    учителей педагог педагога педагоги педагогов руководитель руководители руководителя
    методист методиста преподаватель преподавателя координатор специалист психолог
    педагог-психолог социальный логопед дефектолог консультант консультанты председатель член
    члены заведующий заведующая зав зам канд кандидат доктор наук пед психол филол доцент
    профессор научный научные научного советник воспитатель воспитатели тьютор библиотекарь
    кафедрой кафедры кафедра отдела отдел начальник главный ведущий старший
    """.split()
)


def _is_person_word(w: str) -> bool:
    # «ИНИЦИАЛЫ», a patronymic and an acronym all start with a capital Cyrillic letter
    if w[0] in _CAPITALS and (w == "ИНИЦИАЛЫ" or _PATRONYMIC_RE.match(w) or _ACRONYM_RE.match(w)):
        return True
    return w.lower().replace("ё", "е") in PEOPLE_WORDS


# word → _is_person_word(word), for the words of the report being checked
_PERSON_WORDS: dict[str, bool] = report_cache.register({})


@per_report  # D501 and D503 ask it for the same units of a report
def people_share(text: str) -> float:
    """Share of the words of `text` that name people, positions, degrees or organisations
    (patronymics, initials, position words, acronyms such as МБОУ, СОШ, ИПК)."""
    t = clean(text)
    raw = _NAME_WORD_RE.findall(_INITIALS_RE.sub(" ИНИЦИАЛЫ ", t))
    if not raw:
        return 0.0
    hits = 0
    known = _PERSON_WORDS.get
    for w in raw:
        hit = known(w)
        if hit is None:  # each word of the report judged once
            hit = _is_person_word(w)
            report_cache.put(_PERSON_WORDS, w, hit)
        hits += hit
    return hits / len(raw)
