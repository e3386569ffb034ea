"""`credcheck evaluate`'s tuning / held-out split and per-layout table on a hand-written truth."""

from __future__ import annotations

import csv
import json

from pipeline.evaluate import evaluate_run
from pipeline.report.tables import FIELD_COLUMNS, FILE_COLUMNS, FLAG_COLUMNS


def _csv(path, columns, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, restval="")
        writer.writeheader()
        writer.writerows(rows)


def _window(tmp_path):
    truth = {
        "applicants": {
            "A1": {"expected_flags": ["NAME_MISMATCH"], "clean": False,
                   "flag_files": {"NAME_MISMATCH": ["职称证书.pdf"]}},
            "A2": {"expected_flags": ["SEAL_MISSING", "SS_NO_RECORD"], "clean": False,
                   "flag_files": {"SEAL_MISSING": ["聘书.pdf"]}},
            "A3": {"expected_flags": [], "clean": True},
        },
        "documents": {
            "A1/职称证书.pdf": {"kind": "title_certificate", "layout": "title_certificate.prose",
                             "held_out": True, "fields": {"name": "张三", "title": "工程师"}},
            "A1/毕业证.jpg": {"kind": "diploma", "layout": "diploma.classic", "held_out": False,
                           "fields": {"name": "张伟", "major": "土木工程"}},
            "A2/聘书.pdf": {"kind": "appointment_letter", "layout": "appointment_letter.wenjian",
                          "held_out": False, "fields": {"name": "李四", "title": "工程师"}},
            "A3/聘书.pdf": {"kind": "appointment_letter",
                          "layout": "appointment_letter.label_form", "held_out": True,
                          "fields": {"name": "王五", "title": "会计师"}},
        },
    }
    (tmp_path / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    _csv(out / "applicants.csv", ["applicant_id"],
         [{"applicant_id": a} for a in ("A1", "A2", "A3")])
    _csv(out / "files.csv", FILE_COLUMNS, [
        {"applicant_id": "A1", "file": "职称证书.pdf", "detected_kind": "title_certificate",
         "status": "ok"},
        {"applicant_id": "A1", "file": "毕业证.jpg", "detected_kind": "diploma", "status": "ok"},
        {"applicant_id": "A2", "file": "聘书.pdf", "detected_kind": "appointment_letter",
         "status": "ok"},
        {"applicant_id": "A3", "file": "聘书.pdf", "detected_kind": "contract", "status": "ok"},
    ])
    _csv(out / "flags.csv", FLAG_COLUMNS, [
        # found on the held-out title certificate: a held-out true positive
        {"applicant_id": "A1", "code": "NAME_MISMATCH", "file": "职称证书.pdf"},
        # applicant-level, no file: tuning
        {"applicant_id": "A2", "code": "SS_NO_RECORD", "file": ""},
        # SEAL_MISSING of A2 missed: its planted file is a tuning layout
        # a false flag on the held-out letter of the clean A3
        {"applicant_id": "A3", "code": "NAME_MISMATCH", "file": "聘书.pdf"},
    ])
    _csv(out / "fields.csv", FIELD_COLUMNS, [
        {"applicant_id": "A1", "file": "职称证书.pdf", "field": "name", "value": "张三"},
        {"applicant_id": "A1", "file": "职称证书.pdf", "field": "title", "value": "工程师职务"},
        {"applicant_id": "A1", "file": "毕业证.jpg", "field": "name", "value": "张伟"},
        {"applicant_id": "A1", "file": "毕业证.jpg", "field": "major", "value": "土木工程"},
        {"applicant_id": "A2", "file": "聘书.pdf", "field": "name", "value": "李四"},
        {"applicant_id": "A2", "file": "聘书.pdf", "field": "title", "value": "工程师"},
        {"applicant_id": "A3", "file": "聘书.pdf", "field": "name", "value": "会计师"},
    ])
    return out, tmp_path / "truth.json"


def test_flags_split_by_the_layout_of_the_evidence_file(tmp_path):
    ev = evaluate_run(*_window(tmp_path))
    held, tuning = ev.split_codes["held_out"], ev.split_codes["tuning"]
    assert (held["NAME_MISMATCH"].tp, held["NAME_MISMATCH"].fp,
            held["NAME_MISMATCH"].fn) == (1, 1, 0)
    assert "NAME_MISMATCH" not in tuning
    assert (tuning["SS_NO_RECORD"].tp, tuning["SS_NO_RECORD"].fp) == (1, 0)
    assert (tuning["SEAL_MISSING"].tp, tuning["SEAL_MISSING"].fn) == (0, 1)
    assert ev.split_total("held_out").precision == 0.5
    assert ev.split_total("tuning").recall == 0.5
    # the overall figures are unchanged by the split
    assert (ev.codes["NAME_MISMATCH"].tp, ev.codes["NAME_MISMATCH"].fp) == (1, 1)


def test_fields_and_kinds_per_split_and_layout(tmp_path):
    ev = evaluate_run(*_window(tmp_path))
    assert ev.split_field_accuracy("tuning") == 1.0  # diploma.classic 2/2, wenjian 2/2
    assert ev.split_field_accuracy("held_out") == 1 / 4  # prose 1/2, label_form 0/2
    assert ev.split_fields["held_out"][("title_certificate", "title")] == [0, 1]
    assert ev.layouts["title_certificate.prose"] == {"fields": [1, 2], "kinds": [1, 1]}
    assert ev.layouts["appointment_letter.label_form"] == {"fields": [0, 2], "kinds": [0, 1]}
    text = ev.render()
    assert "by layout split (tuning / held-out; layouts.toml)" in text
    assert "all fields: tuning 100.0%, held-out  25.0%" in text
    assert "appointment_letter.label_form" in text and "held-out" in text
    # the existing report lines are still there
    assert "flag code                  TP  FP  FN  precision  recall" in text
    assert "document kind detected correctly: 3/4" in text
