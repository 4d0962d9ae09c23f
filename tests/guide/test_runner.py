"""The session runner keeps time with an injected clock: pause, resume, next, quit."""

from __future__ import annotations

from crampcare.guide import Session, SessionStep
from crampcare.session_runner import Runner, play


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _session(*seconds: int) -> Session:
    steps = [
        SessionStep(
            number=i + 1,
            instruction=f"Step {i + 1}",
            seconds=s,
            technique_id="fa_test",
            technique_title="Test",
            phase="acute",
            grade="recommended",
            why="for the test",
        )
        for i, s in enumerate(seconds)
    ]
    return Session(where="calf", context="night", situations=[], steps=steps, excluded=[])


def test_a_step_ends_when_its_time_is_up() -> None:
    clock = FakeClock()
    runner = Runner(_session(30, 20), clock)
    clock.now += 29
    assert not runner.update()
    assert runner.remaining() == 1
    clock.now += 1
    assert runner.update()
    assert runner.step is not None and runner.step.number == 2
    assert runner.remaining() == 20


def test_pause_stops_the_countdown_and_resume_continues_it() -> None:
    clock = FakeClock()
    runner = Runner(_session(30), clock)
    clock.now += 10
    runner.pause()
    clock.now += 500
    assert not runner.update()
    assert runner.state == "paused"
    assert runner.remaining() == 20
    runner.resume()
    clock.now += 5
    assert runner.remaining() == 15


def test_next_skips_and_the_last_step_finishes_the_session() -> None:
    clock = FakeClock()
    runner = Runner(_session(30, 30), clock)
    runner.next()
    assert runner.skipped == [0]
    clock.now += 30
    runner.update()
    assert runner.state == "finished"
    assert runner.step is None


def test_play_obeys_space_next_and_quit_keys_without_sleeping() -> None:
    clock = FakeClock()
    runner = Runner(_session(30, 30, 30), clock)
    script = iter([None, " ", None, None, " ", "n", "q"])
    seen: list[tuple[int, str]] = []

    def keys(timeout: float) -> str | None:
        clock.now += 5
        return next(script)

    state = play(runner, keys, lambda r: seen.append((r.index, r.state)))
    assert state == "quit"
    assert ("paused" in {s for _, s in seen}) and runner.skipped == [0]
    # 10 s ran before the pause, 10 s of pause did not count, then 'n' skipped step 1.
    assert seen[-2][0] == 1


def test_play_runs_a_session_to_the_end_on_the_clock_alone() -> None:
    clock = FakeClock()
    runner = Runner(_session(3, 4), clock)

    def keys(timeout: float) -> str | None:
        clock.now += timeout
        return None

    assert play(runner, keys, lambda r: None, tick=0.5) == "finished"
    assert runner.skipped == []
    assert clock.now == 1007.0
