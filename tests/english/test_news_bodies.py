"""Bodies named in English news beside another body or in lower case (sentences written for these tests)."""
from hiwar.extract.english.entities import extract_english_entities


def bodies(text: str) -> list[str]:
    entities, _ = extract_english_entities(text, [(0, len(text))])
    return [e.name for e in entities if e.kind == "organization"]


def test_a_body_named_by_its_acronym_after_and_is_a_second_body():
    assert bodies("Projects in Sudan run through the Saudi Fund for Development and USAID.") == [
        "Saudi Fund for Development", "USAID"]


def test_a_head_noun_whose_name_goes_on_in_lower_case_is_no_body_of_its_own():
    assert bodies("The ministry signed with the US Agency for international development (USAID) on Monday.") == [
        "USAID"]


def test_a_ministry_named_without_its_country_is_of_the_country_the_page_is_datelined_from():
    def countries(text: str) -> dict[str, str | None]:
        entities, _ = extract_english_entities(text, [(0, len(text))])
        return {e.name: e.country for e in entities if e.kind == "organization"}
    assert countries("MANAMA, June 3 -- The Ministry of Finance and the Ministry of Defense prepared the "
                     "budget.") == {"Ministry of Finance": "BH", "Ministry of Defense": "BH"}
    assert countries("Amman: the Ministry of Finance met bankers.") == {"Ministry of Finance": "JO"}
    assert countries("The Ministry of Finance met bankers in Amman.") == {}
