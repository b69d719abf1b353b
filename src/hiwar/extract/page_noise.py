"""Page noise: the lines a news site prints around every story it serves (its masthead and staff,
widgets and buttons, a ticker of other headlines, the related links and comments under the story),
blanked out before a page is read, so that the people, bodies and days they name are not the story's.

Blanking keeps every other character where it was (a noise line becomes spaces), so offsets into the
page stay those of the stored text. A line holding a date is blanked only inside a block of the site's
own chrome (a masthead, widgets): elsewhere it may be the page's own date line. The cue lists are in
data/ar/page_noise.yaml and data/en/page_noise.yaml; an Arabic page's own tail (data/ar/furniture.txt)
is cut by `furniture.content_end`, which reads the Arabic path only.
"""
from __future__ import annotations

import re
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
_SENTENCE_END = re.compile(r"[.!?؟](?=[\s\"”»)]*$)")
# ... or a sentence running on into a list under it ("وضم الوفد كلا من:"); a link seldom ends so
_RUNS_ON = re.compile(r"[:،,]\s*$")
_RUN_ON_WORDS = 6
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class _Cues:
    masthead: tuple[tuple[str, ...], ...]
    today: tuple[tuple[str, ...], ...]
    chrome: tuple[tuple[str, ...], ...]
    tail: tuple[tuple[str, ...], ...]


def _words(line: str) -> list[str]:
    return _WORD.findall(fold(line).lower())


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """The cues of both languages, as folded lower-case words (the two scripts never meet)."""
    found: dict[str, list[tuple[str, ...]]] = {"masthead": [], "today": [], "chrome": [], "tail": []}
    for language in ("ar", "en"):
        data = read_yaml(PACKAGE_DATA / language / "page_noise.yaml")
        for key, cues in found.items():
            cues.extend(tuple(_words(cue)) for cue in data.get(key, []))
    return _Cues(**{key: tuple(sorted(set(cues), key=len, reverse=True)) for key, cues in found.items()})


def _opens(words: list[str], cues: tuple[tuple[str, ...], ...], extra: int | None = _EXTRA_WORDS) -> bool:
    """The line opens with one of the cues, followed by at most `extra` words (any number when None)."""
    return any(tuple(words[:len(c)]) == c and (extra is None or len(words) - len(c) <= extra) for c in cues)


def _is_prose(line: str, words: list[str]) -> bool:
    return (len(words) >= _PROSE_WORDS or _SENTENCE_END.search(line.rstrip()) is not None
            or (len(words) >= _RUN_ON_WORDS and _RUNS_ON.search(line) is not None))


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
    lines: list[tuple[int, int, str, list[str]]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line, _words(line)))
        pos += len(line) + 1
    prose = [k for k, (_, _, line, words) in enumerate(lines) if words and _is_prose(line, words)]
    if not prose:
        return []
    first, last = prose[0], prose[-1]
    noise: set[int] = set()
    site_day: set[int] = set()  # masthead and widget lines: a date beside them is the day the page was served
    for k in range(first):  # above the story: masthead, chrome, blocks of links
        words = lines[k][3]
        if words and _opens(words, cues.masthead, None):
            noise.add(k)
            site_day.add(k)
            if len(words) <= max(len(c) for c in cues.masthead if tuple(words[:len(c)]) == c):
                noise.update(_staff_name(lines, k))
        elif words and _opens(words, cues.today) and not _YEAR.search(lines[k][2]):
            noise.add(k)
            site_day.add(k)
        elif words and _opens(words, cues.chrome) and not _DIGIT.search(lines[k][2]):
            noise.add(k)
    for block in _blocks(lines):
        above = block[-1] < first
        if not (above or block[0] > last):
            continue  # a list inside the story (its participants, its agreements) is the story's
        served = any(k in site_day for k in block)
        noise.update(k for k in block if served or not _YEAR.search(lines[k][2]))
    for k in range(first + 1, len(lines)):  # under the story: its tail, to the end of the page
        if lines[k][3] and _opens(lines[k][3], cues.tail):
            noise.update(range(k, len(lines)))
            break
    return [(lines[k][0], lines[k][1]) for k in sorted(noise) if lines[k][2].strip()]


def _staff_name(lines: list[tuple[int, int, str, list[str]]], k: int) -> list[int]:
    """The next non-blank line after a masthead title, when it is a short name."""
    for j in range(k + 1, len(lines)):
        if lines[j][2].strip():
            words = lines[j][3]
            return [j] if 0 < len(words) <= _STAFF_NAME_WORDS and not _DIGIT.search(lines[j][2]) else []
    return []


def _blocks(lines: list[tuple[int, int, str, list[str]]]) -> list[list[int]]:
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
