"""`hiwar serve` and `hiwar user add`: the shell of the web app's two commands."""
from __future__ import annotations

import getpass
import sys

from ..store.store import Store
from .accounts import add_user


def serve(store: Store, host: str, port: int, public_read: bool) -> None:
    import uvicorn

    from .app import create_app

    who = "anyone may read" if public_read else "reading needs an account (hiwar user add)"
    print(f"hiwar: serving http://{host}:{port}/ ({who}); Ctrl-C stops", file=sys.stderr)
    uvicorn.run(create_app(store, public_read), host=host, port=port, log_level="warning")


def user_add(store: Store, name: str, role: str, password_stdin: bool) -> None:
    """The password from the first line of stdin, or asked twice at a prompt."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"password for {name}: ")
        if getpass.getpass("again: ") != password:
            raise ValueError("the two passwords differ")
    add_user(store, name, role, password)
    print(f"user {name}: {role}", file=sys.stderr)
