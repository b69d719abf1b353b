"""What every request needs: the store, the language, the signed-in user, the CSRF token, rendering."""
from __future__ import annotations

import re
import secrets
from urllib.parse import quote
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from ..store.store import Store
from .accounts import User, session_user
from .i18n import DEFAULT, LANGUAGES, event_label, translator

SESSION_COOKIE = "hiwar_session"
CSRF_COOKIE = "hiwar_csrf"
LANG_COOKIE = "hiwar_lang"
# Characters that reorder text around them: shown as their code, so no value can disguise another.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


class LoginRequired(Exception):
    """Reading needs an account here (the server was not started with --public-read)."""


def visible(value: Any) -> Markup:
    """Escaped text with its direction-override characters spelled out instead of obeyed."""
    text = str(escape("" if value is None else value))
    return Markup(_BIDI_CONTROLS.sub(lambda m: f'<span class="ctl">[U+{ord(m.group()):04X}]</span>', text))


def when(value: Any, undated: str) -> Markup:
    """A date or span, kept left to right inside right-to-left text."""
    if value is None:
        return Markup('<span class="muted">%s</span>') % undated
    text = f"{value.get('start')} → {value.get('end')}" if isinstance(value, dict) else str(value)
    return Markup('<bdi dir="ltr" class="date">%s</bdi>') % visible(text)


def doc_links(ids: list[str]) -> Markup:
    # joined as plain text: a percent-quoted id has nothing to escape, and a timeline holds hundreds of links
    return Markup(" ".join(f'<a class="doc" href="/document/{quote(d, safe="")}"><bdi dir="ltr">{visible(d)}</bdi></a>'
                           for d in ids))


# filters rather than macros: a long timeline calls them thousands of times
templates.env.filters.update(visible=visible, when=when, doc_links=doc_links)


def store(request: Request) -> Store:
    return request.app.state.store


def user(request: Request) -> User | None:
    if not hasattr(request.state, "user"):  # looked up once per request
        request.state.user = session_user(store(request), request.cookies.get(SESSION_COOKIE))
    return request.state.user


def reader(request: Request) -> User | None:
    """The user, who may be nobody only when the operator allows reading without an account."""
    found = user(request)
    if found is None and not request.app.state.public_read:
        raise LoginRequired()
    return found


def editor(request: Request) -> User:
    found = user(request)
    if found is None:
        raise LoginRequired()
    if not found.can("editor"):
        raise HTTPException(status_code=403, detail="an editor's or admin's account is needed to change the record")
    return found


def lang(request: Request) -> str:
    chosen = request.cookies.get(LANG_COOKIE)
    return chosen if chosen in LANGUAGES else DEFAULT


def csrf_token(request: Request) -> str:
    """The visitor's CSRF token: from the cookie, or a new one the middleware will set."""
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf", None)
    if token is None:
        token = request.state.new_csrf = secrets.token_urlsafe(32)
    return token


def check_csrf(request: Request, sent: str | None) -> None:
    expected = request.cookies.get(CSRF_COOKIE)
    if not expected or not sent or not secrets.compare_digest(expected, sent):
        raise HTTPException(status_code=403, detail="the form's CSRF token is missing or wrong: reload the page")


def safe_next(target: str | None) -> str:
    """A same-site path to go back to, never another site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _language_values(language: str) -> dict[str, Any]:
    return {"lang": language, "dir": "rtl" if language == "ar" else "ltr", "t": translator(language),
            "event_label": lambda kind: event_label(kind, language)}


def fragment(language: str, template: str, **values: Any) -> Markup:
    """A part of a page that depends on the language and the record only (not on who is asking): cacheable."""
    return Markup(templates.get_template(template).render(**_language_values(language), **values))


def render(request: Request, template: str, status: int = 200, **values: Any):
    return templates.TemplateResponse(request, template, {
        **_language_values(lang(request)),
        "current_user": user(request),
        "csrf": csrf_token(request),
        "path": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        **values,
    }, status_code=status)
