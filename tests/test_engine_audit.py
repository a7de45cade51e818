"""The access log and alarm store over SQLAlchemy (a real SQLite file)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from custom_components.compound_security.engine.audit import AccessQuery, AuditStore

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def row(seconds: float, **kw: Any) -> dict[str, Any]:
    return {
        "ts": (NOW + timedelta(seconds=seconds)).timestamp(),
        "access_point_id": "gate",
        "direction": "in",
        "credential": "card",
        "uid": "008EC793",
        "decision": "granted",
        "reason": "granted",
        "person_id": "p1",
        "household_id": "h1",
        "vehicle_id": None,
        "watch": "none",
        "alarm_ids": None,
    } | kw


def alarm(alarm_id: str, seconds: float = 0, **kw: Any) -> dict[str, Any]:
    return {
        "alarm_id": alarm_id,
        "ts": (NOW + timedelta(seconds=seconds)).timestamp(),
        "kind": "lost_card",
        "severity": "warning",
        "access_point_id": "gate",
        "person_id": "p1",
        "household_id": "h1",
        "vehicle_id": None,
        "message": "m",
        "state": "open",
    } | kw


@pytest.fixture
def store(tmp_path: Path) -> AuditStore:
    audit = AuditStore(f"sqlite:///{tmp_path / 'audit.db'}")
    audit.open()
    yield audit  # type: ignore[misc]
    audit.close()


def test_query_filters_order_and_limit(store: AuditStore) -> None:
    store.write(
        [
            row(0),
            row(1, person_id="p2", household_id="h2", uid="0000000A"),
            row(2, access_point_id="garage", alarm_ids="a1,a2"),
            row(
                3, decision="denied", reason="unknown_credential", person_id=None, household_id=None
            ),
        ],
        [],
    )
    everything = store.query_access(AccessQuery())
    assert [e["time"] for e in everything] == sorted((e["time"] for e in everything), reverse=True)
    assert len(everything) == 4
    assert everything[1]["alarm_ids"] == ["a1", "a2"]
    assert everything[0]["time"] == (NOW + timedelta(seconds=3)).isoformat()
    assert len(store.query_access(AccessQuery(person_id="p1"))) == 2
    assert len(store.query_access(AccessQuery(household_id="h2"))) == 1
    assert len(store.query_access(AccessQuery(uid="0000000A"))) == 1
    assert len(store.query_access(AccessQuery(access_point_id="garage"))) == 1
    window = AccessQuery(since=NOW + timedelta(seconds=1), until=NOW + timedelta(seconds=2))
    assert len(store.query_access(window)) == 2
    assert len(store.query_access(AccessQuery(limit=1))) == 1
    assert store.count_access_since(NOW + timedelta(seconds=2)) == 2


def test_pages_and_counts_with_decision_and_reason_filters(store: AuditStore) -> None:
    store.write(
        [
            row(0),
            row(1, decision="denied", reason="lost"),
            row(2, decision="denied", reason="expired"),
            row(3),
            row(4, decision="denied", reason="lost", access_point_id="garage"),
        ],
        [],
    )
    denied = AccessQuery(decision="denied")
    assert store.count_access(denied) == 3
    assert store.count_access(AccessQuery(reason="lost")) == 2
    assert store.count_access(AccessQuery(reason="lost", access_point_id="gate")) == 1
    newest, older = (
        store.query_access(AccessQuery(decision="denied", limit=2)),
        store.query_access(AccessQuery(decision="denied", limit=2, offset=2)),
    )
    assert [e["reason"] for e in newest] == ["lost", "expired"]
    assert [e["reason"] for e in older] == ["lost"]
    assert older[0]["time"] == (NOW + timedelta(seconds=1)).isoformat()
    # The count ignores the page: a page's query counts every match.
    assert store.count_access(AccessQuery(decision="denied", limit=1, offset=2)) == 3


def test_a_failed_batch_stores_nothing(store: AuditStore) -> None:
    store.write([row(0)], [alarm("a1")])
    with pytest.raises(IntegrityError):
        store.write([row(1), row(2)], [alarm("a2"), alarm("a1")])  # duplicate alarm id
    assert len(store.query_access(AccessQuery())) == 1
    assert store.open_alarms() == {"lost_card": 1}


def test_alarm_state(store: AuditStore) -> None:
    store.write([], [alarm("a1"), alarm("a2", kind="watchlist"), alarm("a3", kind="watchlist")])
    assert store.open_alarms() == {"lost_card": 1, "watchlist": 2}
    ack = (NOW + timedelta(minutes=1)).timestamp()
    assert store.set_alarm_state(
        "a2", {"state": "acknowledged", "acknowledged_by": "u1", "acknowledged_at": ack}
    )
    assert not store.set_alarm_state("nope", {"state": "closed"})
    assert store.open_alarms() == {"lost_card": 1, "watchlist": 1}
    record = store.get_alarm("a2")
    assert record is not None
    assert record["acknowledged_at"] == (NOW + timedelta(minutes=1)).isoformat()
    assert record["closed_at"] is None
    assert store.get_alarm("missing") is None


def test_purge_drops_what_is_older_than_the_retention(store: AuditStore) -> None:
    store.write(
        [row(-86400 * 181), row(-86400 * 179), row(0)], [alarm("old", -86400 * 200), alarm("new")]
    )
    assert store.purge(NOW - timedelta(days=180)) == (1, 1)
    assert len(store.query_access(AccessQuery())) == 2
    assert store.get_alarm("new") is not None


def test_survives_reopening(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    first = AuditStore(url)
    first.open()
    first.write([row(0)], [])
    first.close()
    second = AuditStore(url)
    second.open()
    assert len(second.query_access(AccessQuery())) == 1
    second.close()
    with pytest.raises(RuntimeError):
        _ = second.engine


def test_compounds_sharing_a_database_stay_apart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    first, second = AuditStore(url, "a"), AuditStore(url, "b")
    first.open()
    second.open()
    first.write([row(0)], [alarm("a1")])
    second.write([row(0), row(1)], [alarm("b1")])
    assert len(first.query_access(AccessQuery())) == 1
    assert len(second.query_access(AccessQuery())) == 2
    assert first.open_alarms() == {"lost_card": 1}
    assert second.get_alarm("a1") is None
    assert not second.set_alarm_state("a1", {"state": "closed"})
    assert first.purge(NOW + timedelta(days=1)) == (1, 1)
    assert len(second.query_access(AccessQuery())) == 2
    assert first.count_access_since(NOW - timedelta(days=1)) == 0
    first.close()
    second.close()


@pytest.mark.parametrize("column", ["person_id", "household_id", "uid", "access_point_id"])
def test_each_filter_is_served_by_an_index_without_sorting(store: AuditStore, column: str) -> None:
    from sqlalchemy import select  # noqa: PLC0415

    from custom_components.compound_security.engine.audit import access_log  # noqa: PLC0415

    statement = (
        select(access_log)
        .where(access_log.c.compound == "default", access_log.c[column] == "x")
        .order_by(access_log.c.ts.desc(), access_log.c.id.desc())
        .limit(100)
    )
    sql = str(statement.compile(compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as connection:
        plan = " ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert "USING INDEX" in plan
    assert column in plan
    assert "TEMP B-TREE" not in plan


def test_a_database_from_an_earlier_release_gets_the_new_columns(tmp_path: Path) -> None:
    """Release 0.1 had no snapshot column; opening the store adds it, keeping the rows."""
    import contextlib  # noqa: PLC0415
    import sqlite3  # noqa: PLC0415

    path = tmp_path / "old.db"
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "CREATE TABLE alarms (alarm_id VARCHAR(32) PRIMARY KEY, compound VARCHAR(64) NOT NULL,"
            " ts FLOAT NOT NULL, kind VARCHAR(32) NOT NULL, severity VARCHAR(16) NOT NULL,"
            " access_point_id VARCHAR(64), person_id VARCHAR(64), household_id VARCHAR(64),"
            " vehicle_id VARCHAR(64), message TEXT NOT NULL, state VARCHAR(16) NOT NULL,"
            " acknowledged_by VARCHAR(64), acknowledged_at FLOAT, note TEXT, closed_at FLOAT)"
        )
        connection.execute(
            "INSERT INTO alarms VALUES ('a1', 'c', 1.0, 'forced_entry', 'critical', NULL, NULL,"
            " NULL, NULL, 'Door forced', 'open', NULL, NULL, NULL, NULL)"
        )
    store = AuditStore(f"sqlite:///{path}", "c")
    store.open()
    try:
        assert store.set_alarm_state("a1", {"snapshot": "compound_security/d/a1.jpg"})
        alarm = store.get_alarm("a1")
        assert alarm is not None
        assert (alarm["message"], alarm["snapshot"]) == (
            "Door forced",
            "compound_security/d/a1.jpg",
        )
        assert [a["alarm_id"] for a in store.active_alarms()] == ["a1"]
    finally:
        store.close()


def test_an_access_log_from_before_recognitions_gets_the_score_column(tmp_path: Path) -> None:
    """Rows logged before faces and plates have no score; new ones keep theirs."""
    import contextlib  # noqa: PLC0415
    import sqlite3  # noqa: PLC0415

    path = tmp_path / "old.db"
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "CREATE TABLE access_log (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " compound VARCHAR(64) NOT NULL, ts FLOAT NOT NULL,"
            " access_point_id VARCHAR(64) NOT NULL, direction VARCHAR(8) NOT NULL,"
            " credential VARCHAR(16) NOT NULL, uid VARCHAR(32) NOT NULL,"
            " decision VARCHAR(8) NOT NULL, reason VARCHAR(32) NOT NULL, person_id VARCHAR(64),"
            " household_id VARCHAR(64), vehicle_id VARCHAR(64), watch VARCHAR(8) NOT NULL,"
            " alarm_ids TEXT)"
        )
        connection.execute(
            "INSERT INTO access_log (compound, ts, access_point_id, direction, credential, uid,"
            " decision, reason, watch) VALUES"
            " ('c', 1.0, 'gate', 'in', 'card', '008EC793', 'granted', 'granted', 'none')"
        )
    store = AuditStore(f"sqlite:///{path}", "c")
    store.open()
    try:
        store.write([row(5, credential="face", uid="p1", score=0.97)], [])
        rows = store.query_access(AccessQuery())
        assert [(r["credential"], r["score"]) for r in rows] == [("face", 0.97), ("card", None)]
    finally:
        store.close()
