"""Tokens and sentences with character offsets into the article text.

A hand-made regex tokenizer: spaCy's blank Indonesian pipeline gave the same splits for what the
rules need at a fraction of the speed (see benchmarks). The text the rules read is the article
text with the title, the photo caption and the `BACA JUGA` lines blanked out, so offsets stay
valid and nothing is read from another article's title.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from electgraph.extract import lexicon as lx
from electgraph.extract.linebreaks import lines
from electgraph.extract.listlines import join_listed_lines
from electgraph.extract.tokenbase import Sentence, Token
from electgraph.ids import fold
from electgraph.model import Article

# Hyphens join a word ("ikut-ikutan", "2024-2029") but split before a capital, so that a pair
# ("Asep Saepuloh-Rina Marlina") becomes two names, and before the office of a pair's second
# member ("calon bupati A-calon wakil bupati B"); region aliases are split the same way.
# A preposition written onto a venue word ("dikantor Bawaslu", "diaula KPU") is split off, so
# that the venue reads as one.
# A passive written apart ("di Lantik") is one token, read as the verb ("dilantik"). Both "di"
# cases share one branch: as two branches the tokenizer ran a fifth slower on the stored texts.
_TOKEN = re.compile(
    r"\b[dD]i(?: (?i:" + "|".join(lx.SPLIT_PASSIVE_ROOTS) + r")\b"
    r"|(?=(?i:kantor|aula|gedung|ruang|ruangan|halaman|hotel|lapangan|sekretariat)\b))"
    r"|[^\W_]+(?:(?:['’/]|-(?![A-Z]|(?:calon|cawabup|cawagub|cawalkot|wakil|dr|drg)\b))[^\W_]+)*"
    # "Beritajateng.tv", "Jatengnews.id": an outlet's domain is one token, no name or place
    r"(?:\.(?:com|co\.id|id|tv|net|org|news)(?![\w.]))?"
    r"|\S"
)


# A line that opens the page's trailer: what follows are other articles' titles and teasers
# ("Recent Posts", "Berita Terkait"), not this article's text.
_TRAILER = re.compile(
    r"^[ \t]*(?:recent posts|related posts|leave a comment|berita terkait|artikel terkait"
    r"|berita lainnya|baca berita lainnya|berita populer|berita terpopuler)[ \t:]*$",
    re.IGNORECASE | re.MULTILINE,
)


# The page's credits: "Editor: NAME", "Penulis: A | Editor: B" on a line of their own, and the
# writer's name or initials in brackets that close the article after its last sentence ("...
# Gubernur. (Damar)"), not an office after a name ("- NAME (Anggota)"). They
# name who wrote the article, not anyone the news is about.
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:penulis|editor|reporter|pewarta|redaktur|fotografer)[ \t]*:[^\n]{0,80}$",
    re.IGNORECASE | re.MULTILINE,
)
_CLOSING_BYLINE = re.compile(
    r"(?:(?<=[.!?\"”])|^)[ \t]*\([ \t]*[A-Za-z][A-Za-z/ .]{0,24}\)[ \t]*\n*\Z", re.MULTILINE
)


# A photo's credit in brackets inside the text ("(Foto: kapol.id/Amin R. Iskandar)"): who took
# the picture, not anyone at the event.
_PHOTO_CREDIT = re.compile(r"\([ \t]*(?:foto|photo|dok|sumber foto)[ \t]*[:/][^)\n]{0,80}\)",
                           re.IGNORECASE)


_BOLD = re.compile(r"\*\*+")


def readable_text(article: Article) -> str:
    """The article text with everything but the body blanked out (same length, same offsets):
    the title, the linked titles, the outlet, the credits and the page's trailer."""
    text = article.text
    spans = [(0, min(article.body_start, len(text)))]
    spans += [(s.start, s.end) for s in (*(link.line for link in article.related), article.outlet)
              if s is not None]
    spans += [m.span() for m in (*_CREDIT_LINE.finditer(text, article.body_start),
                                 *_CLOSING_BYLINE.finditer(text, article.body_start),
                                 *_PHOTO_CREDIT.finditer(text, article.body_start))]
    if trailer := _TRAILER.search(text, article.body_start):
        spans.append((trailer.start(), len(text)))
    # "**Darius Geliwon – Yusak Yaluwo** (Nomor urut 1)": bold marks of a page saved as
    # Markdown are no words, and no punctuation a rule should stop at
    spans += [m.span() for m in _BOLD.finditer(text, article.body_start)]
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":  # lines stay where they were: sentences end at them
                chars[i] = " "
    # "...,’’kata NAME": a double quote typed as two single ones, read as the one it is (the
    # same length, so every offset holds)
    return _DOUBLED_SINGLE.sub(lambda m: _AS_DOUBLE[m[0][0]] + " ", "".join(chars))


_DOUBLED_SINGLE = re.compile(r"’’|‘‘|‘’|''")  # '‘’' opens as some outlets type it
_AS_DOUBLE = {"’": "”", "‘": "“", "'": '"'}


# A NamedTuple's own constructor is a Python function; `tuple.__new__` builds the same tuple
# without that call, a third of the tokenizer's time.
_new_tuple = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    fix = lx.CORRECTIONS.get
    out = []
    for m in _TOKEN.finditer(text, start, end or len(text)):
        low = m[0].lower()
        if " " in low:  # only a split passive holds a space: "di lantik" is read "dilantik"
            low = low.replace(" ", "")
        if "/" in low and (cut := low.find("/")) > 0 and low[cut + 1 :] in _OFFICE_AFTER_SLASH:
            # "Ketua Panitia/Sekretaris Bawaslu X, NAME": two offices, the second with its body
            a, b = m.start(), m.start() + cut
            out.append(_new_tuple(Token, (text[a:b], a, b, fix(low[:cut], low[:cut]))))
            out.append(_new_tuple(Token, ("/", b, b + 1, "/")))
            a, b = b + 1, m.end()
            out.append(_new_tuple(Token, (text[a:b], a, b, low[cut + 1 :])))
            continue
        # A misspelt structural word ("Kabuapten") is matched as the word meant.
        out.append(_new_tuple(Token, (m[0], m.start(), m.end(), fix(low, low))))
    return out


# Offices written after another with a slash between ("Ketua Panitia/Sekretaris Bawaslu").
_OFFICE_AFTER_SLASH = frozenset({"sekretaris", "ketua", "anggota", "bendahara", "koordinator",
                                 "kepala"})

# Two-letter words that may end a sentence after a name: not a given name cut short.
_SHORT_WORDS = frozenset({"ya", "ia", "ok", "oh", "ah", "no", "di", "ke"})


def _ends_sentence(tokens: list[Token], i: int, text: str) -> bool:
    tok = tokens[i]
    if tok.text not in ".!?":
        return False
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    if "\n" in text[tok.end : nxt.start]:
        return True
    if not (nxt.is_cap or nxt.text in "\"“'") or nxt.start == tok.end:
        return False  # "KORANPALPOS.COM", "S.H.": no space, no sentence end
    if tok.text == "." and i > 0:
        prev = tokens[i - 1]
        if prev.text == "," and prev.end == tok.start:
            return False  # "NAME, S.E,. M.Ak": a slip of the keys, inside a list
        # "H. Muzakir", "P. Panggar", "S.H., M.Si." are not sentence ends; "(24/9/2024)." is.
        if (
            prev.end == tok.start
            and prev.text.isalpha()
            and (
                prev.low in lx.SENTENCE_ABBREVIATIONS
                or len(prev.text) == 1
                # "Kasat Reskrim, AKP. Gurbacov", "Kapolda Riau Irjen. Pol. NAME"
                or (prev.low in lx.RANKS and prev.is_cap)
            )
        ):
            return False
        # "Heryberus GL. Nabit", "Fadjar Th. M Henukh": two initials, or a given name cut to
        # two letters, inside a name, between its words.
        if (
            prev.end == tok.start and len(prev.text) == 2 and prev.text.isalpha()
            and (prev.text.isupper() or (prev.text.istitle() and prev.low not in _SHORT_WORDS))
            and i > 1
            # "Mayjen TNI AM. Putranto": initials after a rank's corps
            and (tokens[i - 2].text.istitle() or tokens[i - 2].low in lx.RANK_SUFFIXES)
            and tokens[i - 2].text.isalpha() and nxt.text.istitle()
        ):
            return False
        # "sesuai nomor urut: 1. A-B, 2. C-D, dan 3. E-F": a list's numbers.
        if (
            prev.end == tok.start
            and prev.text.isdigit()
            and len(prev.text) <= 2
            and i > 1
            and tokens[i - 2].low in (":", ",", ";", "dan", "serta")
        ):
            return False
        # "AKP H. Jufri. T, Ketua ...": the initial of a name's last word after its dot
        if (prev.is_cap and prev.end == tok.start and len(nxt.text) == 1 and nxt.text.isupper()
                and i + 2 < len(tokens) and tokens[i + 2].text == ","):
            return False
        # "Muhardin. SH, menyampaikan", "Basra. S. Kep., M.Kes.": a degree after a name's dot.
        if prev.is_cap and _degree_follows(tokens, i + 1):
            return False
        # "NAME, SE. M.I.Kom", "NAME, S.Sos. M.Si": a degree followed by another one.
        if (
            i > 2
            and prev.text.isalpha()
            and len(prev.text) <= 4
            and (
                (prev.text.isupper() and tokens[i - 2].text == ",")
                or (tokens[i - 2].text == "." and tokens[i - 2].end == prev.start)
            )
            and len(nxt.text) <= 3
            and i + 2 < len(tokens)
            and tokens[i + 2].text == "."
            and tokens[i + 2].start == nxt.end
        ):
            return False
    return True


def _degree_follows(tokens: list[Token], j: int) -> bool:
    """Whether tokens from j spell an academic degree ("SH", "S. Kep.", "S.I.K.") that a comma
    or a full stop closes."""
    letters = ""
    while j < len(tokens) and len(letters) <= 5:
        tok = tokens[j]
        if tok.text == ".":
            j += 1
            continue
        bare = tok.low.replace(".", "")
        if tok.text == "," or (letters and not bare.isalpha()):
            break
        if not bare.isalpha() or len(bare) > 4:
            return False
        letters += bare
        j += 1
    closed = j >= len(tokens) or tokens[j].text in ",." or tokens[j - 1].text == "."
    return closed and letters in lx.DEGREE_TOKENS


def sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences of `text` from `start`; a line break always ends a sentence (and a paragraph)."""
    out: list[Sentence] = []
    paragraph = 0
    for a, b in lines(text, start):
        toks = tokenize(text, a, b)
        if not toks:
            continue
        first = 0
        last = len(toks) - 1
        # Only a full stop, "!" or "?" (or the line's last token) can end a sentence: the loop
        # visits those alone, in order (at any other token it did nothing).
        ends = [k for k, t in enumerate(toks) if t.text in ".!?"]
        if not ends or ends[-1] != last:
            ends.append(last)
        for i in ends:
            if i == last or _ends_sentence(toks, i, text):
                # A closing quote right after the full stop belongs to this sentence.
                j = i + 1
                while (
                    j < len(toks) and toks[j].text in "\"”’'" and toks[j].start == toks[j - 1].end
                ):
                    j += 1
                if j > first:
                    chunk = tuple(toks[first:j])
                    out.append(Sentence(chunk[0].start, chunk[-1].end, chunk, paragraph))
                first = j
                if i == last:
                    break
        paragraph += 1
    return join_listed_lines(out)


@lru_cache(maxsize=4096)
def ordinals(label: str) -> frozenset[int]:
    """Which of a series a name says it is: "debat kedua", "debat ke dua", "debat ke-2",
    "Gubernur ke-2"."""
    words = fold(label).replace("-", " ").split()
    found = {lx.EVENT_ORDINALS[w] for w in words if w in lx.EVENT_ORDINALS}
    for a, b in pairwise(words):
        if a == "ke" and (b.isdigit() or f"ke{b}" in lx.EVENT_ORDINALS):
            found.add(int(b) if b.isdigit() else lx.EVENT_ORDINALS[f"ke{b}"])
    return frozenset(found)


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a sentence between double quotes; a quote left open runs to the end, and
    a closing quote without an opening one closes a quote begun in an earlier sentence."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i in range(start, end):
        ch = text[i]
        # A straight quote opens after a space (or at the start), else it closes.
        opens = ch == "“" or (ch == '"' and (i == start or text[i - 1].isspace()))
        if opens and opened is None:
            opened = i
        elif ch in "”\"":
            spans.append((start if opened is None else opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans
