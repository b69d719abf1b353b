"""The regular expressions of the date finder, built once from the lexicon.

They run on normalized text (`Doc.norm.text`): letters folded, digits Latin.
Every pattern starts with a group `cl` that takes the proclitics (و ف ب ك ل)
so that the reported span starts at the date word itself.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, alt, lexicon

WORD_END = r"(?![^\W_])"
WORD_START = r"(?<![^\W_])"
CL = WORD_START + r"(?P<cl>[وف]?[بك]?|[وف]?ل(?!ل))"
ART = r"(?:ال|لل)"
# A day may follow a slash after a word (the agency dateline "طهران/19 كانون الأول/ ديسمبر/إرنا"), not a number.
DAY_NUM = r"(?<![\d.,])(?<!\d/)(?:3[01]|[12]\d|0?[1-9])(?![\d]|[.,/]\d)"
YEAR = r"(?<![\d.,+])(?<!\d/)(?:1[5-9]\d\d|20\d\d|21\d\d)(?!\d|[.,/]\d)"  # "نوفمبر/2021", not "5/2021"
HIJRI_YEAR = r"(?<![\d.,/+])1[3-5]\d\d(?!\d|[.,/]\d)"
YEAR_WORD = r"(?:عام|سنه)"


@dataclass(frozen=True)
class Patterns:
    gregorian_day: re.Pattern
    gregorian_month: re.Pattern
    month_first_day: re.Pattern
    english: re.Pattern
    numeric: re.Pattern
    year: re.Pattern
    year_range: re.Pattern
    years_listed: re.Pattern
    year_after_year: re.Pattern
    hijri_day: re.Pattern
    hijri_month: re.Pattern
    hijri_year: re.Pattern
    day_word: re.Pattern
    weekday: re.Pattern
    unit: re.Pattern
    ago: re.Pattern
    day_of_month_unit: re.Pattern
    month_part: re.Pattern
    year_part: re.Pattern
    quarter: re.Pattern
    named_day: re.Pattern
    anniversary: re.Pattern
    passage: re.Pattern
    age: re.Pattern
    # looked for right before / after an atom by the combiner (the `pos` of match() is no `^`)
    bare_day_range: re.Pattern
    range_open: re.Pattern
    two_days_open: re.Pattern
    two_days_join: re.Pattern
    range_join: re.Pattern
    same_day_join: re.Pattern
    duration_before: re.Pattern
    duration_after: re.Pattern
    future: re.Pattern
    past: re.Pattern
    month_split: re.Pattern
    # pattern name → phrases one of which every match of the pattern contains, each as its words:
    # a text that lacks a word of each is not searched (most name no Hijri month, no quarter ...)
    gates: dict[str, tuple[tuple[str, ...], ...]]
    # patterns every match of which holds a digit (or, if it has a gate too, one of its gate phrases)
    digit_gated: frozenset[str]

    def finditer(self, name: str, ntext: str) -> Iterator[re.Match]:
        """The matches of pattern `name` in a normalized text, as `finditer` over the whole text finds
        them, looked for only near the places where its gate phrases (or digits) stand.
        [speed] Each pattern starts with optional proclitics and a lookbehind, so a search of the whole
        text tries every position; most texts name a month, a weekday ... only a few times."""
        pattern = getattr(self, name)
        phrases = self.gates.get(name)
        digits = name in self.digit_gated
        if phrases is None and not digits:
            return pattern.finditer(ntext)
        return _near(pattern, ntext, gate_places(ntext, phrases or (), digits))


# A match lies within this many characters of where a gate phrase it holds starts (the farthest any
# match in the tests and the gold texts reaches is 28: tests/dates/test_pattern_gates.py holds it to
# half of this), so a window this wide on either side of each such place holds every match whole, with
# what its lookarounds read.
GATE_REACH = 100
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=16)  # patterns share gates (three the months, two the Hijri months): found once per text
def gate_places(ntext: str, phrases: tuple[tuple[str, ...], ...], digits: bool) -> tuple[int, ...]:
    """Where the longest word of each gate phrase the text holds starts (every match holds all the words of
    one of them), and where each run of digits starts when the pattern is gated by digits."""
    places = [m.start() for m in _DIGITS.finditer(ntext)] if digits else []
    for phrase in phrases:
        if all(word in ntext for word in phrase):
            word = max(phrase, key=len)
            at = ntext.find(word)
            while at != -1:
                places.append(at)
                at = ntext.find(word, at + 1)
    return tuple(sorted(places))


def _near(pattern: re.Pattern, ntext: str, places: tuple[int, ...]) -> Iterator[re.Match]:
    """The matches of `pattern` in windows of GATE_REACH characters around the places (joined where they
    meet), left to right and not overlapping, as a search of the whole text finds them: the search of a
    window sees the text before it (lookbehinds), and no match comes near its end."""
    pos = 0
    k = 0
    while k < len(places):
        lo, hi = places[k] - GATE_REACH, places[k] + GATE_REACH
        k += 1
        while k < len(places) and places[k] - GATE_REACH <= hi:
            hi = places[k] + GATE_REACH
            k += 1
        for m in pattern.finditer(ntext, max(lo, pos, 0), hi):
            pos = m.end()
            yield m


def gate(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its words (a match holds all of them, whatever the spaces between), shortest
    first and none that holds every word of one before it (a text with it has the shorter one)."""
    out: list[tuple[str, ...]] = []
    for words in sorted({tuple(p.split()) for p in phrases if p.strip()}, key=lambda w: (len(w), w)):
        if not any(set(kept) <= set(words) for kept in out):
            out.append(words)
    return tuple(out)


def _with_li(words: Iterable[str]) -> list[str]:
    """"للعام", "للشهر": the preposition ل before the article, whose alef it drops."""
    return ["ل" + w[1:] for w in words if w.startswith("ال")]


def _year_ref(lx: Lexicon) -> str:
    """A year after a part/quarter: "2023", "عام 2023", "العام الجاري", "هذا العام", bare "العام"."""
    direction = alt(lx.directions)
    return (rf"(?:ال{YEAR_WORD}\s+(?P<dir>{direction}){WORD_END}"
            rf"|(?:ال)?{YEAR_WORD}\s+(?P<year>{YEAR})"
            rf"|(?P<year2>{YEAR})"
            rf"|{alt(lx.this)}\s+ال{YEAR_WORD}(?P<this>){WORD_END}"
            rf"|ال{YEAR_WORD}(?P<bare>){WORD_END})")


def _gregorian_tail(lx: Lexicon, suffix: str) -> str:
    """What may follow a Gregorian month: a year, a direction, or "(من) العام الجاري" ("في يناير العام الماضي")."""
    direction = alt(lx.directions)
    return (rf"(?:\s*[،,/-]?\s*(?:(?:من\s+)?(?:ال)?{YEAR_WORD}\s+)?(?P<year>{YEAR}){suffix}"
            rf"|\s+(?P<dir>{direction}){WORD_END}"
            rf"|\s+(?:من\s+)?ال{YEAR_WORD}\s+(?P<ydir>{direction}){WORD_END}"
            rf"|\s+(?:من\s+)?{alt(lx.this)}\s+ال{YEAR_WORD}(?P<ythis>){WORD_END})?")


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lx = lexicon()
    month = alt(lx.gregorian)
    month_x = rf"{month}(?:\s*[/\\(-]\s*{month}(?:\s*\))?)?{WORD_END}"  # "تشرين الثاني/نوفمبر"
    english = alt(lx.english)
    hmonth = alt(lx.hijri) + WORD_END
    weekday = alt(w for w in lx.weekdays if w.startswith("ال"))
    any_weekday = alt(lx.weekdays)
    ordinal = alt(lx.ordinals)
    direction = alt(lx.directions)
    cardinal = alt(lx.cardinals)
    number = rf"(?:\d{{1,3}}|{cardinal}(?:\s+و\s*{cardinal})*)"
    gsuf = rf"(?:\s*{alt(lx.gregorian_year_suffix)}{WORD_END})?"
    hsuf = rf"\s*{alt(lx.hijri_year_suffix)}{WORD_END}"
    tail = _gregorian_tail(lx, gsuf)
    wd_prefix = rf"(?:(?:يوم\s+)?(?P<wd>{weekday}){WORD_END}\s*[،,]?\s*(?:(?:يوم|في)\s+)?)?"
    dur_units = alt(lx.duration_units)
    this = alt(lx.this)
    join = alt(lx.range_join)
    c = re.compile
    return Patterns(
        gregorian_day=c(CL + wd_prefix
                        + rf"(?:(?P<day>{DAY_NUM})\s*(?:من\s+|[/-]\s*)?|(?P<oday>{ordinal})\s+من\s+)(?:شهر\s+)?"
                        + rf"(?P<mon>{month_x}){tail}"),
        # "إبريل 12, 2023": the month first, as English pages write it (only with its year)
        month_first_day=c(CL + rf"(?P<mon>{month}){WORD_END}\s+(?P<day>{DAY_NUM})\s*[،,]\s*(?P<year>{YEAR})(?!\d)"),
        gregorian_month=c(CL + rf"(?:(?P<shahr>شهر|الشهر)\s+)?(?P<mon>{month_x}){tail}"),
        english=c(WORD_START + r"(?P<cl>)(?:"
                  rf"(?P<day>{DAY_NUM})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<emon>{english})\.?,?\s+(?P<year>{YEAR})"
                  rf"|(?P<emon2>{english})\.?\s+(?P<day2>{DAY_NUM})(?:st|nd|rd|th)?,?\s+(?P<year2>{YEAR})"
                  rf"|(?P<emon3>{english})\.?,?\s+(?P<year3>{YEAR}))"),
        numeric=c(r"(?P<cl>)(?<![\d/.+-])(?:(?P<d>\d{1,2})(?P<s1>[/.-])(?P<m>\d{1,2})(?P=s1)(?P<y>\d{4})"
                  r"|(?P<y2>\d{4})(?P<s2>[/.-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\d/.-]\d|\d)"),
        year=c(CL + rf"(?:(?:{ART})?{YEAR_WORD}\s+(?:(?P<year>{YEAR}){gsuf}"
                    rf"|(?P<words>(?:الف|الفين|الفان)(?:\s+و\s*{cardinal}){{0,4}}){WORD_END})"
                    rf"|(?P<year2>{YEAR})\s*{alt(lx.gregorian_year_suffix)}{WORD_END}"
                    rf"|(?:في|منذ|حتى|خلال|بحلول|قبل|بعد)\s+(?P<year3>{YEAR})(?!\s*[-/]\s*\d)"
                    rf"(?!\s+[^\s\d]+ا{WORD_END}))"),
        year_range=c(CL + rf"(?:(?:ما\s+)?بين\s+(?:ال)?(?:عامي|سنتي|العامين)\s+(?P<y1>{YEAR})\s+و\s*(?P<y2>{YEAR})"
                          rf"|(?:ال|لل)?فتره\s+(?:من\s+)?(?:(?:ال)?{YEAR_WORD}\s+)?(?P<y3>{YEAR})\s*{join}\s*"
                          rf"(?:(?:ال)?{YEAR_WORD}\s+)?(?P<y4>{YEAR}))"),
        # "في عامي 2016 و2018": two years, each a value ("بين عامي" is a range)
        years_listed=c(CL + rf"(?:ال)?(?:عامي|سنتي)\s+(?P<y1>{YEAR})\s+و\s*(?P<y2>{YEAR})"),
        # "عام 2016 و2017", "في 2018 و2019": a year joined to the year just written is one too
        year_after_year=c(rf"(?<=(?:1[5-9]|20|21)\d\d)\s+و\s*(?P<year>{YEAR})(?!\s*[-/]\s*\d)"),
        hijri_day=c(CL + wd_prefix
                    + rf"(?:(?P<day>{DAY_NUM})\s*(?:من\s+)?|(?P<oday>{ordinal})\s+من\s+|(?P<ghurra>غره)\s+)(?:شهر\s+)?"
                    + rf"(?P<hmon>{hmonth})(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال)?{YEAR_WORD}\s+)?(?P<hyear>{HIJRI_YEAR})(?:{hsuf})?"
                    + rf"|\s+(?P<dir>{direction}){WORD_END})?"),
        hijri_month=c(CL + rf"(?:(?P<shahr>شهر)\s+)?(?P<hmon>{hmonth})"
                      rf"(?:\s+(?P<hyear>{HIJRI_YEAR})(?P<hsuf>{hsuf})?|\s+(?P<dir>{direction}){WORD_END})?"),
        hijri_year=c(CL + rf"(?:(?:ال)?{YEAR_WORD}\s+)?(?P<hyear>{HIJRI_YEAR}){hsuf}"),
        day_word=c(CL + rf"(?P<dw>{alt(lx.day_words)}){WORD_END}"  # "غدا الأحد", "أمس، الاثنين", "غدا (الأربعاء)"
                   rf"(?:\s*[،,]?\s*(?P<wd>{weekday}){WORD_END}|\s*\(\s*(?P<pwd>{weekday})\s*\))?"),
        weekday=c(CL + rf"(?:(?P<pre>يوم|ليله|مساء|صباح|ظهر|فجر|عصر)\s+(?P<wd1>{any_weekday})|(?P<wd>{weekday}))"
                  rf"{WORD_END}(?:\s+(?P<dir>{direction}){WORD_END})?"),
        unit=c(CL + rf"(?:(?P<this>{this})\s+)?(?P<unit>{alt(lx.units)}|{alt(_with_li(lx.units))}){WORD_END}"
               rf"(?:\s+(?P<bl>{alt(lx.before_last)})|\s+(?P<dir>{direction}))?{WORD_END}"),
        ago=c(CL + rf"(?P<ago>{alt(lx.ago)})\s+(?:(?P<n>{number})\s+)?(?P<unit>{dur_units}){WORD_END}"
              rf"(?!\s*\d)(?!\s+(?:من|على){WORD_END})"),
        day_of_month_unit=c(CL + rf"(?:(?P<day>{DAY_NUM})\s+(?:من\s+)?|(?P<oday>{ordinal})\s+من\s+)"
                            rf"(?:(?:ال)?شهر\s+(?P<dir>{direction})|{this}\s+الشهر(?P<this>)){WORD_END}"),
        month_part=c(CL + rf"(?P<part>{alt(lx.month_parts)})\s+(?:(?:شهر\s+)?(?P<mon>{month_x}){tail}"
                     rf"|(?:ال)?شهر\s+(?P<rdir>{direction}){WORD_END}|{this}\s+الشهر(?P<rthis>){WORD_END})"),
        year_part=c(CL + rf"(?P<part>{alt(lx.year_parts)})\s+{_year_ref(lx)}"),
        quarter=c(CL + rf"(?P<qh>{alt(lx.quarter_words + lx.half_words)})\s+"
                  rf"(?P<ord>{alt(lx.part_ordinals)})\s+(?:من\s+)?{_year_ref(lx)}"),
        named_day=c(CL + rf"(?P<name>{alt(lx.named_days)})" + WORD_END),
        anniversary=c(CL + rf"(?:(?:ال|لل)?ذكري\s+(?:السنويه\s+)?(?:ال\s*(?P<n>\d{{1,3}})|(?P<ord>{ordinal}){WORD_END}|(?P<hundred>المئويه))"
                      rf"(?:\s+السنويه)?|(?P<jub>{alt(lx.jubilees)}){WORD_END})"),
        passage=c(CL + rf"(?:مرور\s+)?(?P<n>{number})\s+(?:عاما|عام|سنه|سنوات|اعوام){WORD_END}(?=\s+علي\s)"),
        age=c(CL + rf"(?:(?:بلوغه|بلوغها)\s+)?(?:سن\s+(?P<ord>{ordinal})"
              rf"|عيد\s+ميلاد(?:ه|ها)?\s+(?:ال\s*(?P<n>\d{{1,3}})|(?P<ord2>{ordinal})))"
              rf"{WORD_END}"),
        # (with no opener, only a dash joins a span: "18-19 نوفمبر"; a dash after "-" or a digit is a date's own)
        bare_day_range=c(rf"(?:{WORD_START}(?:(?P<open>{alt(lx.range_open)}|يومي)|(?P<listed>في|خلال|(?:ال|لل)?فتره))\s+)?"
                         rf"(?<![-\d])(?P<d1>{DAY_NUM})\s*(?P<join>{join})\s*$"),
        # "بين شهري يونيو ويوليو": the dual "the two months" between the opener and the first month
        range_open=c(rf"{WORD_START}(?:خلال\s+|في\s+)?(?:ال|لل)?(?:فتره\s+)?(?:{alt(lx.range_open)})\s+(?:شهري\s+)?$"),
        range_join=c(rf"^\s*(?:{join})\s*$"),
        # "يومي الثلاثاء 7 والأربعاء 8 مارس", "يومي الخميس والجمعة": the word before the first day, then the join
        two_days_open=c(rf"{WORD_START}(?:{alt(lx.two_days)})\s+$"),
        two_days_join=c(rf"^\s*(?P<d1>{DAY_NUM})?\s*[،,]?\s*و\s*$"),
        same_day_join=c(r"^\s*[،,]?\s*(?:\(|-|/|(?:ال|و|الذي\s+)?(?:يوافق|الموافق|موافق)\s*(?:ل\s*)?)?\s*$"),
        duration_before=c(rf"{WORD_START}(?:(?P<n>{number})\s+)?(?P<unit>{dur_units})\s*[،,]?\s*"
                          rf"(?:{alt(lx.start_lead)})(?:\s+من)?\s+$"),
        duration_after=c(rf"\s*[،,]?\s*(?:و\s*)?(?:{alt(lx.duration_lead)})\s+(?:(?P<n>{number})\s+)?(?P<unit>{dur_units}){WORD_END}"),
        future=c(rf"{WORD_START}(?:[وف]?(?:{alt(lx.future_words)})|[وف]?س[يتن][^\W\d_]{{2,}}){WORD_END}"),
        past=c(rf"{WORD_START}[وف]?(?:{alt(lx.past_words)}){WORD_END}"),
        month_split=c(r"\s*[/\\()-]\s*"),
        gates=_gates(lx),
        digit_gated=frozenset({"numeric", "year", "hijri_year", "year_after_year"}),
    )


def _gates(lx: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases each pattern cannot match without (read off the pattern: the lexicon list, or the
    literal words, that every branch of it needs); patterns that need only digits or common words
    have none."""
    months, hijri = gate(lx.gregorian), gate(lx.hijri)
    return {
        "gregorian_day": months, "gregorian_month": months, "month_first_day": months,
        "english": gate(lx.english),
        "year_range": gate(["بين عامي", "بين سنتي", "فتره"]),  # "العامين" holds "عامي"
        "years_listed": gate(["عامي", "سنتي"]),
        "hijri_day": hijri, "hijri_month": hijri,
        "day_word": gate(lx.day_words),
        "weekday": gate(lx.weekdays),
        "unit": gate([*lx.units, *_with_li(lx.units)]),
        "ago": gate(lx.ago),
        "day_of_month_unit": gate(["شهر"]),
        "month_part": gate(lx.month_parts),
        "year_part": gate(lx.year_parts),
        "quarter": gate(lx.quarter_words + lx.half_words),
        "named_day": gate(lx.named_days),
        "anniversary": gate(["ذكري", *lx.jubilees]),
        "passage": gate(["عاما", "عام", "سنه", "سنوات", "اعوام"]),
        "age": gate(["سن", "ميلاد"]),
        "year": gate(["الف"]),  # "عام ألفين وعشرين"; else a year in digits (digit_gated)
    }
