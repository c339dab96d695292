"""The database: engines, sessions, the single write path for SQLite, and migrations."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from civility.errors import InputError

T = TypeVar("T")
MIGRATIONS = Path(__file__).parent / "migrations"


def normalise_url(url: str) -> str:
    """Accept ``postgresql://...``, ``sqlite:///file.db`` or a bare file path."""
    url = url.strip()
    if not url:
        raise InputError("no database given")
    if "://" not in url:
        return "sqlite:///" + str(Path(url))
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain):]
    return url


def _sqlite_pragmas(engine: Engine, *, immediate: bool) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """Sessions for reading and writing.

    SQLite allows one writer at a time, so every write in this process goes through one lock
    and one connection that takes the write lock at BEGIN (no upgrade deadlocks); readers use
    their own pool and see the last committed state (WAL). PostgreSQL writes run side by side.
    """

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        try:
            parsed = make_url(self.url)
        except ArgumentError as exc:
            raise InputError(f"not a database URL: {url}") from exc
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        try:
            if self.is_sqlite:
                self.reader = create_engine(self.url, pool_size=8, max_overflow=32, hide_parameters=True)
                self.writer = create_engine(self.url, pool_size=1, max_overflow=0, hide_parameters=True)
                _sqlite_pragmas(self.reader, immediate=False)
                _sqlite_pragmas(self.writer, immediate=True)
            else:
                self.reader = self.writer = create_engine(
                    self.url, pool_size=10, max_overflow=20, pool_pre_ping=True,
                    hide_parameters=True)  # errors never log comment texts or secrets
        except (ArgumentError, ModuleNotFoundError) as exc:
            raise InputError(f"cannot use database {parsed.render_as_string()}: {exc}") from exc
        self._read = sessionmaker(self.reader, expire_on_commit=False)
        self._write = sessionmaker(self.writer, expire_on_commit=False)
        self._lock = threading.Lock() if self.is_sqlite else None

    def describe(self) -> str:
        """The URL without its password, for logs and messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A transaction that commits when the block ends without an exception."""
        if self._lock is None:
            with self._write.begin() as session:
                yield session
            return
        with self._lock, self._write.begin() as session:
            yield session

    def read(self, fn: Callable[[Session], T]) -> T:
        with self.reading() as session:
            return fn(session)

    def write(self, fn: Callable[[Session], T]) -> T:
        with self.writing() as session:
            return fn(session)

    def upgrade(self) -> None:
        """Bring the schema to the newest migration (creates it in an empty database)."""
        from alembic import command

        try:
            with self.writer.begin() as conn:
                command.upgrade(_alembic_config(conn), "head")
        except OperationalError as exc:
            raise InputError(f"cannot open database {self.describe()}: {exc.orig}") from exc

    def revision(self) -> str | None:
        """The migration the database is at, or None if it has none yet."""
        from alembic.runtime.migration import MigrationContext

        with self.reader.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        self.reader.dispose()
        if self.writer is not self.reader:
            self.writer.dispose()


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest migration this version of Civility knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(None)).get_current_head()
    assert head is not None
    return head
