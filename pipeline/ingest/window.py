"""The intake window on disk: window.toml, applicant folders, reference tables.

Loading never drops an applicant: a folder whose form is broken is kept with its error, so
it appears in applicants.csv with status ``review`` and the error text, and its files still
appear in files.csv. Symbolic links anywhere in the window are not followed (a link could
point outside the window), nor are named pipes or devices opened (reading one could block
forever): they are listed as rejected files.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import InputError, WindowError
from pipeline.files import MiB, Refused, read_regular
from pipeline.ingest.application import APPLICANT_ID, Application, load_application
from pipeline.ingest.references import References, load_references

WINDOW_OVERRIDES = ("review_year", "application_deadline", "materials_deadline")


@dataclass
class ApplicantFolder:
    """One applicant folder: its form (or the error that stopped it) and its files."""

    applicant_id: str
    folder: Path
    application: Application | None
    error: str | None = None
    files: list[str] = field(default_factory=list)  # regular files, relative, not the form
    rejected: dict[str, str] = field(default_factory=dict)  # relative name -> why


@dataclass
class Window:
    """A window ready to screen."""

    path: Path
    policy_name: str
    overrides: dict[str, Any]
    applicants: list[ApplicantFolder]
    references: References
    problems: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The window folder's name: the run's label."""
        return self.path.name


def read_window_toml(window: Path) -> tuple[str | None, dict[str, Any]]:
    """The policy named by window.toml (or None) and the overrides it sets."""
    path = window / "window.toml"
    try:
        data = read_regular(path, MiB)
    except FileNotFoundError:
        return None, {}
    except (Refused, OSError) as exc:
        raise WindowError(f"window.toml: {exc}") from None
    try:
        raw = tomllib.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise WindowError(f"window.toml: cannot parse: {exc}") from None
    unknown = sorted(set(raw) - {"policy", *WINDOW_OVERRIDES})
    if unknown:
        raise WindowError(f"window.toml: unknown key(s) {', '.join(unknown)}; "
                          f"allowed: policy, {', '.join(WINDOW_OVERRIDES)}")
    policy = raw.get("policy")
    if policy is not None and not isinstance(policy, str):
        raise WindowError("window.toml field 'policy': must be a policy name or path")
    if policy and (window / policy).is_file():
        policy = str(window / policy)
    return policy, {k: raw[k] for k in WINDOW_OVERRIDES if k in raw}


def _scan_folder(folder: Path) -> tuple[list[str], dict[str, str]]:
    files, rejected = [], {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_symlink():
            rejected[relative] = "symbolic link: not followed"
        elif path.is_file() and relative != "application.json":
            if any(part.is_symlink() for part in path.relative_to(folder).parents
                   if part != Path(".")):
                rejected[relative] = "inside a symbolically linked folder: not followed"
            else:
                files.append(relative)
        elif not path.is_file() and not path.is_dir():
            rejected[relative] = "not a regular file (a pipe, socket or device): not opened"
    return files, rejected


def load_applicant(folder: Path) -> ApplicantFolder:
    """Read one applicant folder; a broken form is recorded, not raised."""
    applicant_id = folder.name
    files, rejected = _scan_folder(folder)
    if not APPLICANT_ID.match(applicant_id):
        return ApplicantFolder(applicant_id, folder, None,
                               f"folder name {applicant_id!r} is not a valid applicant id "
                               "([A-Za-z0-9_-]{1,64})", files, rejected)
    try:
        application = load_application(folder / "application.json", applicant_id)
    except InputError as exc:
        return ApplicantFolder(applicant_id, folder, None, str(exc), files, rejected)
    return ApplicantFolder(applicant_id, folder, application, None, files, rejected)


def load_window(path: Path, policy: str | None = None) -> Window:
    """Load a window folder. `policy` (from the command line) beats window.toml's.

    Raises:
        WindowError: only when the window as a whole is unusable.
    """
    if not path.is_dir():
        raise WindowError(f"{path}: not a folder")
    applicants_dir = path / "applicants"
    if not applicants_dir.is_dir() or applicants_dir.is_symlink():
        raise WindowError(f"{path}: has no applicants/ folder")
    named_policy, overrides = read_window_toml(path)
    chosen = policy or named_policy
    if not chosen:
        raise WindowError(f"{path}: no policy: name one in window.toml or with --policy")
    applicants, problems = [], []
    for entry in sorted(applicants_dir.iterdir()):
        if entry.is_symlink():
            problems.append(f"applicants/{entry.name}: symbolic link: not followed")
            applicants.append(ApplicantFolder(entry.name, entry, None,
                                              "applicant folder is a symbolic link: not followed"))
        elif entry.is_dir():
            applicants.append(load_applicant(entry))
        else:
            problems.append(f"applicants/{entry.name}: not a folder: ignored")
    return Window(path, chosen, overrides, applicants, load_references(path), problems)
