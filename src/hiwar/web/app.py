"""The web application: pages and the JSON API over one store."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..store.store import Store
from . import api, pages
from .context import CSRF_COOKIE, LoginRequired, render

# Only our own files run or style the pages: an injected <script> would not execute even if it got through.
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                               "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def create_app(store: Store, public_read: bool = False) -> FastAPI:
    app = FastAPI(title="Hiwar", version=__version__, openapi_url="/openapi.json", docs_url="/api/docs",
                  redoc_url=None, description="The record of strategic dialogues: the same objects as "
                  "`hiwar export --format record`, with explanations, search and the audit log.")
    app.state.store, app.state.public_read = store, public_read
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def cookies_and_headers(request: Request, call_next):
        response = await call_next(request)
        token = getattr(request.state, "new_csrf", None)
        if token and CSRF_COOKIE not in request.cookies:
            response.set_cookie(CSRF_COOKIE, token, httponly=True, secure=True, samesite="strict")
        for name, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _exc: LoginRequired):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "log in first"}, status_code=401)
        if request.method != "GET":
            return render(request, "error.html", status=401, message="log in first")
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return render(request, "error.html", status=exc.status_code, message=str(exc.detail))

    return app
