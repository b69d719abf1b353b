"""Accounts, roles and login sessions, kept in the store (migration 0004).

Passwords are kept as argon2 hashes; a login session is a random token whose SHA-256 is stored, so a
copy of the database does not let anyone in.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..store.models import UserRow, WebSessionRow
from ..store.store import Store

ROLES = ("viewer", "editor", "admin")  # each can do what the ones before it can
SESSION_DAYS = 7
_hasher = PasswordHasher()


class AccountError(Exception):
    """A user cannot be added; the message is one line."""


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def can(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


def add_user(store: Store, name: str, role: str, password: str) -> None:
    """Create the account, or reset its role and password when it exists."""
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if not name or len(name) > 64 or not name.isprintable() or name.strip() != name:
        raise AccountError("a user name is 1 to 64 printable characters, no surrounding spaces")
    if len(password) < 8:
        raise AccountError("a password has at least 8 characters")
    with Session(store.engine) as session, session.begin():
        row = session.get(UserRow, name) or UserRow(name=name, created_at=datetime.now(timezone.utc))
        row.role, row.password_hash = role, _hasher.hash(password)
        session.add(row)


def login(store: Store, name: str, password: str) -> str | None:
    """A new session token for the right password, else None."""
    with Session(store.engine) as session, session.begin():
        row = session.get(UserRow, name)
        try:
            if row is None or not _hasher.verify(row.password_hash, password):
                return None
        except (VerifyMismatchError, InvalidHashError):
            return None
        token = secrets.token_urlsafe(32)
        expires = datetime.now(timezone.utc) + timedelta(days=SESSION_DAYS)
        session.add(WebSessionRow(token_hash=_digest(token), user_name=name, expires_at=expires))
        return token


def session_user(store: Store, token: str | None) -> User | None:
    if not token:
        return None
    with Session(store.engine) as session:
        found = session.execute(
            select(UserRow.name, UserRow.role, WebSessionRow.expires_at)
            .join(WebSessionRow, WebSessionRow.user_name == UserRow.name)
            .where(WebSessionRow.token_hash == _digest(token))).first()
    if found is None or _aware(found.expires_at) < datetime.now(timezone.utc):
        return None
    return User(found.name, found.role)


def logout(store: Store, token: str | None) -> None:
    if token:
        with Session(store.engine) as session, session.begin():
            session.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == _digest(token)))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
