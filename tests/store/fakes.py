"""Test helpers: a deterministic stand-in for build.build_record that touches every table, and a table dump."""
from __future__ import annotations

from alembic.migration import MigrationContext
from sqlalchemy import select

from hiwar.extract.types import Mention
from hiwar.pipeline import SourceDoc
from hiwar.record import Agreement, Conflict, DocumentRec, Event, Evidence, Organization, Person, Record, Round
from hiwar.store import Store
from hiwar.store.models import Base
from hiwar.store.search import is_index_table


def fake_record(sources: list[SourceDoc]) -> Record:
    """A record touching every table, computed from the documents only (so it is deterministic)."""
    record = Record()
    for i, source in enumerate(sources):
        head = source.text.split()[0]
        start = source.text.index(head)
        evidence = Evidence(source.id, start, start + len(head), head, field="name", rule="test:first-word")
        record.documents.append(DocumentRec(
            id=source.id, title=source.title, language=source.language,
            published=source.published or {"start": "2020-01", "end": "2020-02"},
            anchor=source.published, anchor_reason=None if source.published else "none stated",
            url=source.url, source=source.source,
        ))
        record.persons.append(Person(
            id=f"p{i}", name=head, aliases=[head + "ي"], name_en=None, country="KW",
            titles=["وزير الخارجية"], documents=[source.id], evidence=[evidence],
        ))
        record.mentions[source.id] = [Mention("person", start, start + len(head), head, head, "test:first-word",
                                              {"entity_id": f"p{i}"})]
        record.organizations.append(Organization(
            id=f"o{i}", name="وزارة الخارجية", kind="ministry", country="US", documents=[source.id],
        ))
    ids = [s.id for s in sources]
    if sources:
        first = record.persons[0].evidence[0]
        record.events.append(Event(
            id="e1", type="round_session", date="2021-11-10", dialogue="KW-US", round=4,
            venue="واشنطن", mode="in_person", participants=[p.id for p in record.persons],
            organizations=["o0"], countries=["KW", "US"], topics=["defense", "education"], documents=ids,
            evidence=[Evidence(first.doc_id, first.start, first.end, first.text, field="type", rule="trigger:جولة")],
            conflicts=[Conflict("date", (("a", '"2021-11-10"'), ("b", '"2021-11-11"')), "kept 2021-11-10: more sources")],
        ))
        record.rounds.append(Round(
            dialogue="KW-US", number=4, start="2021-11-10", end={"start": "2021-11", "end": "2021-12"},
            venue="واشنطن", working_groups=["defense"], documents=ids, evidence=[first],
        ))
        record.agreements.append(Agreement(
            id="a1", type="mou", subject="مذكرة تفاهم في مجال التعليم", topics=["education"],
            parties=["KW", "o0"], date="2021-11", documents=ids[:1], evidence=[first],
        ))
    return record


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    with store.engine.connect() as connection:
        return {
            table.name: [tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key.columns))]
            for table in Base.metadata.sorted_tables
        }


class CountingBuild:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, sources: list[SourceDoc]) -> Record:
        self.calls.append([s.id for s in sources])
        return fake_record(sources)


def models_only(connection) -> MigrationContext:
    """A migration context that compares the models' tables, not the full-text index behind them."""
    return MigrationContext.configure(connection, opts={
        "include_name": lambda name, kind, _parent: kind != "table" or not is_index_table(name)})
