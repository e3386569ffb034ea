"""application.json: the applicant's form, validated against its schema.

The schema is the one of shared/spec/intake.md. Validation errors become one
:class:`pipeline.errors.InputError` per problem naming the file and the field path
(``education[0].end``), so a reviewer can tell the platform what to fix. Dates are accepted
as ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY.MM`` and ``YYYY年M月`` and kept as
:class:`pipeline.dates.PartialDate`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from pipeline.dates import PartialDate, parse_partial_date
from pipeline.errors import InputError
from pipeline.files import MiB, Refused, read_regular
from pipeline.model import DocumentKind

APPLICANT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
MAX_FORM_BYTES = 4 * MiB  # platform exports are a few KB; anything near this is not a form

UnitType = Literal[
    "public_institution", "state_owned", "private", "social_org", "freelance", "civil_service"
]
Level = Literal["初级", "中级", "副高级", "正高级"]
Route = Literal["normal", "direct", "exceptional", "commissioned"]


def _date(value: Any) -> PartialDate | None:
    if value is None or value == "":
        return None
    if isinstance(value, PartialDate):
        return value
    parsed = parse_partial_date(str(value))
    if parsed is None:
        raise ValueError(f"not a date (YYYY-MM-DD or YYYY-MM): {value!r}")
    return parsed


Date = Annotated[PartialDate, BeforeValidator(_date)]
OptionalDate = Annotated[PartialDate | None, BeforeValidator(_date)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", arbitrary_types_allowed=True)


class Unit(_Model):
    """The applying unit (申报单位)."""

    name: str = ""
    credit_code: str = ""
    type: UnitType
    established_staff: bool = False
    department: str = ""


class CurrentTitle(_Model):
    """The title the applicant holds now (现职称)."""

    name: str
    level: Level
    obtained_on: OptionalDate = None
    appointed_on: OptionalDate = None


class Education(_Model):
    """One declared education, first to highest."""

    level: str
    school: str
    major: str = ""
    start: OptionalDate = None
    end: OptionalDate = None
    diploma_number: str = ""
    degree: str = ""
    degree_number: str = ""


class WorkPeriod(_Model):
    """One declared employment; `end` None means to date."""

    unit: str
    credit_code: str = ""
    start: Date
    end: OptionalDate = None
    post: str = ""


class Paper(_Model):
    """One declared publication."""

    title: str
    journal: str
    issn: str = ""
    cn: str = ""
    year: int | None = None
    issue: str = ""
    authors: tuple[str, ...] = ()


class Attachment(_Model):
    """One declared upload and the kind the applicant chose for it."""

    file: str
    kind: DocumentKind  # the model's kinds: the form's values are theirs
    paper_index: int | None = None
    year: int | None = None


class Application(_Model):
    """The whole form. `id_number` is kept out of repr so it never reaches a log line."""

    applicant_id: Annotated[str, Field(pattern=APPLICANT_ID.pattern)]
    name: Annotated[str, Field(min_length=1)]
    id_number: Annotated[str, Field(min_length=1, repr=False)]
    phone: str = Field("", repr=False)
    unit: Unit
    series: str = ""
    specialty: str = ""
    level: Level
    route: Route = "normal"
    current_title: CurrentTitle | None = None
    application_date: Date
    education: tuple[Education, ...] = ()
    work_history: tuple[WorkPeriod, ...] = ()
    papers: tuple[Paper, ...] = ()
    attachments: tuple[Attachment, ...] = ()


def load_application(path: Path, folder_id: str) -> Application:
    """Read and validate one application.json.

    Raises:
        InputError: for the first problem found, naming the file and the field path.
            ``problems()`` on the raised error's ``__cause__`` is not needed: the message
            lists every invalid field, separated by ``; ``.
    """
    label = f"applicants/{folder_id}/application.json"
    try:
        raw = json.loads(read_regular(path, MAX_FORM_BYTES).decode("utf-8-sig"))
    except FileNotFoundError:
        raise InputError(label, "-", "application.json is missing") from None
    except Refused as exc:
        raise InputError(label, "-", f"application.json {exc}") from None
    except OSError as exc:
        raise InputError(label, "-",
                         f"application.json cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise InputError(label, "-", f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(label, "-", f"invalid JSON at line {exc.lineno} column {exc.colno}: "
                                     f"{exc.msg}") from None
    except RecursionError:
        raise InputError(label, "-", "invalid JSON: nested too deeply") from None
    if not isinstance(raw, dict):
        raise InputError(label, "-", "the form must be a JSON object")
    try:
        application = Application.model_validate(raw)
    except ValidationError as exc:
        raise InputError(label, _field_paths(exc), _problems(exc)) from None
    except RecursionError:
        raise InputError(label, "-", "the form is nested too deeply") from None
    if application.applicant_id != folder_id:
        raise InputError(
            label, "applicant_id",
            f"form says {application.applicant_id!r} but its folder is {folder_id!r}",
        )
    return application


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _field_paths(exc: ValidationError) -> str:
    return ", ".join(dict.fromkeys(_loc(e["loc"]) for e in exc.errors()))


def _problems(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        message = error["msg"].removeprefix("Value error, ")
        parts.append(f"{_loc(error['loc'])}: {message}")
    return "; ".join(parts)
