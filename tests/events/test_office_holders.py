"""Reports across documents: two holders of one office of one country are never at one encounter; rules
of news writing, each tested on sentences written for the test."""
from __future__ import annotations

from hiwar.build import build_record
from hiwar.pipeline import SourceDoc


def meetings(*texts: str) -> list[tuple[list[str], list[str]]]:
    record = build_record([SourceDoc(f"d{k}", t) for k, t in enumerate(texts)])
    names = {p.id: p.name for p in record.persons}
    return sorted((sorted(names[x] for x in e.participants), e.documents) for e in record.events
                  if e.type == "bilateral_meeting")


def test_two_secretaries_of_state_met_by_one_minister_are_two_meetings():
    assert meetings("التقى وزير الخارجية الأردني أيمن الصفدي وزير الخارجية الأمريكي جون كيري في عمان وبحثا "
                    "تطورات الأوضاع في المنطقة.",
                    "التقى وزير الخارجية الأردني أيمن الصفدي وزير الخارجية الأمريكي مايك بومبيو في عمان وبحثا "
                    "تطورات الأوضاع في المنطقة.") == [
        (["أيمن الصفدي", "جون كيري"], ["d0"]), (["أيمن الصفدي", "مايك بومبيو"], ["d1"])]


def test_calls_with_two_french_foreign_ministers_are_two_calls():
    calls = meetings("أجرى وزير الخارجية العماني بدر البوسعيدي اتصالا هاتفيا مع وزير الخارجية الفرنسي جان إيف "
                     "لودريان بحثا خلاله العلاقات الثنائية.",
                     "أجرى وزير الخارجية العماني بدر البوسعيدي اتصالا هاتفيا مع وزير الخارجية الفرنسي جان نويل "
                     "بارو بحثا خلاله العلاقات الثنائية.")
    assert [docs for _, docs in calls] == [["d0"], ["d1"]]


def test_two_ministers_of_one_side_holding_other_offices_may_sit_in_one_meeting():
    meeting, = meetings("التقى وزير الخارجية الأمريكي جون كيري في عمان وزير الخارجية الأردني أيمن الصفدي وبحثا "
                        "العلاقات الثنائية.",
                        "التقى وزير الخارجية الأمريكي جون كيري في عمان وزير التخطيط الأردني عماد فاخوري وبحثا "
                        "العلاقات الثنائية.")
    assert meeting[1] == ["d0", "d1"]
