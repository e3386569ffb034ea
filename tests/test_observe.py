"""Run events: the JSON-lines log (masked) and the progress bar (terminals only)."""

from __future__ import annotations

import io
import json
import logging

from flows import observe

NUMBER = "450202199003121234"


def test_json_lines_carry_fields_and_mask_identity_numbers(tmp_path) -> None:
    log = tmp_path / "logs" / "run.jsonl"
    with observe.observing(log_json=log):
        observe.emit("run_started", run_id="r-1", window="w", applicants=2)
        observe.emit("stage", stage="read", applicant_id="A1", file=f"身份证{NUMBER}.jpg",
                     seconds=1.23456789)
        logging.getLogger("credcheck.screen").warning("A1/%s extraction failed", NUMBER)
        logging.getLogger("credcheck.screen").info("not in the log: below warning")
    observe.emit("applicant_done", applicant_id="A2")  # after the block: not written
    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [line["event"] for line in lines] == ["run_started", "stage",
                                                 "A1/4502**********1234 extraction failed"]
    started, stage, warning = lines
    assert (started["applicants"] == 2 and started["run_id"] == "r-1"
            and started["logger"] == "credcheck.run")
    assert stage["file"] == "身份证4502**********1234.jpg" and stage["seconds"] == 1.2346
    assert stage["run_id"] == "r-1" and warning["run_id"] == "r-1" and warning["level"] == "warning"
    assert NUMBER not in log.read_text(encoding="utf-8")
    assert all(line["ts"].endswith("+00:00") for line in lines)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_counts_applicants_on_a_terminal_only() -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        with observe.observing(progress=True, stream=stream):
            observe.emit("run_started", window="tiny-2024", applicants=3)
            for n, aid in enumerate(("A1", "A2", "A3"), start=1):
                observe.emit("applicant_done", applicant_id=aid, status="clear", done=n, total=3)
            observe.emit("run_finished")
    assert "3/3" in terminal.getvalue() and "screening tiny-2024" in terminal.getvalue()
    assert pipe.getvalue() == ""


def test_events_do_not_reach_the_console_without_a_consumer(capsys) -> None:
    observe.emit("applicant_done", applicant_id="A1")
    captured = capsys.readouterr()
    assert "applicant_done" not in captured.out + captured.err
