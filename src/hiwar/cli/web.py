"""Commands of the web app: serve the record in a browser, and manage its accounts."""
from __future__ import annotations

from typing import Annotated

import typer

from .common import EXIT_OK, DbOption, UserError, open_existing


def register(app: typer.Typer) -> None:
    app.command(help="Serve the record in a browser, with its JSON API under /api/.")(serve)
    app.command(help="Add a web user, or reset their role and password: hiwar user add NAME --role editor.")(user)


def serve(
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="port to listen on")] = 8000,
    public_read: Annotated[bool, typer.Option("--public-read", help="let anyone read without an account")] = False,
    db: DbOption = None,
) -> int:
    from ..web.commands import serve as run

    run(open_existing(db), host, port, public_read)
    return EXIT_OK


def user(
    action: Annotated[str, typer.Argument(metavar="add", help="add (or reset) a user")],
    name: Annotated[str, typer.Argument(metavar="NAME")],
    role: Annotated[str, typer.Option("--role", help="viewer, editor or admin")] = "viewer",
    password_stdin: Annotated[bool, typer.Option("--password-stdin",
                                                 help="read the password from stdin, not a prompt")] = False,
    db: DbOption = None,
) -> int:
    from ..store.db import open_store
    from ..web.accounts import AccountError
    from ..web.commands import user_add

    if action != "add":
        raise UserError(f"user {action!r}: expected add")
    if role not in ("viewer", "editor", "admin"):
        raise UserError(f"--role {role!r}: expected viewer, editor or admin")
    try:
        user_add(open_store(db), name, role, password_stdin)  # accounts may come before the first ingest
    except (AccountError, ValueError) as exc:
        raise UserError(str(exc)) from exc
    return EXIT_OK
