"""Page noise: the lines a news site prints around every story it serves (its masthead and staff,
widgets and buttons, a ticker of other headlines, the related links and comments under the story,
another item stitched under it), blanked out before a page is read, so that the people, bodies and
days they name are not the story's.

Blanking keeps every other character where it was (a noise line becomes spaces), so offsets into the
page stay those of the stored text. Above the story, a line holding a year is blanked only beside a
masthead or a day widget (the day the page was served) or as a crawl stamp over a date line: elsewhere
it may be the page's own date line. The cues are in data/ar/page_noise.yaml and data/en/page_noise.yaml; an Arabic page's tail
(data/ar/furniture.txt) is also cut by `furniture.content_end`, on the Arabic path.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import PACKAGE_DATA, read_yaml
from ..text.normalize import fold

# Consecutive short lines (no blank line between them) that make a block of links: a ticker of other
# headlines, a menu, a masthead. A story's headline stands with at most a kicker and a subtitle.
BLOCK_LINES = 4
# A line this long, or ending a sentence, is the story's text (headlines and links seldom are).
_PROSE_WORDS = 16
_EXTRA_WORDS = 3  # a chrome or tail line: its marker and at most this many words
_STAFF_NAME_WORDS = 4  # the name a masthead title stands over
_WORD = re.compile(r"[^\W_]+")
# (not an ellipsis: "يستقبل رئيس وزراء ..." is a link's teaser, cut short)
_SENTENCE_END = re.compile(r"(?<![.…\s])\s?[.!?؟](?=[\s\"”»)]*$)")
# ... or a sentence running on into a list under it ("وضم الوفد كلا من:"); a link seldom ends so
_RUNS_ON = re.compile(r"[:،,]\s*$")
_RUN_ON_WORDS = 6
_DIGIT = re.compile(r"\d")
_TEMPERATURE = re.compile(r"\s*-?\d+(?:[.,]\d+)?\s*°?\s*[CF]\b")  # "22.8 C", "27°C / 27°C": a weather widget
_LETTER = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

_POINTER_MARK = re.compile(r"\s*[:|.\-–—»>]")
_Line = tuple[int, int, str, list[str]]  # start, end, the line, its folded words
_DATE_LINE_WORDS = 4  # a date line: its year among at most this many words ("8 Jun 2023")


@dataclass(frozen=True)
class _Cues:
    masthead: tuple[tuple[str, ...], ...]
    today: tuple[tuple[str, ...], ...]
    link_lists: tuple[tuple[str, ...], ...]
    pointers: tuple[tuple[str, ...], ...]
    chrome: tuple[tuple[str, ...], ...]
    tail: tuple[tuple[str, ...], ...]


def _words(line: str) -> list[str]:
    return _WORD.findall(fold(line).lower())


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """The cues of both languages, as folded lower-case words (the two scripts never meet)."""
    found: dict[str, list[tuple[str, ...]]] = {key: [] for key in _Cues.__dataclass_fields__}
    for language in ("ar", "en"):
        data = read_yaml(PACKAGE_DATA / language / "page_noise.yaml")
        for key, cues in found.items():
            cues.extend(tuple(_words(cue)) for cue in data.get(key, []))
    arabic_pointers = read_yaml(PACKAGE_DATA / "ar" / "stitching.yaml")["pointers"]
    found["pointers"].extend(tuple(_words(cue)) for cue in arabic_pointers)
    return _Cues(**{key: tuple(sorted(set(cues), key=len, reverse=True)) for key, cues in found.items()})


def _opens(words: list[str], cues: tuple[tuple[str, ...], ...], extra: int | None = _EXTRA_WORDS) -> bool:
    """The line opens with one of the cues, followed by at most `extra` words (any number when None)."""
    return any(tuple(words[:len(c)]) == c and (extra is None or len(words) - len(c) <= extra) for c in cues)


def _is_prose(line: str, words: list[str]) -> bool:
    """A line of running text, not a headline, a link or a widget."""
    return (len(words) >= _PROSE_WORDS or _SENTENCE_END.search(line.rstrip()) is not None
            or (len(words) >= _RUN_ON_WORDS and _RUNS_ON.search(line) is not None))


@lru_cache(maxsize=4)  # a page is read for its anchors, then analysed, then kept: one reckoning
def quiet_page(text: str) -> str:
    """The page with its noise lines blanked (each character a space, line breaks kept)."""
    spans = noise_lines(text)
    if not spans:
        return text
    out, pos = [], 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append(re.sub(r"[^\n]", " ", text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def noise_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the page's noise lines, in order."""
    cues = _cues()
    lines: list[_Line] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line, _words(line)))
        pos += len(line) + 1
    filled = [k for k, line in enumerate(lines) if line[3]]
    if not filled:
        return []
    # an excerpt cut before its first sentence ends: its last line is the story's text
    prose = [k for k in filled if _is_prose(lines[k][2], lines[k][3])] or filled[-1:]
    first, last = prose[0], prose[-1]
    noise, site_day = _above_the_story(lines, first, cues)
    for block in _blocks(lines):
        if not (block[-1] < first or block[0] > last):
            continue  # a list inside the story (its participants, its agreements) is the story's
        served = any(k in site_day for k in block)
        noise.update(k for k in block if served or not _YEAR.search(lines[k][2]))
    noise.update(_pointers(lines, first, cues))
    under = _stitched_item(lines, first)
    for k in range(first + 1, under if under is not None else len(lines)):
        if lines[k][3] and _opens(lines[k][3], cues.tail):  # under the story: its tail
            under = k
            break
    if under is not None:
        noise.update(range(under, len(lines)))
    return [(lines[k][0], lines[k][1]) for k in sorted(noise) if lines[k][2].strip()]


def _above_the_story(lines: list[_Line], first: int, cues: _Cues) -> tuple[set[int], set[int]]:
    """The noise lines above the story's first line, and those of them that show the day the page was
    served (a masthead, a day widget)."""
    noise: set[int] = set()
    site_day: set[int] = set()
    for k in range(first):
        line, words = lines[k][2], lines[k][3]
        if words and (_opens(words, cues.tail) or _opens(words, cues.pointers)):
            noise.update(range(k, first))  # "Related stories" over the story: the links it heads, down to it
            break
        if words and _opens(words, cues.masthead, None):
            noise.add(k)
            site_day.add(k)
            if len(words) <= max(len(c) for c in cues.masthead if tuple(words[:len(c)]) == c):
                noise.update(_staff_name(lines, k))
        elif (words and _opens(words, cues.today) or _TEMPERATURE.match(line)) and not _YEAR.search(line):
            noise.add(k)
            site_day.add(k)
        elif words and (_opens(words, cues.link_lists, None)
                        or _opens(words, cues.chrome) and not _DIGIT.search(line)):
            noise.add(k)
        elif _YEAR.search(line) and not _LETTER.search(line) and _date_line_below(lines, k, first):
            noise.add(k)  # "2024/04/20 - 03:04" over "8 Jun 2023": a crawl or update stamp over the page's date
    for k in sorted(site_day):  # the day the widget shows, on the line beside it
        for j in (_next_filled(lines, k, -1), _next_filled(lines, k, 1)):
            if j is not None and j < first and _YEAR.search(lines[j][2]) and len(lines[j][3]) <= _DATE_LINE_WORDS:
                noise.add(j)
    return noise, site_day


def _next_filled(lines: list[_Line], k: int, step: int) -> int | None:
    """The nearest non-blank line above (step -1) or below (step 1) line k."""
    j = k + step
    while 0 <= j < len(lines):
        if lines[j][2].strip():
            return j
        j += step
    return None


def _date_line_below(lines: list[_Line], k: int, first: int) -> bool:
    """The next non-blank line, above the story, holds a year among at most a few words (a date line), and
    is not the same line again."""
    j = _next_filled(lines, k, 1)
    return (j is not None and j < first and bool(_YEAR.search(lines[j][2])) and len(lines[j][3]) <= _DATE_LINE_WORDS
            and lines[j][2].strip() != lines[k][2].strip())


def _pointers(lines: list[_Line], first: int, cues: _Cues) -> list[int]:
    """Lines inside the story that point at another story ("اقرأ أيضا: ...", or the cue alone over the
    headlines it points at), when the story goes on under them; at the page's end they are its tail,
    which `furniture.content_end` cuts."""
    out: list[int] = []
    k = first + 1
    while k < len(lines):
        words = lines[k][3]
        if not words or not _opens(words, cues.pointers, None) or not (
                _opens(words, cues.pointers, 0) or _marked_off(lines[k][2], cues.pointers)):
            k += 1
            continue
        links = [k]
        if _opens(words, cues.pointers, 0):  # the cue alone: the headlines under it, to a blank line
            j = k + 1
            while j < len(lines) and lines[j][3] and not _is_prose(lines[j][2], lines[j][3]):
                links.append(j)
                j += 1
        story_goes_on = any(lines[j][3] and _is_prose(lines[j][2], lines[j][3]) and not _opens(lines[j][3], cues.pointers, None)
                            for j in range(links[-1] + 1, len(lines)))
        if story_goes_on:
            out.extend(links)
        k = links[-1] + 1
    return out


def _marked_off(line: str, cues: tuple[tuple[str, ...], ...]) -> bool:
    """The cue opening the line is set off from what follows by a mark ("Read also: ...", "اقرأ أيضا..."),
    as a pointer is and a sentence opening with the same words ("Related to the talks, ...") is not."""
    folded = fold(line).lower()
    words = list(_WORD.finditer(folded))
    for cue in cues:
        if len(words) > len(cue) and tuple(m.group() for m in words[:len(cue)]) == cue:
            return _POINTER_MARK.match(folded, words[len(cue) - 1].end()) is not None
    return False


def _stitched_item(lines: list[_Line], first: int) -> int | None:
    """Where another item stitched under the story begins: after the story's own text, a line printed
    twice in a row (a photo's caption under a headline, as the site opens every item it shows) opens a
    new item, from the headline lines just above it."""
    count = Counter(line[2].strip() for line in lines)
    own = next((k for k in range(first, len(lines)) if lines[k][3] and count[lines[k][2].strip()] == 1
                and _is_prose(lines[k][2], lines[k][3])), None)
    if own is None:
        return None
    previous = None
    for k in range(own + 1, len(lines)):
        if not lines[k][2].strip():
            continue
        if previous is not None and lines[k][3] and lines[k][2].strip() == lines[previous][2].strip():
            start = previous
            for j in range(previous - 1, own, -1):
                if not lines[j][2].strip():
                    continue
                if _is_prose(lines[j][2], lines[j][3]):
                    break
                start = j  # the new item's headline
            if start < previous:
                return start
            # a paragraph repeated under the story's text, no headline over it: the crawl's slip, not an item
        previous = k
    return None


def _staff_name(lines: list[_Line], k: int) -> list[int]:
    """The next non-blank line after a masthead title, when it is a short name."""
    j = _next_filled(lines, k, 1)
    if j is None:
        return []
    return [j] if 0 < len(lines[j][3]) <= _STAFF_NAME_WORDS and not _DIGIT.search(lines[j][2]) else []


def _blocks(lines: list[_Line]) -> list[list[int]]:
    """Runs of at least BLOCK_LINES consecutive non-blank lines, none of them prose."""
    out: list[list[int]] = []
    run: list[int] = []
    for k, (_, _, line, words) in enumerate(lines + [(0, 0, "", [])]):
        if line.strip() and not _is_prose(line, words):
            run.append(k)
            continue
        if len(run) >= BLOCK_LINES:
            out.append(run)
        run = []
    return out
