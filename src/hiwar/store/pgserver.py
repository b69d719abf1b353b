"""A throwaway PostgreSQL server of one's own, for the tests and `make bench`.

initdb into a fresh directory (as the `postgres` user when running as root), start it with pg_ctl on
a free localhost port without fsync, hand out postgresql+psycopg://postgres@127.0.0.1:PORT/postgres,
stop it and remove its directory at the end. The server binaries come from Debian's `postgresql`
package (scripts/system-deps.sh installs it).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class PostgresUnavailable(Exception):
    """No server can be started here (binaries missing, or root without runuser); the message says which."""


class PostgresFailed(Exception):
    """The server was there but did not start; the message holds what it said."""


@contextmanager
def throwaway_server() -> Iterator[str]:
    """The URL of a running server, stopped and removed when the block ends."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    initdb = candidates[-1] if candidates else shutil.which("initdb")
    if not initdb:
        raise PostgresUnavailable("PostgreSQL server binaries not found (apt-get install postgresql)")
    bindir = Path(initdb).parent
    as_root = os.geteuid() == 0
    if as_root and shutil.which("runuser") is None:
        raise PostgresUnavailable("running as root without runuser: cannot start PostgreSQL as an unprivileged user")

    def run(*args: str) -> None:
        command = ["runuser", "-u", "postgres", "--", *args] if as_root else list(args)
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    home = Path(tempfile.mkdtemp(prefix="hiwar-pg-"))
    home.chmod(0o755)  # the postgres user must reach its data directory
    data = home / "data"
    if as_root:
        shutil.chown(home, "postgres")
    port = _free_port()
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(home / "log"), "-w", "-t", "60",
            "-o", f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(home, ignore_errors=True)
        raise PostgresFailed(f"could not start PostgreSQL: {exc.stderr.decode(errors='replace')}") from exc
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(home, ignore_errors=True)


def fresh_database(server: str, name: str) -> str:
    """The URL of a new, empty database `name` on the server (dropped first if it was there)."""
    import psycopg

    admin = server.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return server.rsplit("/", 1)[0] + "/" + name


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
