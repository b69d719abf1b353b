"""`hiwar user add` and the accounts behind the web app's logins."""
from __future__ import annotations

import io

import pytest

from hiwar.cli import main
from hiwar.store import open_store
from hiwar.web.accounts import AccountError, add_user, login, logout, session_user


def test_user_add_reads_the_password_from_stdin_and_stores_only_a_hash(tmp_path, monkeypatch, capsys):
    db = f"sqlite:///{tmp_path / 'users.db'}"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long passphrase\n"))
    assert main(["user", "add", "amal", "--role", "editor", "--password-stdin", "--db", db]) == 0
    with open_store(db) as store:
        with store.engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT password_hash FROM users").scalar()
        assert stored.startswith("$argon2") and "a long passphrase" not in stored
        token = login(store, "amal", "a long passphrase")
        assert token and session_user(store, token).can("editor") and not session_user(store, token).can("admin")
        assert login(store, "amal", "wrong passphrase") is None
        logout(store, token)
        assert session_user(store, token) is None


def test_a_bad_account_is_one_line_of_error(tmp_path, monkeypatch, capsys):
    db = f"sqlite:///{tmp_path / 'users.db'}"
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["user", "add", "amal", "--password-stdin", "--db", db]) == 2
    assert capsys.readouterr().err.strip() == "hiwar: a password has at least 8 characters"
    with open_store(db) as store, pytest.raises(AccountError, match="role"):
        add_user(store, "amal", "owner", "a long passphrase")
