"""Readable views for Datasette and SQL users: events with their dates and sources, persons with
their offices, documents with their publication dates.

The tables keep JSON lists (participants, documents, titles); these views spell them out as text
joined with " | ". SQLite and PostgreSQL read JSON differently, so each has its own SQL.

Revision ID: 0005
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VIEWS = ("document_sources", "event_list", "person_offices")

_SQLITE = {
    "document_sources": """
        SELECT d.id, d.title, d.url, d.source, d.language,
               coalesce(d.published, json_extract(r.published, '$')) AS published,
               CASE WHEN d.published IS NULL AND json_type(r.published) IS 'null' THEN r.anchor END
                   AS published_inferred,
               CASE WHEN d.published IS NOT NULL THEN 'given: metadata'
                    WHEN json_type(r.published) IS NOT 'null' THEN 'stated: the text''s dateline'
                    WHEN r.anchor IS NOT NULL THEN 'inferred: ' || r.anchor_reason END AS published_basis
        FROM documents d LEFT JOIN document_records r ON r.doc_id = d.id""",
    "event_list": """
        SELECT e.id, e.dialogue, e.round, e.type, e.status,
               CASE json_type(e.date) WHEN 'object' THEN json_extract(e.date, '$.start')
                                      ELSE json_extract(e.date, '$') END AS date_start,
               CASE json_type(e.date) WHEN 'object' THEN json_extract(e.date, '$.end')
                                      ELSE json_extract(e.date, '$') END AS date_end,
               e.venue, e.mode, e.working_group,
               (SELECT group_concat(p.name, ' | ') FROM json_each(e.participants) j
                JOIN persons p ON p.id = j.value) AS participants,
               (SELECT group_concat(j.value, ' | ') FROM json_each(e.topics) j) AS topics,
               (SELECT group_concat(j.value, ' | ') FROM json_each(e.documents) j) AS documents,
               (SELECT group_concat(coalesce(d.source, '?'), ' | ') FROM json_each(e.documents) j
                JOIN documents d ON d.id = j.value) AS sources,
               (SELECT group_concat(d.url, ' | ') FROM json_each(e.documents) j
                JOIN documents d ON d.id = j.value) AS urls
        FROM events e ORDER BY e.position""",
    "person_offices": """
        SELECT p.id, p.name, p.name_en, p.country,
               (SELECT group_concat(j.value, ' | ') FROM json_each(p.titles) j) AS offices,
               (SELECT count(*) FROM json_each(p.documents)) AS document_count,
               (SELECT group_concat(j.value, ' | ') FROM json_each(p.documents) j) AS documents
        FROM persons p ORDER BY p.position""",
}

_POSTGRES = {
    "document_sources": """
        SELECT d.id, d.title, d.url, d.source, d.language,
               coalesce(d.published, r.published #>> '{}') AS published,
               CASE WHEN d.published IS NULL AND coalesce(json_typeof(r.published), 'null') = 'null'
                    THEN r.anchor END AS published_inferred,
               CASE WHEN d.published IS NOT NULL THEN 'given: metadata'
                    WHEN coalesce(json_typeof(r.published), 'null') <> 'null' THEN 'stated: the text''s dateline'
                    WHEN r.anchor IS NOT NULL THEN 'inferred: ' || r.anchor_reason END AS published_basis
        FROM documents d LEFT JOIN document_records r ON r.doc_id = d.id""",
    "event_list": """
        SELECT e.id, e.dialogue, e.round, e.type, e.status,
               CASE json_typeof(e.date) WHEN 'object' THEN e.date ->> 'start' ELSE e.date #>> '{}' END AS date_start,
               CASE json_typeof(e.date) WHEN 'object' THEN e.date ->> 'end' ELSE e.date #>> '{}' END AS date_end,
               e.venue, e.mode, e.working_group,
               (SELECT string_agg(p.name, ' | ') FROM json_array_elements_text(e.participants) j(v)
                JOIN persons p ON p.id = j.v) AS participants,
               (SELECT string_agg(j.v, ' | ') FROM json_array_elements_text(e.topics) j(v)) AS topics,
               (SELECT string_agg(j.v, ' | ') FROM json_array_elements_text(e.documents) j(v)) AS documents,
               (SELECT string_agg(coalesce(d.source, '?'), ' | ') FROM json_array_elements_text(e.documents) j(v)
                JOIN documents d ON d.id = j.v) AS sources,
               (SELECT string_agg(d.url, ' | ') FROM json_array_elements_text(e.documents) j(v)
                JOIN documents d ON d.id = j.v) AS urls
        FROM events e ORDER BY e.position""",
    "person_offices": """
        SELECT p.id, p.name, p.name_en, p.country,
               (SELECT string_agg(j.v, ' | ') FROM json_array_elements_text(p.titles) j(v)) AS offices,
               json_array_length(p.documents) AS document_count,
               (SELECT string_agg(j.v, ' | ') FROM json_array_elements_text(p.documents) j(v)) AS documents
        FROM persons p ORDER BY p.position""",
}


def upgrade() -> None:
    sql = _POSTGRES if op.get_bind().dialect.name == "postgresql" else _SQLITE
    for name in VIEWS:
        op.execute(f"CREATE VIEW {name} AS {sql[name]}")


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
