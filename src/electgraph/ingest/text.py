"""Plain-text articles: title on line 1, an optional photo caption, a dateline, `BACA JUGA` lines.

`build_article` is shared by every reader: whatever the format, the article text is laid out the
same way (title line, then body), so offsets and ids agree across formats.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from pathlib import Path

from electgraph.errors import InputError, shown
from electgraph.ids import article_id
from electgraph.ingest.dates import find_dates
from electgraph.limits import MAX_CHARS_ENV, max_article_chars
from electgraph.model import Article, RelatedLink, Span

# "BANYUASIN, KORANPALPOS.COM - ", "Makassar (ANTARA) - ", "JAKARTA, CNN Indonesia -- ".
# Each word of the publisher starts with a letter or digit: with `[\w.\-]+` the "--" of
# "CNN Indonesia -- " was read as a third word, giving the publisher "CNN Indonesia -".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'.\-]*(?: [A-Z][A-Za-z'.\-]*){0,3})"
    r"\s*(?:,\s*(?P<pub>[A-Za-z0-9][\w.\-]*(?: [A-Za-z0-9][\w.\-]*){0,2})"
    r"|\((?P<pub2>[^()\n]{2,30})\))"
    r"\s*[-–—]{1,2}\s*"
)
# A dateline the form above misses: a known place, a comma, then no publisher before the dash
# ("Masohi, – KPU ..."), the publisher with no dash ("Namrole, Orasirakyat.com") or the province
# ("Rote Ndao, NTT"). Only a place the gazetteer knows: "Sementara, KPU ..." is no dateline.
_BARE_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z'.\-]*(?: [A-Z][A-Za-z'.\-]*){0,3})\s*,")
# An outlet's domain ("INFOACEH.NET", "Bisnis.com", "Jambibaba. Com"): some datelines put it
# first ("INFOACEH.NET, ACEH BESAR - "), and then the place comes second.
# A town alone before the dash that opens the news ("PONTIANAK – ...", "Nanga Bulik – ..."):
# one to three capitalised words, a spaced dash, a capital.
_DASH_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'\-]*(?: [A-Z][A-Za-z'\-]*){0,2})[^\S\n]+[-–—][^\S\n]+(?=[A-Z])")
_DOMAIN = re.compile(r"(?i)\.\s?(?:com|id|net|co|org|news|tv|info|online)\b")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CAPTION = re.compile(r"(?i)(?:^|[\s(\-])foto\s*(?:[:：]|oleh\b)\s*(?P<credit>[^()\n]*)")
_CAPTION_END = re.compile(r"[\s)\-–—.]*")
# `[^\S\n]` is horizontal space, no-break space included: text copied from web pages often has
# "BACA JUGA:\xa0<title>", which `[ \t]` missed. A page's list or quote marker may stand
# before the cue: "| Baca: <title>", "• Baca juga: <title>"; Jambi's outlets write it in their
# Malay, "Baco Jugo: <title>".
_RELATED = re.compile(
    r"(?im)^[^\S\n]*(?:[|>•*][^\S\n]*)?bac[ao](?:[^\S\n]+jug[ao])?[^\S\n]*[:：][^\S\n]*"
    r"(?P<title>\S[^\n]*?)[^\S\n]*$"
)
# A `Baca juga:` a page's layout left inside a paragraph, after a sentence: "... suara. Baca
# juga: <title>". Only with "Baca"/"BACA" capitalised after the sentence's end, so that "pembaca
# diminta baca juga: aturan KPU" stays text; the title runs to the end of the line.
_RELATED_INLINE = re.compile(
    r"(?m)(?<=[.!?\"”][^\S\n])(?:Baca|BACA)[^\S\n]+(?:juga|Juga|JUGA)[^\S\n]*[:：][^\S\n]*"
    r"(?P<title>\S[^\n]*?)[^\S\n]*$"
)
# Other layouts of the same link line: another cue ("Simak juga:", "Lihat juga:", "Berita
# terkait:", "Artikel terkait:"), another separator ("Baca juga - <title>", "Baca juga >> <title>",
# "BACA JUGA | <title>", "Baca Juga...  <title>"), none at all before a capitalised title ("Baca
# Juga Judul Lain", "BACA LAINNYA  Judul Lain"), or the cue alone on its line with the title on
# the next one.
_RELATED_MORE = re.compile(
    r"(?m)^[^\S\n]*(?:"
    r"(?i:simak|lihat)[^\S\n]+(?i:juga)[^\S\n]*[:：]"
    r"|(?i:berita|artikel)[^\S\n]+(?i:terkait|lainnya)[^\S\n]*[:：]"
    r"|(?i:baca)(?:[^\S\n]+(?i:juga))?[^\S\n]*(?:[-–—|»>]+|\.{2,}|…|[:：][^\S\n]*\n"
    r"(?:[^\S\n]*\n)?)"  # the title on the next line, or after one blank line
    r"|(?:Baca|BACA)[^\S\n]+(?:Juga|JUGA|juga|Lainnya|LAINNYA|lainnya)[^\S\n]*\n?[^\S\n]*"
    r"(?=[A-Z\d\"“])"
    r")[^\S\n]*(?P<title>\S[^\n]*?)[^\S\n]*$"
)
# Two titles a page showed side by side, copied without a space between them: "... Peparnas XVII
# 2024Resmi Jadi Menteri, ...". A capital glued to a lower-case letter or a digit starts the second
# title when both halves are titles (four words or more) and the glued word is no name of its own.
_GLUED = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])")
_GLUED_WORDS = frozenset({
    "nasdem", "tiktok", "youtube", "whatsapp", "linkedin", "facebook", "instagram", "gojek",
    "paypal", "iphone", "mcdonald", "powerpoint", "playstation", "jakpro", "transjakarta",
})  # fmt: skip
_TITLE_MIN_WORDS = 4
# The linked page's address a layout printed after its title ("Baca juga <title> https://...")
# is no word of the title.
_URL_AFTER = re.compile(r"[^\S\n]*(?:https?://|www\.)\S*[^\S\n]*$")  # glued too: "... TPShttps://..."
# A headline is short (the longest of the 187 in the real articles' annotations has 144
# characters); a line of more after a cue is the article's next paragraph, which a page's layout
# put after a "Baca Juga" label whose links stood above it.
_TITLE_MAX_CHARS = 200


def _clean_credit(raw: str) -> str | None:
    credit = raw.strip(" -–—)(.\t")
    return credit or None


def _caption(line: str) -> re.Match[str] | None:
    """The photo credit of a caption line, or None when `line` is not a caption.

    The credit must end the line (bar closing dashes, brackets, dots): a lead paragraph that
    merely contains "(Foto: Humas)" mid-sentence is not a caption, and taking it for one would
    hide the paragraph from extraction.
    """
    matches = list(_CAPTION.finditer(line))
    if not matches or not _CAPTION_END.fullmatch(line, matches[-1].end()):
        return None
    return matches[-1]


def _known_place(surface: str) -> bool:
    """Whether the gazetteer knows `surface` as a region or a town."""
    from electgraph.extract import regions  # the gazetteer; loaded once, by extraction anyway

    name = surface.title() if surface.isupper() else surface
    return regions.lookup(name) is not None or tuple(name.lower().split()) in regions.town_names()


def _weekday(word: str) -> bool:
    """'Selasa, 10 Desember 2024 - 23:24 WIB': a page's date line has a dateline's shape."""
    from electgraph.extract.lexicon import WEEKDAYS  # loaded by extraction anyway

    return word.strip().lower() in WEEKDAYS


def build_article(
    title: str,
    body: str,
    *,
    source_path: str | None = None,
    url: str | None = None,
    published: date | None = None,
    publisher: str | None = None,
) -> Article:
    """Lay out `title` and `body` as one text and read the layout: caption, dateline, links."""
    source_path = shown(source_path) if source_path is not None else None
    # A lone surrogate (a JSON "\ud800" escape) cannot be written as UTF-8: U+FFFD instead,
    # one character for one, so every offset stays the same.
    title, body = _SURROGATE.sub("\ufffd", title), _SURROGATE.sub("\ufffd", body)
    url = _SURROGATE.sub("\ufffd", url) if url else url
    publisher = _SURROGATE.sub("\ufffd", publisher) if publisher else publisher
    title = " ".join(title.split())
    if not title:
        raise InputError(source_path or "<record>", "has no title")
    body = body.strip("\n")
    if len(body) + len(title) > (limit := max_article_chars()):
        raise InputError(source_path or "<record>",
                         f"has {len(body) + len(title):,} characters, over the limit of "
                         f"{limit:,}; raise {MAX_CHARS_ENV} to read it")
    if not body.strip() and not _is_lead(title):
        # A lone line that is a lead paragraph ("BATULICIN, tanbunews.com – ... setempat.") is
        # a whole article with no headline and no line breaks, as some pages are saved.
        raise InputError(source_path or "<record>", "has a title but no text")
    text = f"{title}\n{body}"
    body_start = len(title) + 1

    lines = body.split("\n")
    photo_credit = None
    first = lines[0]
    if _is_lead(title):
        body_start = 0  # no headline: the first line is news, read as the rest
    elif (m := _caption(first)) and not _DATELINE.match(first):
        photo_credit = _clean_credit(m["credit"])
        body_start += len(first) + 1
        # A title and a caption alone are no article; without this check body_start pointed
        # past the end of the text.
        if not text[body_start:].strip():
            reason = "has a title and a photo caption but no text"
            raise InputError(source_path or "<record>", reason)

    if body_start:
        body_start = _after_headline_again(text, title, body_start)
    dateline = outlet = None
    body_text = text[body_start:]
    para_start = body_start + len(body_text) - len(body_text.lstrip("\n"))
    first_para = body_text.lstrip("\n").split("\n", 1)[0]
    if (m := _DATELINE.match(first_para)) and not _weekday(m["place"]):
        dateline = m["place"].strip()
        group = "pub" if m["pub"] else "pub2"
        pub = (m[group] or "").strip()
        if pub and ((_DOMAIN.search(dateline) and not _DOMAIN.search(pub)) or (
                not _known_place(dateline) and _known_place(pub))):
            dateline, pub = pub, dateline  # "INDONESIAGLOBAL, ACEH TENGGARA - ": outlet first
            group = "place"
        # "Jakarta, 7 Oktober 2024 - " (press-release style) states a date, not a publisher;
        # "CIREBON, Jawa Barat - " the province, named in the news too.
        if pub and not find_dates(pub):
            publisher = publisher or pub
            if not _known_place(pub):
                outlet = Span(para_start + m.start(group), para_start + m.end(group), m[group])

    if dateline is None and (m := _BARE_DATELINE.match(first_para)) and _known_place(m["place"]):
        dateline = m["place"].strip()  # "Masohi, – KPU ...", "Namrole, Orasirakyat.com"
    if dateline is None and (m := _DASH_DATELINE.match(first_para)) and _known_place(m["place"]):
        dateline = m["place"].strip()  # "Nanga Bulik – Penjabat Bupati ...": a town alone
    related = _related(text, body_start)
    if published is None:
        dates = find_dates(body_text)
        published = dates[0] if dates else None
    return Article(
        id=article_id(title, body, url),
        title=title,
        text=text,
        body_start=body_start,
        url=url,
        published=published,
        publisher=publisher,
        dateline=dateline,
        photo_credit=photo_credit,
        source_path=source_path,
        related=related,
        outlet=outlet,
    )


def _is_lead(title: str) -> bool:
    """Whether a text's first line is its lead paragraph rather than a headline: a sentence
    with a full stop, long, or opening with a dateline ("MASOHI,POJOKMALUKU.COM – KPU ...",
    "Liputan24.Net – Empat komisioner ..."). Pages saved without their headline start so; a
    headline is short and ends without one (of the real texts' first lines, the longest
    headline has 177 characters and none opens with a dateline and ends with a full stop). A
    lead may end with its date instead ("..., Kamis (6/2/2025)"): a line that long is one."""
    if len(title) >= _LEAD_CHARS:
        return True
    return bool(_LEAD_END.search(title)) and bool(_LEAD_DATELINE.match(title))


_LEAD_END = re.compile(r"[.!?][\"”’']?$")
_LEAD_CHARS = 200
# a dash after at most 60 characters of place and outlet, then the news
_LEAD_DATELINE = re.compile(r"^[^\n]{2,60}?\s[-–—]{1,2}\s+[A-Z]")


def _after_headline_again(text: str, title: str, body_start: int) -> int:
    """Where the body starts when the page printed its headline again near the top, after its
    furniture (a news ticker, a breadcrumb, an advertisement's label): at that line, which the
    extractor reads as a headline. What stood before it is the page's, not the article's."""
    pos = body_start
    limit = body_start + _HEADLINE_AGAIN_REACH
    while pos < min(limit, len(text)):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if " ".join(text[pos:end].split()) == title and text[end + 1 :].strip():
            return pos
        pos = end + 1
    return body_start


_HEADLINE_AGAIN_REACH = 1500  # characters of page furniture a headline printed again may follow


def _related(text: str, body_start: int) -> tuple[RelatedLink, ...]:
    """The `BACA JUGA` links of the body, in text order; a line may hold two glued titles."""
    found = list(_RELATED.finditer(text, body_start))
    lines = [(m.start(), m.end()) for m in found]
    for m in [
        *_RELATED_MORE.finditer(text, body_start),
        *_RELATED_INLINE.finditer(text, body_start),
    ]:
        if not any(a <= m.start() < b or a <= m.start("title") < b for a, b in lines):
            found.append(m)
            lines.append((m.start(), m.end()))
    links: list[RelatedLink] = []
    for m in sorted(found, key=lambda m: m.start()):
        if len(m["title"]) > _TITLE_MAX_CHARS:
            continue
        line = Span(m.start(), m.end(), m[0])
        title = _URL_AFTER.sub("", m["title"]) or m["title"]
        for start, end in _split_glued(title, m.start("title")):
            links.append(RelatedLink(title=Span(start, end, text[start:end]), line=line))
    return tuple(links)


def _split_glued(title: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each title in `title`, which starts at `offset` in the text."""
    cuts = [0]
    for m in _GLUED.finditer(title):
        at = m.start()
        word_start = title.rfind(" ", 0, at) + 1
        word_end = title.find(" ", at)
        word = title[word_start : word_end if word_end >= 0 else len(title)]
        left, right = title[cuts[-1] : at], title[at:]
        if (
            len(left.split()) >= _TITLE_MIN_WORDS
            and len(right.split()) >= _TITLE_MIN_WORDS
            and at - word_start >= 3
            and word.lower().strip(".,:;!?\"'") not in _GLUED_WORDS
        ):
            cuts.append(at)
    cuts.append(len(title))
    return [(offset + a, offset + b) for a, b in pairwise(cuts)]


def parse_text(text: str, source_path: str | None = None) -> Article:
    """An article from the text of a `.txt` file: the first non-empty line is the title."""
    stripped = text.lstrip()
    title, _, body = stripped.partition("\n")
    return build_article(title, body, source_path=source_path)


def read_txt(path: Path, text: str) -> list[Article]:
    return [parse_text(text, str(path))]
