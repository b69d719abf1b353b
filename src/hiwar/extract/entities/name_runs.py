"""Names in running text: where a run of name words starting at a token ends (given names,
connectors, family names, foreign names), and the word shapes that tell a name from a noun or verb."""
from __future__ import annotations

from functools import lru_cache

from ...text.doc import clitic_readings
from ..places import place_at
from .titles import TitleReader, lex_is_honorific
from .words import (FATHER_CONNECTORS, MAX_NAME_TOKENS, NAME_CONNECTORS, common_noun_shape, has_article, is_definite,
                    looks_transliterated, opens_a_day, starts_with_waw, verbal_noun_shape)

MAX_FOREIGN_NAME_WORDS = 4  # "ميغيل أبرانتيس نيفيس داكوستا"
MAX_SYLLABLE_LETTERS = 4  # "كي", "مون", "جونغ": a syllable of an East Asian given name



class NameReader(TitleReader):
    """The reading of a person's name at a token, after or without an office."""

    # ------------------------------------------------------------ names
    def name_end(self, i: int, first_form: str | None = None, after_office: bool = False,
                 womans_name: bool = False) -> int:
        """End of the name run at token i (`first_form`: token i without its proclitic;
        `after_office`: an office stands before it, which vouches for two foreign-looking words;
        `womans_name`: a woman's office or honorific stands before it, so a first word ending in
        "ة" is a woman's name, not a feminine noun: "وزيرة الدفاع زينة عكر").

        Units are counted, not tokens: connectors (بن، بنت، آل) are free and "عبد الكريم"
        written apart is one unit, so "فيصل بن فرحان بن عبدالله آل سعود" fits.
        """
        lex, toks = self.lex, self.tokens
        j, n = i, 0  # n: name units read
        foreign = i < self.limit and (first_form or toks[i].norm) in lex.foreign_given
        syllabic = i < self.limit and self.before_syllable_hyphen(i)  # "بان كي - مون": foreign, though unlisted
        closing_particle = False  # "وانغ دي": a particle that closes a foreign name is its last word
        connectors = NAME_CONNECTORS | lex.foreign_particles if foreign else NAME_CONNECTORS
        family = False  # a family name (definite) has been read: only family parts may follow
        while j < self.limit and n < MAX_NAME_TOKENS:
            t = toks[j]
            f = first_form if j == i and first_form else t.norm
            if f == "عبد" and j + 1 < self.limit and is_definite(toks[j + 1].norm) and not family:
                j, n = j + 2, n + 1  # "عبد الكريم", written apart, is one given name
                continue
            if n > 0 and not family and f in lex.compound_name_ends:
                j += 1  # "علاء الدين فؤاد": "الدين" closes the given name, the family name follows
                continue
            if (foreign or after_office or syllabic) and n > 0 and self.joins_foreign_name(j):
                j += 2  # "جان-إيف": one unit; "جي. دي. فانس": initials
                continue
            if not t.is_word or f.isdigit() or (f in lex.stopwords and not self.spelled_as_name(j, f)
                                                 and not (n == 0 and after_office and self.opens_foreign_name(j, f))
                                                 and not ((foreign or after_office or syllabic)
                                                          and self.before_syllable_hyphen(j))):
                break
            if n > 0 and f in lex.speech_verbs:
                break  # "وكان الوزير كريس رايت قال": the verb after the name, the subject before it
            if opens_a_day(self.doc, j):
                break  # "غادر صباح اليوم": a time of the day, not the given name "صباح"
            known = f in lex.given or f in lex.foreign_given or f in lex.official_short
            place = place_at(self.doc, j)
            if place is not None and place[0].form != "demonym" and not known \
                    and not (foreign and n == 1 and place[1] == j + 1 and self.ends_name(j + 1)):
                break  # but "توماس مالي،": a one-word country name closing a foreign name is its surname
            if n == 0:
                article = is_definite(f) if f != t.norm else has_article(self.doc, j)
                construct = f in lex.construct and not (after_office and f in lex.head_constructs)
                if not known and (article or starts_with_waw(t) or construct or self.head_at(j) is not None
                                  or preposition_with_article(f)  # "رحب الوزير بالسفراء الجدد"
                                  or self.errand_or_place_noun(t.norm)  # "لحضور أعمال", "بمطار كازابلانكا"
                                  or lex_is_honorific(self, j, clitics=True)  # "ممثلة برجل الأعمال"
                                  or len(f) < 2 or self.is_addressee(j)
                                  or lex.named_heads.match_at(self.doc, j, clitics=False) is not None):
                    break
                if f in lex.official_short and f not in lex.given and f not in lex.foreign_given:
                    return j + 1  # a known surname alone ("بومبيو")
            elif f in connectors:
                if j + 1 >= self.limit or not toks[j + 1].is_word:
                    closing_particle = foreign and n == 1 and f in lex.foreign_particles
                    j += closing_particle
                    break
                j += 1
                continue
            elif starts_with_waw(t) and not known and not (
                    # after an office, a second word that ends the name is its surname ("غافين ويليامسون.")
                    (foreign or after_office and self.ends_name(j + 1)) and n == 1 and self.waw_surname(j)):
                break
            elif is_definite(f) and (f != t.norm or has_article(self.doc, j)):  # not "ألباريس"
                stem = f[2:]
                if foreign and n >= 2:
                    break  # "دونالد ترامب البيت الأبيض": a foreign name takes no family name with the article
                if self.head_at(j) is not None and not (n == 1 and self.given_start(i) and self.family_like_office(j)) \
                        or stem.endswith("ات") or (family and stem not in lex.given and not self.second_nisba(j, stem)) \
                        or lex.agents_only.match_at(self.doc, j) is not None or lex.bodies.match_at(self.doc, j):
                    break  # an office, a plural noun, a body ("ترامب البيت الأبيض") or a common noun after the family
                family = True
            elif family and toks[j - 1].norm != "ال":
                break
            elif (not known or n >= 2 and j + 1 < self.limit and not self.given_start(j + 1)) \
                    and self.opens_office(j) and toks[j - 1].norm not in FATHER_CONNECTORS:
                # "أجرى نائب رئيس الوزراء": an office with its complement opens no name's second word,
                # nor a given name's that opens one after a full name ("محمود عتمان أمين عام المجلس");
                # but after "بن" a word is the father's name ("خالد بن مساعد العنقري")
                break
            elif not (f in lex.given or (n == 1 and not preposition_with_article(f))
                      or toks[j - 1].norm in NAME_CONNECTORS):
                two_given = all(self.given_start(k) for k in range(i, j))
                foreign_rest = self.given_start(i) and all(looks_transliterated(self.doc, lex, k) for k in (j - 1, j))
                ranked = self.given_start(i) and i > 0 and lex_is_honorific(self, i - 1, clitics=True) \
                    and self.office_at(j + 1)  # "السفير حمدي سند لوزا نائب وزير الخارجية"
                # "فيصل بن حامد معلا،": after a father's name, an unknown word closed by punctuation or an office
                fathered_rest = j - i == 3 and toks[j - 2].norm in FATHER_CONNECTORS and self.ends_name(j + 1)
                if preposition_with_article(f) or accusative_adverb(f) and self.given_start(i) and not foreign \
                        and not self.office_at(j + 1):
                    break  # "نبيه بري للتشاور", "محمود عباس مؤخرا": a phrase or an adverb after the name
                # "روبرت ستيفن بيكروفت واستعرض": a foreign name's third word before "و" opening a clause
                foreign_third = foreign and two_given and looks_transliterated(self.doc, lex, j) \
                    and j + 1 < self.limit and starts_with_waw(toks[j + 1])
                if n == 2 and not verb_shaped(f) and (j - i == 2 and (two_given or foreign_rest or ranked)
                                                      and (self.ends_name(j + 1) or self.opens_clause(j + 1)
                                                           or foreign_third)
                                                      or fathered_rest):
                    family = True  # "ماجد مهدي حنتوش", "محمد أوغوز تشاغلار": the third is the family name
                elif not (after_office and self.foreign_run_end(i) > j):
                    break  # but "السفير، السيد ميغيل أبرانتيس نيفيس داكوستا،": a foreign name of many words
            j, n = j + 1, n + 1
        while j > i and toks[j - 1].norm in connectors and not closing_particle:
            j -= 1
        if j - i < 2:
            return j
        first = first_form or toks[i].norm
        first_known = first in lex.given or first in lex.foreign_given or first in ("عبد", "ابو")  # "أبو بكر"
        fathered = toks[i + 1].norm in FATHER_CONNECTORS  # "امعيزيزة بنت كربالي": a noun takes no "بنت"
        # after an office, a given name second is the father's: "المستشار عقيلة صالح،"
        fathered = fathered or after_office and j - i == 2 and toks[i + 1].norm in lex.given and self.ends_name(j)
        if not first_known and common_noun_shape(self.doc, i) and not fathered and not womans_name:
            return i  # "رئاسة الجلسة", "استعداد الأمانة"
        if not first_known and j - i == 2 and self.doc.text[toks[i + 1].start:toks[i + 1].end].endswith("ة") \
                and has_article(self.doc, i + 1):
            return i  # a noun and its feminine complement: "عزم القمة", "حرص الحكومة"
        second = toks[i + 1].norm
        if not first_known and j - i == 2 and len(second) >= 6 and verbal_noun_shape(second) and not foreign:
            # a noun and a verbal noun in construct ("تسلم الرئيس أوراق اعتماد السفير"); not of five letters:
            # foreign surnames take the shape of "تفعيل" ("هانا تيتيه")
            return i
        verb_like = (first.startswith("ي") or dual_or_plural_verb(first)) and not self.ranked_foreign_pair(i, j)
        if not first_known and (verb_like or not (
                is_definite(toks[i + 1].norm) or toks[i + 1].norm in NAME_CONNECTORS
                or (j - i >= 3 and toks[i + 1].norm in lex.given)  # "جراح جابر الأحمد الصباح"
                or ((after_office or syllabic) and j - i >= 4 and self.joins_foreign_name(i + 2))  # "ماتياس ج. ميتمان"
                or (after_office and self.foreign_run_end(i) == j)  # "أتيليو بيراردي هويدا،"
                or self.ranked_apposition(i, j)  # "والسيد أبشر جامع عمر، وزير الشؤون الخارجية"
                or (j - i == 2 and (self.ends_name(j) or (after_office or self.opens_clause(j))
                                    and self.transliterated_pair(i))))):
            return i  # two unknown words ("استعرض رؤية") or a verb ("يدشنان الحوار") are no name
        return j

    def ranked_apposition(self, i: int, j: int) -> bool:
        """Tokens i..j, right after an honorific, are closed by a comma and an office: a name set off
        before its office, though its words are unknown."""
        return (i > 0 and lex_is_honorific(self, i - 1, clitics=True) and j + 1 < self.limit
                and self.tokens[j].norm in (",", "،") and self.office_at(j + 1)
                and not any(self.head_at(k) is not None for k in range(i, j)))

    def errand_or_place_noun(self, form: str) -> bool:
        """"ب" or "ل" + a noun of an errand or of a named place ("لحضور", "بمطار"): a phrase, no name."""
        return form[:1] in ("ب", "ل") and (form[1:] in self.lex.purpose_nouns or form[1:] in self.lex.named_after_nouns)

    def ranked_foreign_pair(self, i: int, j: int) -> bool:
        """Tokens i..j are two foreign-looking words right after an honorific, closed by punctuation or an
        office ("السيد يان كوبيس المبعوث ..."): a name, though its first word looks like a verb."""
        return (j - i == 2 and i > 0 and lex_is_honorific(self, i - 1, clitics=True)
                and self.transliterated_pair(i) and self.ends_name(j))

    def foreign_run_end(self, i: int) -> int:
        """End of three or four foreign-looking words from token i closed by punctuation or the
        text's end (a foreign name written in full: "أنطونيو أغوستو إدواردو نامبوريتي،"); else i."""
        k = i
        while k < self.limit and k - i < MAX_FOREIGN_NAME_WORDS and self.tokens[k].is_word \
                and looks_transliterated(self.doc, self.lex, k) and self.head_at(k) is None \
                and not self.accusative_pair(k):
            k += 1
        closed = k >= self.limit or not self.tokens[k].is_word
        return k if closed and k - i >= 3 else i

    def accusative_pair(self, k: int) -> bool:
        """Tokens k, k+1 are a noun and its adjective in the accusative ("مؤتمرا صحفيا",
        "اجتماعا ثنائيا"): the adjective ends in "يا"."""
        nxt = self.tokens[k + 1] if k + 1 < self.limit else None
        return self.tokens[k].norm.endswith("ا") and nxt is not None and nxt.norm.endswith("يا")

    def quoted_name(self, k: int) -> int | None:
        """End of a name of two words or more set in quotation marks at token k, after an office;
        words with the article after an unknown first word are a body's quoted name ("عصائب "أهل الحق"")."""
        if k + 1 >= self.limit or self.tokens[k].norm != '"':
            return None
        end = self.name_end(k + 1, after_office=True)
        if not self.given_start(k + 1) and any(has_article(self.doc, x) for x in range(k + 2, end)):
            return None
        return end if end - (k + 1) >= 2 and end < self.limit and self.tokens[end].norm == '"' else None

    def family_like_office(self, j: int) -> bool:
        """Token j is an office's word with the article, alone, closing a name ("أحمد الوكيل في
        بيان"): a family name, since an office after a name takes its complement."""
        head = self.head_at(j)
        return head.end_token == j + 1 and self.title_end(j) == j + 1 \
            and (self.ends_name(j + 1) or self.opens_clause(j + 1))

    def second_nisba(self, j: int, stem: str) -> bool:
        """A second family name of the nisba shape after the first ("العرابي الحارثي"): not a
        country's adjective, an office or an ordinal."""
        form = self.tokens[j].norm
        return (stem.endswith("ي") and len(stem) >= 4 and place_at(self.doc, j) is None
                and form not in self.lex.stopwords and form not in self.lex.regnal_numbers
                and form not in self.lex.generic_complements and self.head_at(j) is None)

    def surname_alone(self, k: int) -> bool:
        """Token k, right after an office, is a foreign surname written alone ("ووزير الدفاع
        بيسنت."): foreign-looking and closed by punctuation; not an adverb in the accusative
        ("وصرح الوزير لاحقا.")."""
        return (looks_transliterated(self.doc, self.lex, k) and self.head_at(k) is None
                and not self.tokens[k].norm.endswith("ا")
                and k + 1 < len(self.tokens) and self.tokens[k + 1].norm in (".", "،", ","))

    def joins_foreign_name(self, j: int) -> bool:
        """Token j is a hyphen inside a name ("جان-إيف") or the dot of an initial ("جي. دي.")."""
        toks = self.tokens
        if j + 1 >= self.limit or not toks[j + 1].is_word:
            return False
        if toks[j].norm == "-":
            tight = toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start
            return tight or self.spaced_syllables(j)
        return toks[j].norm == "." and len(toks[j - 1].norm) <= 2

    def spaced_syllables(self, j: int) -> bool:
        """The hyphen at token j, written with spaces, joins two short syllables of one East Asian
        given name ("بان كي - مون"); a spaced dash between longer words opens an aside ("أحمد - في")."""
        before, after = self.tokens[j - 1], self.tokens[j + 1]
        return (before.is_word and len(before.norm) <= MAX_SYLLABLE_LETTERS and len(after.norm) <= MAX_SYLLABLE_LETTERS
                and after.norm not in self.lex.stopwords and not is_definite(after.norm))

    def before_syllable_hyphen(self, j: int) -> bool:
        """Token j, though it folds like a particle, is a name's syllable: the first word of a name
        whose next word is hyphenated ("بان كي - مون"), or the word before the hyphen itself."""
        return any(h + 1 < self.limit and self.tokens[h].norm == "-" and self.tokens[h - 1].is_word
                   and self.joins_foreign_name(h) for h in (j + 1, j + 2))

    def waw_surname(self, j: int) -> bool:
        """A foreign surname that starts with "و" ("بيني وونغ"), not "و" + a new name or office."""
        rest = self.tokens[j].norm[1:]
        return (self.head_at(j) is None and not lex_is_honorific(self, j, clitics=True)
                and rest not in self.lex.given and rest not in self.lex.foreign_given)

    def spelled_as_name(self, j: int, form: str) -> bool:
        """A given name that folds like a particle ("علي" / "على") is told apart by its spelling."""
        tok = self.tokens[j]
        return form in self.lex.given and self.doc.text[tok.start:tok.end] == form

    def opens_foreign_name(self, j: int, form: str) -> bool:
        """A foreign family name that folds like a particle ("لي"), right after an office, opens a
        name when a name's word follows it: "السفير الصيني لي مينغ"."""
        nxt = self.tokens[j + 1] if j + 1 < self.limit else None
        return (form in self.lex.particle_family_names and nxt is not None and nxt.is_word
                and nxt.norm not in self.lex.stopwords and not is_definite(nxt.norm) and not starts_with_waw(nxt))

    def ends_name(self, j: int) -> bool:
        """What may follow a name of two unknown words: punctuation, an office, a relative pronoun, the
        text's end."""
        if j >= self.limit or not self.tokens[j].is_word or self.tokens[j].norm in self.lex.relative_pronouns:
            return True  # "السيدة تانيا فايون التي شاركت": a relative clause follows a name, which is definite
        head = self.head_at(j)
        return head is not None and bool(head.payload) or lex_is_honorific(self, j, clitics=True)

    def opens_clause(self, j: int) -> bool:
        """What follows a speaker's name: "إن"، "اليوم"، a verb in the present or future."""
        if j >= self.limit:
            return True
        form = self.tokens[j].norm
        return form in self.lex.name_followers or (len(form) >= 4 and form.startswith(("ي", "سي", "ست")))

    def transliterated_pair(self, i: int) -> bool:
        """Tokens i, i+1 look like a foreign name written in Arabic ("روديريك دراموند")."""
        if i + 1 >= self.limit or self.tokens[i].norm.endswith("ا") and not self.after_feminine_honorific(i):
            return False  # an accusative ("اجتماعا"); not after "السيدة" ("السيدة كامينا جونسون")
        return all(looks_transliterated(self.doc, self.lex, k) and self.head_at(k) is None for k in (i, i + 1))

    def after_feminine_honorific(self, i: int) -> bool:
        """Token i follows a woman's honorific of one word ("السيدة", "الدكتورة")."""
        return i > 0 and self.tokens[i - 1].norm.endswith("ه") and lex_is_honorific(self, i - 1)

    def given_start(self, i: int) -> tuple[int, str] | None:
        """(proclitic length, form) when token i is a known given name, maybe after "و"."""
        return given_reading(self.tokens[i].norm, self.lex.given, self.lex.foreign_given)



@lru_cache(maxsize=1 << 16)  # asked of every word of every text: words repeat across texts
def given_reading(word: str, given: frozenset[str], foreign_given: frozenset[str]) -> tuple[int, str] | None:
    """(proclitic length, form) of the first reading of a word that is a known given name, maybe
    after "و"."""
    for stripped, form in clitic_readings(word):
        if stripped <= 1 and (form in given or form in foreign_given):
            return stripped, form
    return None



def preposition_with_article(form: str) -> bool:
    """"ل" or "ب" + the article ("للتشاور", "بالسفراء"): a prepositional phrase, never a name's word."""
    return form.startswith(("لل", "بال")) and len(form) > 4


def accusative_adverb(form: str) -> bool:
    """An Arabic word of five letters or more in the accusative, with its final alif ("مؤخرا", "حاليا",
    "رسميا"): an adverb after an Arabic given name, unless an office follows ("رامي سند كوستا نائب
    الوزير"); Arabic family names that end in alif are short ("معلا", "شطا")."""
    return len(form) >= 5 and form.endswith("ا")


def verb_shaped(form: str) -> bool:
    """A word shaped like a verb in the present or future ("يزور", "سيسافر", "ستعقد")."""
    return form.startswith("ي") or len(form) >= 5 and form.startswith(("سي", "ست", "سن"))



def dual_or_plural_verb(form: str) -> bool:
    """A verb in the future, in the dual or the plural ("سيلتقيان", "ستعقدان", "سيبحثون"): the
    first word of no name."""
    return verb_shaped(form) and form.endswith(("ان", "ون"))

