"""Agreements as one document reports them: MoUs, agreements, letters of intent, joint statements.

An agreement noun ("مذكرة تفاهم") opens an instrument. Its subject starts at a marker ("في مجال",
"بشأن") or a purpose word ("لتعزيز") a few tokens on, else right after an indefinite noun, and ends at
a stop: a relative clause, a participle, a clause opened after a comma, a date. A plural noun lists
several instruments: one per subject item, or one per counterpart ("مذكرتي تفاهم مع شركتي ... و...").
An instrument only named, with no signing, plan or talks told of it, is dropped when it is a treaty or
a convention named after an international body or a place. A joint statement's subject is the meeting
that issued it, named as fully as the document names it.

Status comes from cues around the noun (discussed, planned, else signed). The date is the one told
with the instrument (between its signing verb and its subject, or in the clause after the subject);
else that of the instrument it continues, or of the meeting that witnessed the signing. Subjects are
read by agreement_subjects.py, joint statements by joint_statements.py. Read by the dialogue reader
(events.reader._Reader), whose state (events.state: clauses, drafts, anchors) this mixin shares.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..text.doc import clitic_readings
from .agreement_subjects import SubjectReading
from .cues import Clause, cues_in, find_round_mentions, lexicon, span_evidence, topics_in
from .dates.lexicon import cardinal_value
from .dates.values import bounds
from .joint_statements import StatementReading
from .types import DateValue, LocalAgreement, Mention

_BACKGROUND_DAYS = 366  # a signing dated further back than this is history the report recalls, not its news

# Cue lists of agreements.yaml that the shared lexicon does not compile itself.
@dataclass
class _Instrument:
    """What the clause told of the previous instrument, for the one that continues it."""

    signers: list[str]
    date: DateValue | None
    status: str


class AgreementReading(SubjectReading, StatementReading):
    def _read_agreements(self, ci: int, clause: Clause) -> None:
        doc, lex = self.doc, lexicon()
        lo, hi = self._tok_range(clause)
        if self._headline_summary(ci, clause):
            return
        self._signers_told_after(ci, clause)
        self._read_split_statements(ci, clause)
        nouns = cues_in(lex, "agreement_nouns", doc, lo, hi)
        consumed = lo
        previous: _Instrument | None = None
        signed_here = False  # one signing per sentence, however many instruments it lists
        for noun in nouns:
            if noun.first_token < consumed:
                continue
            if noun.end_token < hi and lex.cue("not_agreement_after").match_at(doc, noun.end_token):
                continue
            # "الجاهزة للتوقيع: برنامج ... ومذكرة تفاهم ... ومذكرة تفاهم ...": an instrument joined by "و" right
            # after the one before is of the same list, told with the same status
            listed = previous is not None and noun.first_token - consumed <= 1 and \
                doc.tokens[noun.first_token].norm.startswith("و")
            kind, plural, noun_end = self._noun_reading(noun, hi)
            consumed = noun_end
            if kind == "joint_statement":
                self._read_statement(ci, clause, noun, noun_end)
                continue
            found = self._subject_start(noun_end, hi)
            quoted = None if found is not None and found[1] else self._quoted_name(noun_end, hi)
            described = None if found is not None and found[1] or quoted else self._described_and_signed(noun, hi)
            if found is None and described is None and quoted is None:
                if not signed_here and self._signing_only(ci, clause, noun, noun_end):
                    signed_here = True
                continue
            s_first, by_marker = found if described is None and quoted is None else (noun.first_token, True)
            if not by_marker and (self._needs_marker(noun) or self._whole_match("describing_words", s_first)):
                continue
            s_end = quoted or described or self._subject_end(s_first, hi, plural)
            if s_end is None:
                continue
            consumed = max(consumed, s_end)
            verb = self._governing_signing(noun.first_token, lo)
            # "... والتي وقعها الوزير": told signed, whatever is planned for it ("مواصلة العمل على تنفيذ")
            status = "signed" if described is not None else self._agreement_status(noun.first_token, noun_end, s_end, lo, hi)
            if listed and status == "signed" and described is None and previous.status != "signed":
                status = previous.status
            if status == "signed" and verb is None and not self._signing_after(noun_end, s_end, hi) \
                    and self._named_in_passing(noun.first_token, noun_end, s_first, s_end):
                continue
            if verb is not None:  # "وقعت وزارة الكهرباء ... مذكرتي تفاهم"
                signers = [oid for tok, oid in clause.orgs if verb < tok < noun.first_token]
            else:  # "، ومذكرتي تفاهم مع ...": the signer of the one before
                signers = previous.signers if previous is not None else []
            counterparts = [oid for tok, oid in clause.orgs if noun_end <= tok < s_first]
            date_value = self._agreement_date(ci, clause, noun.first_token, noun_end, s_first, s_end,
                                              verb, status, previous)
            # "وقع البلدان 22 اتفاقية ومذكرة تفاهم في ختام ...": instruments counted, not named, are a signing only
            items = [] if self._counted(noun, s_first, s_end) else self._items(plural, s_first, s_end, counterparts)
            for a, b, counterpart in items:
                start, subject = self._item_text(a, b)
                parties = list(dict.fromkeys(signers + (counterpart or counterparts))) or \
                    (self.pair.split("-") if self.pair else [])
                # a subject that names no field of its own ("مذكرة تفاهم مع بنك ...") takes its sentence's
                topics = topics_in(doc, a, b) or topics_in(doc, lo, hi)
                agreement = LocalAgreement(kind, subject, topics, parties, date_value, status)
                agreement.evidence.append(span_evidence(doc, noun.first_token, noun_end, "type", f"agreement:{kind}"))
                agreement.evidence.append(Mention("evidence", start, start + len(subject), subject, "subject",
                                                  "agreement:subject"))
                self.agreements.append(agreement)
            previous = _Instrument(signers, date_value, status)
            # a dated signing the text tells ("وقعت ... اليوم", "بعد توقيع ... عام 2018") is an event, and so is
            # one told after the instrument ("التي وقعها ... في يوليو الماضي") unless it describes the
            # instrument by a signing over a year before the report ("الموقعة ... عام 2004"), or an instrument
            # celebrated ("احتفاء بمعاهدة الصداقة التي جرى توقيعها في ..."): background
            # a signing told with a day the report cannot place ("وقعت ... اليوم السبت" in an undated report) is
            # the report's news all the same: an event with no date
            day_told = date_value is not None or verb is not None and status == "signed" and \
                (self._undated_day_told(clause) or self._signing_as_news(clause, verb))
            if status == "signed" and not signed_here and day_told and \
                    (verb is not None or self._signing_after(noun_end, s_end, hi)
                     and not self._signed_long_before(date_value, clause.part)
                     and not cues_in(lex, "commemoration_cues", doc, max(lo, noun.first_token - 3), noun.first_token)):
                parties = list(dict.fromkeys(signers + counterparts)) or (self.pair.split("-") if self.pair else [])
                signers = [pid for _, pid in clause.persons]
                if not signers and verb is not None and self._at_meeting(clause, verb):
                    # "وشهد الوزيران التوقيع": the signers are the heads of the meeting
                    signers = self._meeting_participants(date_value, clause.part)
                self._signing_event(ci, noun.first_token, s_end, date_value, parties, signers)
                signed_here = True

    def _signing_only(self, ci: int, clause: Clause, noun, noun_end: int) -> bool:
        """"شهدت العاصمة اليوم توقيع أربع مذكرات تفاهم بين حكومتي البلدين", "أعلن أمس توقيع مذكرة تفاهم مع
        الولايات المتحدة، تقدم بموجبها ...": instruments signed with no subject told are a signing only (the
        event, no instrument)."""
        lo, hi = self._tok_range(clause)
        verb = self._governing_signing(noun.first_token, lo)
        if verb is None or \
                self._agreement_status(noun.first_token, noun_end, noun_end, lo, hi) != "signed":
            return False
        date_value = self._agreement_date(ci, clause, noun.first_token, noun_end, noun_end, noun_end, verb,
                                          "signed", None)
        if date_value is None and not (self._undated_day_told(clause) or self._signing_as_news(clause, verb)):
            return False
        parties = [oid for tok, oid in clause.orgs if tok >= noun_end] or (self.pair.split("-") if self.pair else [])
        self._signing_event(ci, noun.first_token, noun_end, date_value, parties, [pid for _, pid in clause.persons])
        return True

    def _signers_told_after(self, ci: int, clause: Clause) -> None:
        """"وقع البلدان اليوم مذكرة تفاهم ... . ووقع المذكرة عن الجانب الأول X وعن الجانب الثاني Y": a sentence
        telling again, with no day of its own, the signing the sentence before told names who signed; they
        join that signing when it has no signers yet."""
        if not clause.persons or clause.dates or clause.unplaced_days or ci == 0:
            return
        lo, hi = self._tok_range(clause)
        if not cues_in(lexicon(), "signing_cues", self.doc, lo, hi):
            return
        before = [d for d in self.drafts if d.event.type == "signing" and d.clause == ci - 1]
        if before and not before[-1].event.participants:
            before[-1].event.participants = list(dict.fromkeys(pid for _, pid in clause.persons))
            before[-1].event.evidence.append(span_evidence(self.doc, lo, clause.sent.end_token, "participants",
                                                           "participants:signers_told_after"))

    # -- the noun
    def _noun_reading(self, noun, hi: int) -> tuple[str, bool, int]:
        """Type, plurality and end of the noun; "اتفاقيات ومذكرات التفاهم" is one mixed list of the MoU type."""
        doc, lex = self.doc, lexicon()
        kind = noun.payload
        plural = bool(lex.cue("plural_agreement_nouns").match_at(doc, noun.first_token))
        follow = cues_in(lex, "agreement_nouns", doc, noun.end_token, min(hi, noun.end_token + 1))
        if not follow or kind == "joint_statement":
            return kind, plural, noun.end_token
        if follow[0].payload == "mou":
            kind = "mou"
        plural = plural or bool(lex.cue("plural_agreement_nouns").match_at(doc, follow[0].first_token))
        return kind, plural, follow[0].end_token

    def _needs_marker(self, noun) -> bool:
        """A bare "اتفاق" is the act of agreeing; a definite noun ("الاتفاقية تهدف إلى ...") refers back to an
        instrument already named: both name one only through a subject marker."""
        bare = lexicon().cue("marker_required_nouns").match_at(self.doc, noun.first_token)
        definite = any(f.startswith("ال") for _, f in clitic_readings(self.doc.tokens[noun.first_token].norm))
        return definite or bool(bare and bare.end_token == noun.end_token)

    def _headline_summary(self, ci: int, clause: Clause) -> bool:
        """A headline ("... بتوقيع مذكرتي تفاهم في الصحة والتنمية") sums up the instruments its body reports."""
        doc = self.doc
        if not self._is_headline(ci, clause):
            return False
        body = self.clauses[self._headlines()[-1] + 1].sent.first_token, self.clauses[-1].sent.end_token
        kinds = {m.payload for m in cues_in(lexicon(), "agreement_nouns", doc, *body)}
        lo, hi = self._tok_range(clause)
        return any(m.payload in kinds for m in cues_in(lexicon(), "agreement_nouns", doc, lo, hi))

    # -- status
    def _agreement_status(self, first: int, noun_end: int, s_end: int, lo: int, hi: int) -> str:
        doc, lex = self.doc, lexicon()
        if cues_in(lex, "discussion_verbs", doc, max(lo, first - 3), first):
            return "discussed"  # "ناقشا مسودة مذكرة تفاهم"
        back = self._clause_start(first, lo, lex.raw["planned_reach"])
        if cues_in(lex, "planned_agreement_cues", doc, back, first) or \
                cues_in(lex, "planned_after_cues", doc, s_end, min(hi, s_end + 4)):
            return "planned"
        if cues_in(lex, "discussed_cues", doc, max(lo, first - 3), noun_end):
            return "discussed"
        return "signed"

    def _clause_start(self, first: int, lo: int, reach: int) -> int:
        """The token after the last comma within `reach` tokens before `first`."""
        k = first
        while k > max(lo, first - reach) and self.doc.tokens[k - 1].norm not in ("،", ","):
            k -= 1
        return k

    # -- signing context
    def _governing_signing(self, first: int, lo: int) -> int | None:
        """The signing verb or noun that governs the instrument at `first` ("وقع الجانبان ... مذكرة")."""
        lex = lexicon()
        cues = cues_in(lex, "signing_cues", self.doc, max(lo, first - lex.raw["signing_reach"]), first)
        if not cues:  # "واشنطن في 13 سبتمبر /بنا/ وقّع [a long subject] ... اتفاقية": the verb opening the sentence
            toks = self.doc.tokens
            cues = [m for m in cues_in(lex, "signing_cues", self.doc, lo, min(first, lo + lex.raw["signing_reach"]))
                    if m.first_token < lo + 2 or not toks[m.first_token - 1].is_word][:1]
        others = [m for m in cues_in(lex, "agreement_nouns", self.doc, cues[-1].end_token, first)] if cues else []
        return cues[-1].first_token if cues and not others else None

    def _signing_after(self, noun_end: int, s_end: int, hi: int) -> bool:
        """"خطاب نوايا وقعه البلدان", "الموقعة بين البلدين", "التي وقعها": a signing told after the noun."""
        lex = lexicon()
        stop = self._modifier_end(s_end, hi)
        return bool(cues_in(lex, "signing_cues", self.doc, noun_end, stop) or
                    cues_in(lex, "signed_cues", self.doc, noun_end, stop))

    def _signed_long_before(self, date_value, part: int) -> bool:
        """A signing whose every possible day is over a year before the earliest day of the report."""
        anchor = self.anchor_of(part)
        return anchor is not None and anchor.lo is not None and \
            (anchor.lo - bounds(date_value)[1]).days > _BACKGROUND_DAYS

    def _modifier_end(self, s_end: int, hi: int) -> int:
        """End of what is told of the instrument after its subject: up to the next comma, and on through a
        relative clause of signing after it ("، التي وقعت في البيت الأبيض في ...")."""
        doc, lex = self.doc, lexicon()
        k = s_end
        while k < hi:
            if doc.tokens[k].norm in ("،", ","):
                nxt = k + 1
                if nxt < hi and lex.cue("relative_pronouns").match_at(doc, nxt) and \
                        cues_in(lex, "signing_cues", doc, nxt + 1, min(hi, nxt + 3)):
                    k = nxt
                    continue
                break
            k += 1
        return min(k, s_end + lex.raw["modifier_reach"])

    def _named_in_passing(self, first: int, noun_end: int, s_first: int, s_end: int) -> bool:
        """An instrument named with nothing said of signing it: a treaty, a convention named after an
        international body or after a place ("اتفاق الرياض", "اتفاقية فيينا")."""
        lex = lexicon()
        name_end = s_first if s_first > noun_end else s_end
        return bool(lex.cue("context_required_nouns").match_at(self.doc, first) or
                    cues_in(lex, "international_instrument_words", self.doc, noun_end, name_end) or
                    self._place_end(noun_end) is not None)

    # -- date
    def _agreement_date(self, ci: int, clause: Clause, first: int, noun_end: int, s_first: int, s_end: int,
                        verb: int | None, status: str, previous: _Instrument | None):
        lo, hi = self._tok_range(clause)
        # "تم أمس التوقيع على اتفاقيتين": the day may stand just before the signing verb, unless "و" joins the
        # signing to what that day dates ("إطلاق الشراكة عام 2017 وتوقيع اتفاقية ... عام 2022")
        joined = verb is not None and self.doc.tokens[verb].norm.startswith("و")
        # "أعلن الوزير، أمس الأربعاء، توقيع ...": the day between commas just before the verb
        before = 4 if verb is not None and verb > lo and self.doc.tokens[verb - 1].norm in ("،", ",") else 2
        spans = [(verb if joined else max(lo, verb - before) if verb is not None else max(lo, first - 3), first),
                 (noun_end, s_first),
                 (s_end, self._modifier_end(s_end, hi))]
        for a, b in spans:
            for m in clause.dates:
                if a <= self.doc.token_at(m.start) < b:
                    return m.attrs["value"]
        if status != "signed":
            return None
        lex = lexicon()
        # "..., بالإضافة إلى مذكرة تفاهم": an instrument added to the one before was signed with it
        conjoined = verb is not None or self.doc.tokens[first].norm.startswith("و") or \
            bool(cues_in(lex, "addition_words", self.doc, max(lo, first - 3), first))
        if previous is not None and previous.status == "signed" and previous.date is not None and conjoined:
            return previous.date  # "فيما وقعت ... اتفاقية ..., ومذكرتي تفاهم ...": one occasion
        continued = cues_in(lex, "continuation_cues", self.doc, lo, min(hi, lo + 2)) or \
            cues_in(lex, "continuation_cues", self.doc, noun_end, min(hi, noun_end + 1))
        if continued:
            earlier = self._previous_signed(ci)
            if earlier is not None:
                return earlier.date
        if verb is None:
            return None  # named, not signed here ("وفق اتفاقية الإطار الاستراتيجي")
        if self._at_meeting(clause, verb):
            return self._meeting_date(ci, clause.part) or self.anchor_month(clause.part)
        # "وتم توقيع ..." after the report's meeting: done at it (not in a speaker's words: "وذكر أنه تم توقيع")
        met = self._meeting_date(ci, clause.part) \
            if self._signing_as_news(clause, verb) and not self._subclause(clause, verb) else None
        near_round = any(find_round_mentions(self.doc, c.sent.first_token, c.sent.end_token)
                         for c in self.clauses[max(0, ci - 1):ci + 1])
        return met or (self.anchor_month(clause.part) if near_round else None)

    def _counted(self, noun, s_first: int, s_end: int) -> bool:
        """"22 اتفاقية ومذكرة تفاهم", "ثلاث اتفاقيات تمويل": a plural noun after a number of three or more
        counts instruments it does not name, unless its subject lists their fields ("في مجالات الصحة والتعليم")."""
        k = noun.first_token - 1
        count = cardinal_value(self.doc.tokens[k].norm) if k >= 0 and not self.doc.tokens[noun.first_token].norm.startswith("و") else None
        if count is None or not 3 <= count < lexicon().raw["count_below"]:
            return False  # "للسنوات 2010-2011 ومذكرة تفاهم": a year, then another instrument
        # "ثلاث مذكرات تفاهم، وهي إنشاء آلية ...، وإنشاء لجنة ...، والتعاون ...": as many subjects as counted name them
        return len(topics_in(self.doc, s_first, s_end)) < 2 and len(self._items(True, s_first, s_end, [])) != count

    @staticmethod
    def _undated_day_told(clause: Clause) -> bool:
        """A day told in the clause of the signing ("اليوم السبت", "يوم أمس الخميس") that no anchor places."""
        return bool(clause.unplaced_days) and not clause.dates

    def _signing_as_news(self, clause: Clause, verb: int) -> bool:
        """"وتم توقيع مذكرة تفاهم ...", "وشهد الوزيران توقيع ...": a signing the narrative tells as done, with
        no day told; not one a sentence in the past of "to be" recalls ("وكان البلدان قد وقعا ...")."""
        lex = lexicon()
        lo, _ = self._tok_range(clause)
        if cues_in(lex, "background_openers", self.doc, lo, lo + 1):
            return False
        reach = lex.raw["news_signing_reach"]
        return bool(cues_in(lex, "news_signing_cues", self.doc, max(lo, verb - reach), verb)) or \
            self._at_meeting(clause, verb)

    def _at_meeting(self, clause: Clause, verb: int) -> bool:
        """The signing was part of the reported meeting: witnessed ("وشهدت الجلسة توقيع") or framed by it."""
        lo, _ = self._tok_range(clause)
        # "وشهد سمو ولي العهد ورئيسة الوزراء ماي توقيع ...": the witnessing verb opens the sentence
        opening = cues_in(lexicon(), "witness_cues", self.doc, lo, min(verb, lo + 2))
        return bool(opening or cues_in(lexicon(), "witness_cues", self.doc, max(lo, verb - 4), verb)) or \
            self._framed(clause)

    def _meeting_participants(self, date_value, part: int) -> list[str]:
        """Who took part in the happened meetings of that day."""
        return list(dict.fromkeys(p for d in self.drafts if d.event.type in ("round_session", "bilateral_meeting")
                                  and d.event.status == "happened" and d.event.date == date_value
                                  and self.clauses[d.clause].part == part for p in d.event.participants))

    def _previous_signed(self, ci: int) -> LocalAgreement | None:
        """The latest signed instrument of this or the previous sentence."""
        start = self.clauses[max(0, ci - 1)].sent.start
        for a in reversed(self.agreements):
            if a.status == "signed" and a.type != "joint_statement" and a.evidence and a.evidence[0].start >= start:
                return a
        return None
