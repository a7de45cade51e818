"""The access log and alarm records, through SQLAlchemy (SQLite by default).

Synchronous by design: the Home Assistant layer runs every call on one dedicated worker
thread, batching writes, so the event loop never waits on the database. Times are stored
as UTC epoch seconds (a float), which indexes and compares the same way in every backend.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Engine, RowMapping
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql import Select

metadata = MetaData()

access_log = Table(
    "access_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("compound", String(64), nullable=False),
    Column("ts", Float, nullable=False),
    Column("access_point_id", String(64), nullable=False),
    Column("direction", String(8), nullable=False),
    Column("credential", String(16), nullable=False),
    Column("uid", String(32), nullable=False),
    Column("decision", String(8), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("person_id", String(64)),
    Column("household_id", String(64)),
    Column("vehicle_id", String(64)),
    Column("watch", String(8), nullable=False, default="none"),
    Column("alarm_ids", Text),
    Column("score", Float),  # a recognised face's or plate's confidence; None for cards
    # Each filter with the compound first and time last, so one index serves both the
    # filter and the newest-first order (SQLite appends the row id, the tie-breaker).
    Index("ix_access_ts", "compound", "ts"),
    Index("ix_access_person_ts", "compound", "person_id", "ts"),
    Index("ix_access_household_ts", "compound", "household_id", "ts"),
    Index("ix_access_uid_ts", "compound", "uid", "ts"),
    Index("ix_access_point_ts", "compound", "access_point_id", "ts"),
)

alarms = Table(
    "alarms",
    metadata,
    Column("alarm_id", String(32), primary_key=True),
    Column("compound", String(64), nullable=False),
    Column("ts", Float, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("access_point_id", String(64)),
    Column("person_id", String(64)),
    Column("household_id", String(64)),
    Column("vehicle_id", String(64)),
    Column("message", Text, nullable=False),
    Column("state", String(16), nullable=False, default="open"),
    Column("acknowledged_by", String(64)),
    Column("acknowledged_at", Float),
    Column("note", Text),
    Column("closed_at", Float),
    Column("snapshot", Text),  # under the media folder: compound_security/<date>/<id>.jpg
    Column("count", Integer),  # events the alarm stands for (repeated denials keep counting)
    Column("camera_id", String(64)),  # a camera's own alarm (an e-bike in an elevator)
    Column("building", String(64)),
    Index("ix_alarms_ts", "compound", "ts"),
    Index("ix_alarms_state", "compound", "state"),
)

ACCESS_FIELDS = (
    "access_point_id",
    "direction",
    "credential",
    "uid",
    "decision",
    "reason",
    "person_id",
    "household_id",
    "vehicle_id",
    "watch",
    "alarm_ids",
    "score",
)


def to_ts(moment: datetime) -> float:
    """Return UTC epoch seconds."""
    return moment.timestamp()


def from_ts(ts: float) -> datetime:
    """Return an aware UTC datetime."""
    return datetime.fromtimestamp(ts, UTC)


# Two compounds sharing a database both create the tables at start-up, one table or index
# at a time, so one may clash with the other more than once.
CREATE_ATTEMPTS = 10


@dataclass(frozen=True, slots=True)
class AccessQuery:
    """Filters for the access log; every given one must match."""

    person_id: str | None = None
    household_id: str | None = None
    uid: str | None = None
    access_point_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    decision: str | None = None  # granted, denied
    reason: str | None = None
    limit: int = 100
    offset: int = 0  # rows to skip, newest first: the console pages with it


def _sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class AuditStore:
    """One compound's access log and alarms; several compounds may share a database."""

    def __init__(self, url: str, compound: str = "default") -> None:
        """Remember the SQLAlchemy URL and the compound's key; nothing is opened yet."""
        self.url = url
        self.compound = compound
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """Return the open engine."""
        if self._engine is None:
            raise RuntimeError("audit store is not open")
        return self._engine

    def open(self) -> None:
        """Connect and create the tables and indexes that are missing."""
        engine = create_engine(self.url, pool_pre_ping=True, hide_parameters=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        for attempt in range(CREATE_ATTEMPTS):
            try:
                metadata.create_all(engine)
                break
            except OperationalError, ProgrammingError:
                # Another compound sharing the database created a table (or index) since we
                # looked; each such clash means one fewer is missing, so try again.
                if attempt == CREATE_ATTEMPTS - 1:
                    raise
        _add_missing_columns(engine)
        self._engine = engine

    def close(self) -> None:
        """Release every connection."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def write(
        self,
        access_rows: Sequence[Mapping[str, Any]],
        alarm_rows: Sequence[Mapping[str, Any]],
        alarm_updates: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        """Insert a batch, then apply alarm updates, in one transaction: all of it, or none."""
        mine = {"compound": self.compound}
        with self.engine.begin() as connection:
            if access_rows:
                connection.execute(
                    insert(access_log), [{"score": None} | dict(r) | mine for r in access_rows]
                )
            if alarm_rows:
                connection.execute(insert(alarms), [dict(r) | mine for r in alarm_rows])
            for alarm_id, values in (alarm_updates or {}).items():
                connection.execute(
                    update(alarms)
                    .where(alarms.c.compound == self.compound, alarms.c.alarm_id == alarm_id)
                    .values(**values)
                )

    def query_access(self, query: AccessQuery) -> list[dict[str, Any]]:
        """Return matching entries, newest first."""
        statement = _filtered(select(access_log), self.compound, query)
        statement = statement.order_by(access_log.c.ts.desc(), access_log.c.id.desc())
        statement = statement.limit(query.limit).offset(query.offset)
        with self.engine.connect() as connection:
            rows = connection.execute(statement).mappings().all()
        return [_access_entry(row) for row in rows]

    def count_access(self, query: AccessQuery) -> int:
        """Count the entries matching a query's filters (its limit and offset aside)."""
        statement = _filtered(select(func.count()).select_from(access_log), self.compound, query)
        with self.engine.connect() as connection:
            return int(connection.execute(statement).scalar_one())

    def count_access_since(self, since: datetime) -> int:
        """Count decisions at or after `since`."""
        statement = (
            select(func.count())
            .select_from(access_log)
            .where(access_log.c.compound == self.compound, access_log.c.ts >= to_ts(since))
        )
        with self.engine.connect() as connection:
            return int(connection.execute(statement).scalar_one())

    def open_alarms(self) -> dict[str, int]:
        """Count open alarms per kind."""
        statement = (
            select(alarms.c.kind, func.count())
            .where(alarms.c.compound == self.compound, alarms.c.state == "open")
            .group_by(alarms.c.kind)
        )
        with self.engine.connect() as connection:
            return {kind: int(count) for kind, count in connection.execute(statement).all()}

    def active_alarms(self) -> list[dict[str, Any]]:
        """Return the alarms still open (not acknowledged, not closed), oldest first."""
        statement = (
            select(alarms)
            .where(alarms.c.compound == self.compound, alarms.c.state == "open")
            .order_by(alarms.c.ts)
        )
        with self.engine.connect() as connection:
            return [_alarm_entry(row) for row in connection.execute(statement).mappings()]

    def unclosed_alarms(self, limit: int) -> list[dict[str, Any]]:
        """Return the newest alarms not closed yet (open or acknowledged), newest first."""
        statement = (
            select(alarms)
            .where(alarms.c.compound == self.compound, alarms.c.state != "closed")
            .order_by(alarms.c.ts.desc())
            .limit(limit)
        )
        with self.engine.connect() as connection:
            return [_alarm_entry(row) for row in connection.execute(statement).mappings()]

    def alarm_kinds(self, alarm_ids: Sequence[str]) -> dict[str, str]:
        """Return the kind of each of these alarms that this compound has."""
        if not alarm_ids:
            return {}
        statement = select(alarms.c.alarm_id, alarms.c.kind).where(
            alarms.c.compound == self.compound, alarms.c.alarm_id.in_(alarm_ids)
        )
        with self.engine.connect() as connection:
            return {str(alarm_id): str(kind) for alarm_id, kind in connection.execute(statement)}

    def get_alarm(self, alarm_id: str) -> dict[str, Any] | None:
        """Return one alarm record."""
        with self.engine.connect() as connection:
            row = (
                connection.execute(
                    select(alarms).where(
                        alarms.c.compound == self.compound, alarms.c.alarm_id == alarm_id
                    )
                )
                .mappings()
                .first()
            )
        return None if row is None else _alarm_entry(row)

    def set_alarm_state(self, alarm_id: str, values: Mapping[str, Any]) -> bool:
        """Update an alarm's state fields; return whether it exists."""
        with self.engine.begin() as connection:
            result = connection.execute(
                update(alarms)
                .where(alarms.c.compound == self.compound, alarms.c.alarm_id == alarm_id)
                .values(**values)
            )
        return bool(result.rowcount)

    def purge(self, before: datetime) -> tuple[int, int]:
        """Delete access entries and closed or stale alarms older than `before`."""
        cutoff = to_ts(before)
        with self.engine.begin() as connection:
            access = connection.execute(
                delete(access_log).where(
                    access_log.c.compound == self.compound, access_log.c.ts < cutoff
                )
            )
            old_alarms = connection.execute(
                delete(alarms).where(alarms.c.compound == self.compound, alarms.c.ts < cutoff)
            )
        return int(access.rowcount), int(old_alarms.rowcount)


def _filtered[S: Select[Any]](statement: S, compound: str, query: AccessQuery) -> S:
    """Return the statement narrowed to one compound's entries matching the query."""
    statement = statement.where(access_log.c.compound == compound)
    for column, value in (
        (access_log.c.person_id, query.person_id),
        (access_log.c.household_id, query.household_id),
        (access_log.c.uid, query.uid),
        (access_log.c.access_point_id, query.access_point_id),
        (access_log.c.decision, query.decision),
        (access_log.c.reason, query.reason),
    ):
        if value is not None:
            statement = statement.where(column == value)
    if query.since is not None:
        statement = statement.where(access_log.c.ts >= to_ts(query.since))
    if query.until is not None:
        statement = statement.where(access_log.c.ts <= to_ts(query.until))
    return statement


def _add_missing_columns(engine: Engine) -> None:
    """Add columns newer releases defined to tables an older release created."""
    inspector = inspect(engine)
    for table in (access_log, alarms):
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present:
                kind = column.type.compile(dialect=engine.dialect)
                with engine.begin() as connection:
                    connection.execute(
                        text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}")
                    )


def _access_entry(row: RowMapping) -> dict[str, Any]:
    entry = {name: row[name] for name in ACCESS_FIELDS if name != "alarm_ids"}
    entry["time"] = from_ts(row["ts"]).isoformat()
    entry["alarm_ids"] = row["alarm_ids"].split(",") if row["alarm_ids"] else []
    return entry


def _alarm_entry(row: RowMapping) -> dict[str, Any]:
    entry = dict(row)
    del entry["compound"]
    entry["time"] = from_ts(entry.pop("ts")).isoformat()
    for key in ("acknowledged_at", "closed_at"):
        if entry[key] is not None:
            entry[key] = from_ts(entry[key]).isoformat()
    return entry
