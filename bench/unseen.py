"""A gold set read as if we had never listed its people and bodies (`bench/quality.py --unseen`).

The known-officials gazetteer (data/ar/officials.yaml, with their terms in data/ar/tenures.tsv) and
the named bodies (the `bodies` and `ministry_names` of data/ar/organizations.yaml, the `bodies` of
data/en/organizations.yaml) list many people and bodies of our gold sets, so a set's
score says little of reports naming others. `withhold` writes, for one gold record, those files
without every entry that names one of its persons or organizations (any script, any alias, matched
as the scorer matches names) into a folder the engine reads through HIWAR_DATA
(hiwar.datafiles). What stays is the language: titles, offices, head nouns, ministries by
portfolio, a country's own institutions (its army, its parliament) and its seat of government (the
`agents_only` of data/ar/organizations.yaml: "البيت الأبيض", "الكرملين", a closed class of one per
state), lists of given names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from hiwar.datafiles import PACKAGE_DATA, read_yaml
from hiwar.extract.lexicon import spelled_variants


@dataclass(frozen=True)
class Withheld:
    officials: tuple[str, ...]  # ids in officials.yaml
    bodies: tuple[str, ...]  # first names of the bodies, Arabic or English


def _forms(names: list[str], score) -> set[str]:
    out = set()
    for name in names:
        if name:
            out.update(score.norm(v) for v in [name, *spelled_variants(name)])
    return out - {""}


def _english_names(en: str) -> list[str]:
    """"Kuwait News Agency (KUNA)" → the name and its acronym."""
    m = re.fullmatch(r"(.*?)\s*(?:\(([^)]*)\))?", en or "")
    return [f for f in m.groups() if f]


def _names_any(forms: set[str], gold_forms: list[set[str]], score) -> bool:
    return any(score.names_match(forms, g) for g in gold_forms)


def _dump(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def withhold(gold: dict, folder: Path, score) -> Withheld:
    """Write into `folder` (laid out as the package's data/) the gazetteer files without the entries
    naming a person or organization of `gold`; `score` is the scorer module (its `norm`, `names_match`)."""
    persons = [score.names_of(p) for p in gold.get("persons") or []]
    bodies = [score.names_of(o) for o in gold.get("organizations") or []]

    officials = read_yaml(PACKAGE_DATA / "ar" / "officials.yaml")
    out_officials = {e["id"] for e in officials
                     if _names_any(_forms([*e["names"], *(e.get("short") or []), e["en"]], score), persons, score)}
    _dump(folder / "ar" / "officials.yaml", [e for e in officials if e["id"] not in out_officials])
    tenures = (PACKAGE_DATA / "ar" / "tenures.tsv").read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "ar" / "tenures.tsv").write_text(
        "".join(line for line in tenures if line.split("\t", 1)[0] not in out_officials), encoding="utf-8")

    ar_orgs = read_yaml(PACKAGE_DATA / "ar" / "organizations.yaml")
    en_orgs = read_yaml(PACKAGE_DATA / "en" / "organizations.yaml")
    by_first = {e["names"][0]: e for e in ar_orgs["bodies"]}
    out_bodies: set[str] = set()
    for e in ar_orgs["bodies"]:
        if _names_any(_forms([*e["names"], *(e.get("credits") or []), *_english_names(e["en"])], score), bodies, score):
            out_bodies.add(e["names"][0])
    for e in en_orgs["bodies"]:
        twin = by_first.get(e.get("same_as"))
        names = [*e["names"], *_english_names(e.get("en") or (twin or {}).get("en"))]
        if e.get("same_as") in out_bodies or _names_any(_forms(names, score), bodies, score):
            out_bodies.update(n for n in (e.get("same_as"), e["names"][0]) if n)
    for e in ar_orgs["ministry_names"]:
        if _names_any(_forms(e["ar"], score), bodies, score):
            out_bodies.add(e["ar"][0])
    for key, first in (("bodies", "names"), ("ministry_names", "ar")):
        ar_orgs[key] = [e for e in ar_orgs[key] if e[first][0] not in out_bodies]
    en_orgs["bodies"] = [e for e in en_orgs["bodies"]
                         if e["names"][0] not in out_bodies and e.get("same_as") not in out_bodies]
    _dump(folder / "ar" / "organizations.yaml", ar_orgs)
    _dump(folder / "en" / "organizations.yaml", en_orgs)
    return Withheld(tuple(sorted(out_officials)), tuple(sorted(out_bodies)))
