"""Problems a camera reports itself (video loss, tampering) in its health."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from custom_components.compound_security.engine.camera_health import REPORT_HOLD, CameraHealth

T0 = datetime(2026, 11, 30, 21, 0, tzinfo=UTC)


def healthy() -> CameraHealth:
    health = CameraHealth()
    health.fetched(b"picture 1", T0)
    return health


def test_a_reported_problem_fails_the_camera_until_it_is_over() -> None:
    health = healthy()
    assert health.report("tampered", T0 + timedelta(seconds=1)) is True
    assert (health.online, health.problem) == (False, "tampered")
    assert health.failing_since == T0 + timedelta(seconds=1)
    # A good snapshot does not hide it while the camera keeps reporting it.
    assert health.fetched(b"picture 2", T0 + timedelta(seconds=30)) is False
    assert (health.online, health.problem) == (False, "tampered")
    assert health.report("tampered", T0 + timedelta(seconds=31), active=False) is True
    assert (health.online, health.problem, health.failing_since) == (True, None, None)


def test_the_end_of_one_problem_leaves_another() -> None:
    health = healthy()
    health.report("tampered", T0)
    assert health.report("video_loss", T0, active=False) is False  # the heartbeat
    assert (health.online, health.problem, health.reported) == (False, "tampered", "tampered")


def test_a_report_not_repeated_for_the_hold_is_over_at_the_next_check() -> None:
    health = healthy()
    health.report("video_loss", T0)
    health.fetched(b"picture 2", T0 + REPORT_HOLD - timedelta(seconds=1))
    assert health.problem == "video_loss"
    assert health.fetched(b"picture 3", T0 + REPORT_HOLD) is True
    assert (health.online, health.problem, health.reported) == (True, None, None)


def test_an_unreachable_camera_stays_unreachable_when_its_report_ends() -> None:
    health = healthy()
    health.report("video_loss", T0)
    health.fetched(None, T0 + timedelta(seconds=5))
    assert health.problem == "unreachable"
    assert health.report("video_loss", T0 + timedelta(seconds=6), active=False) is False
    assert (health.online, health.problem) == (False, "unreachable")
