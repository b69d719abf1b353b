"""The HTML pages: read the record, check a fact against its sentence, curate it."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy.orm import Session

from ..export.ics import calendar
from ..store.curation import LISTS, MERGEABLE, SPLITTABLE, CurationError, CurationRow, editable_fields, find, parse_value
from ..store.models import DocumentRow
from ..store.store import Store
from ..views.explain import explanation
from ..views.labels import country_name, dialogue_sides
from ..views.timeline import format_date, timeline
from . import queries, selections
from .accounts import User, login, logout
from .cache import DrawnParts
from .context import (LANG_COOKIE, SESSION_COOKIE, check_csrf, editor, fragment, lang, reader, render,
                      safe_next, store)
from .highlight import pieces
from .i18n import LANGUAGES, event_label
from .timeline_svg import layout

router = APIRouter(include_in_schema=False)
Reader = Annotated[User | None, Depends(reader)]
_drawn = DrawnParts()  # one per process: keyed by the record's digest, so every app over any store may share it


def _missing(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what} in the record")


def _common(request: Request) -> dict:
    language = lang(request)
    return {"country": lambda code: country_name(code, language) if code else "",
            "sides": lambda code: dialogue_sides(code, language)}


@router.get("/")
def home(request: Request, _user: Reader):
    counts, totals = queries.overview(store(request))
    return render(request, "home.html", codes=list(counts), counts=counts, totals=totals, **_common(request))


@router.get("/dialogue/{code}")
def dialogue(request: Request, code: str, _user: Reader):
    language = lang(request)
    part = _drawn.get(store(request), ("dialogue", code, language), lambda: _timeline_part(store(request), code, language))
    if part is None:
        raise _missing(f"dialogue {code}")
    return render(request, "dialogue.html", code=code, timeline_part=part, **_common(request))


def _timeline_part(the_store: Store, code: str, language: str) -> Markup | None:
    """The dialogue's timeline, table and sources (None when the record has no such dialogue)."""
    record = queries.dialogue(the_store, code)
    items = timeline(record, code)
    if not items:
        return None
    return fragment(language, "dialogue_timeline.html", code=code, items=items, chart=layout(items, language == "ar"),
                    documents=sorted({d for i in items for d in i.documents}),
                    labels={e.id: event_label(e.type, language) for e in record.events}, format_date=format_date)


@router.get("/dialogues/{code}.ics")
def dialogue_calendar(request: Request, code: str, _user: Reader):
    record = queries.dialogue_dates(store(request), code)
    if not record.rounds and not record.events:
        raise _missing(f"dialogue {code}")
    # the same calendar as `hiwar export --format ics --dialogue CODE`
    return Response(calendar(record, f"Hiwar: {code}").to_ical(), media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{quote(code, safe="")}.ics"'})


@router.get("/round/{code}/{number}")
def round_page(request: Request, code: str, number: int, _user: Reader):
    record = queries.round_(store(request), code, number)
    view = selections.round_view(record, code, number)
    if view is None:
        raise _missing(f"round {number} of {code}")
    ident = f"{code}:{number}"
    return render(request, "round.html", view=view, names=selections.names(record), kind="round", ident=ident,
                  obj=view.round, audit=queries.audit_of(store(request), "round", ident), **_curation("round", view.round),
                  **_common(request))


@router.get("/event/{ident}")
@router.get("/agreement/{ident}")
def object_page(request: Request, ident: str, _user: Reader):
    kind = request.url.path.split("/")[1]
    record = queries.single(store(request), kind, ident)
    found = find(record, kind, ident)
    if found is None:
        raise _missing(f"{kind} {ident}")
    return render(request, f"{kind}.html", obj=found, names=selections.names(record), kind=kind, ident=ident,
                  audit=queries.audit_of(store(request), kind, ident), **_curation(kind, found), **_common(request))


@router.get("/person/{ident}")
@router.get("/organization/{ident}")
def entity_page(request: Request, ident: str, _user: Reader):
    kind = request.url.path.split("/")[1]
    record = queries.entity(store(request), kind, ident)
    found = selections.entity(record, kind, ident)
    if found is None:
        raise _missing(f"{kind} {ident}")
    offices = selections.offices(record, found) if kind == "person" else []
    return render(request, "entity.html", kind=kind, ident=ident, obj=found, offices=offices,
                  events=selections.events_of(record, kind, ident),
                  audit=queries.audit_of(store(request), kind, ident),
                  **_curation(kind, found), **_common(request))


# list page -> (its template, the record's list it shows)
_LIST_PAGES = {"/persons": ("entities.html", "persons"), "/organizations": ("entities.html", "organizations"),
               "/agreements": ("agreements.html", "agreements"), "/documents": ("documents.html", "documents")}


@router.get("/persons")
@router.get("/organizations")
@router.get("/agreements")
@router.get("/documents")
def list_page(request: Request, _user: Reader):
    template, kind = _LIST_PAGES[request.url.path]
    record = queries.listing(store(request), kind)
    return render(request, template, kind=kind, items=getattr(record, kind), **_common(request))


@router.get("/document/{ident}")
def document_page(request: Request, ident: str, _user: Reader):
    the_store = store(request)
    record = queries.document(the_store, ident)
    meta = next((d for d in record.documents if d.id == ident), None)
    text = _document_text(request, ident)
    if meta is None or text is None:
        raise _missing(f"document {ident}")
    facts = selections.document_facts(record, the_store.mentions(ident), ident)
    return render(request, "document.html", doc=meta, pieces=pieces(text, facts), facts=facts, **_common(request))


def _document_text(request: Request, ident: str) -> str | None:
    with Session(store(request).engine) as session:
        row = session.get(DocumentRow, ident)
        return None if row is None else row.text


@router.get("/conflicts")
def conflicts(request: Request, _user: Reader):
    record = queries.conflicted(store(request))
    return render(request, "conflicts.html", events=[e for e in record.events if e.conflicts], **_common(request))


@router.get("/why/{ident}")
def why(request: Request, ident: str, _user: Reader):
    found = explanation(queries.Explained(store(request), ident), ident)
    if found is None:
        raise _missing(f"event, agreement or round {ident}")
    return render(request, "why.html", why=found, ident=ident, **_common(request))


@router.get("/search")
def search(request: Request, _user: Reader, q: str = Query("", max_length=200)):
    hits = store(request).search(q) if q.strip() else []
    return render(request, "search.html", q=q, hits=hits, **_common(request))


@router.get("/audit")
def audit(request: Request, _user: Reader):
    return render(request, "audit.html", rows=list(reversed(store(request).curations())), **_common(request))


@router.get("/lang/{code}")
def choose_language(code: str, next: str = "/"):
    response = RedirectResponse(safe_next(next), status_code=303)
    if code in LANGUAGES:
        response.set_cookie(LANG_COOKIE, code, max_age=365 * 86400, httponly=True, secure=True, samesite="lax")
    return response


@router.get("/login")
def login_form(request: Request, next: str = "/"):
    return render(request, "login.html", next=safe_next(next), failed=False)


@router.post("/login")
def login_submit(request: Request, name: Annotated[str, Form()], password: Annotated[str, Form()],
                 csrf: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/"):
    check_csrf(request, csrf)
    token = login(store(request), name, password)
    if token is None:
        return render(request, "login.html", status=401, next=safe_next(next), failed=True)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, secure=True, samesite="strict", max_age=7 * 86400)
    return response


@router.post("/logout")
def logout_submit(request: Request, csrf: Annotated[str, Form()] = ""):
    check_csrf(request, csrf)
    logout(store(request), request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def _curation(kind: str, obj) -> dict:
    """What the curation forms of an object's page offer."""
    return {"editable": editable_fields(kind), "can_merge": kind in MERGEABLE, "can_split": kind in SPLITTABLE,
            "aliases": getattr(obj, "aliases", [])}


@router.post("/curate/{kind}/{ident}")
def curate(request: Request, kind: str, ident: str, user: Annotated[User, Depends(editor)],
           action: Annotated[str, Form()], csrf: Annotated[str, Form()] = "",
           field: Annotated[str, Form()] = "", value: Annotated[str, Form(max_length=2000)] = "",
           next: Annotated[str, Form()] = "/"):
    check_csrf(request, csrf)
    if kind not in LISTS:
        raise _missing(kind)
    try:
        row = _curation_row(kind, ident, action, field, value, user)
        store(request).curate(row)
    except CurationError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    target = "/" if action in ("delete", "merge") else next
    if action == "merge":
        target = selections.href(kind, row.value["into"])
    return RedirectResponse(safe_next(target), status_code=303)


def _curation_row(kind: str, ident: str, action: str, field: str, value: str, user: User) -> CurationRow:
    now = datetime.now(timezone.utc)
    row = CurationRow(object_kind=kind, object_id=ident, action=action, user_name=user.name, at=now)
    if action == "correct":
        row.field, row.value = field, parse_value(kind, field, value)
    elif action == "merge":
        if kind not in MERGEABLE:
            raise CurationError(f"a {kind} cannot be merged")
        row.value = {"into": value.strip()}
    elif action == "split":
        row.value = {"name": value, "new_id": f"{ident}-{now.strftime('%Y%m%d%H%M%S%f')}"}
    elif action not in ("confirm", "delete"):
        raise CurationError(f"unknown curation {action!r}")
    return row
