"""Rate limits and source lockouts for reads that arrive over the network (plain Python)."""

from __future__ import annotations

from custom_components.compound_security.engine.throttle import (
    LOCKOUT_AFTER,
    LOCKOUT_FOR,
    LOCKOUT_WINDOW,
    RateLimiter,
    SourceLockout,
)


def test_rate_limiter_refuses_the_excess_per_key() -> None:
    limiter = RateLimiter(3, period=1.0)
    assert [limiter.allow("reader", 10.0 + n / 10) for n in range(5)] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert limiter.allow("other reader", 10.4)  # each key has its own budget
    assert limiter.allow("reader", 11.0)  # the first event left the window
    assert not limiter.allow("reader", 11.05)


def test_rate_limiter_forgets_the_quietest_keys_first() -> None:
    limiter = RateLimiter(1, period=60.0, max_keys=2)
    assert limiter.allow("a", 0.0)
    assert limiter.allow("b", 0.0)
    assert not limiter.allow("a", 1.0)  # "a" is now the most recently used
    assert limiter.allow("c", 1.0)  # evicts "b"
    assert limiter.allow("b", 2.0)  # forgotten, so it starts afresh
    assert not limiter.allow("c", 2.0)


def test_lockout_after_repeated_failures_within_the_window() -> None:
    lockout = SourceLockout()
    results = [lockout.failed("10.0.0.9", float(n)) for n in range(LOCKOUT_AFTER)]
    assert results == [False] * (LOCKOUT_AFTER - 1) + [True]
    assert lockout.locked("10.0.0.9", LOCKOUT_AFTER - 1.0)
    assert not lockout.locked("10.0.0.8", LOCKOUT_AFTER - 1.0)
    assert not lockout.failed("10.0.0.9", 20.0)  # already locked: no second lockout
    end = LOCKOUT_AFTER - 1.0 + LOCKOUT_FOR
    assert lockout.locked("10.0.0.9", end - 0.1)
    assert not lockout.locked("10.0.0.9", end)


def test_failures_spread_beyond_the_window_do_not_lock_out() -> None:
    lockout = SourceLockout()
    step = LOCKOUT_WINDOW / (LOCKOUT_AFTER - 1)  # the tenth lands exactly one window later
    assert not any(lockout.failed("10.0.0.9", n * step) for n in range(3 * LOCKOUT_AFTER))
    assert not lockout.locked("10.0.0.9", 3 * LOCKOUT_AFTER * step)
