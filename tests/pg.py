"""A throwaway PostgreSQL server for the tests: initdb + pg_ctl under a temporary folder,
listening on 127.0.0.1 on a free port, trust authentication, stopped and deleted afterwards.

As root (CI), the server runs as the ``postgres`` user that Debian's ``postgresql`` package
creates (``runuser -u postgres``): PostgreSQL refuses to run as root. As anyone else it runs
as that user. ``scripts/system-deps.sh`` installs the server binaries.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path


def server_bin() -> Path | None:
    """The folder holding initdb and pg_ctl (Debian keeps them out of PATH), or None."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_major, reverse=True):
        if (Path(candidate) / "initdb").is_file() and (Path(candidate) / "pg_ctl").is_file():
            return Path(candidate)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    return None


def _major(path: str) -> int:
    try:
        return int(Path(path).parent.name)
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    """A running throwaway server."""

    bin: Path
    root: Path
    port: int
    user: str | None  # the OS user it runs as when we are root

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.user, "--", *args] if self.user else list(args)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        subprocess.run(self._cmd(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust",
                                 "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"),
                       check=True, capture_output=True, timeout=180)
        self.resume()

    def halt(self, mode: str = "fast") -> None:
        """Stop the server, keeping its data (a restart or an outage: :meth:`resume`). `fast`
        ends every session at once, as a restart by an administrator does."""
        subprocess.run(self._cmd(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode,
                                 "-w", "-t", "120", "stop"),
                       check=True, capture_output=True, timeout=180)

    def resume(self) -> None:
        """Start the server on its data folder (after :meth:`halt`)."""
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off "
                   "-c full_page_writes=off -c synchronous_commit=off -c max_connections=60")
        subprocess.run(self._cmd(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                                 str(self.root / "server.log"), "-o", options, "-w", "-t", "120",
                                 "start"),
                       check=True, capture_output=True, timeout=180)

    def stop(self) -> None:
        subprocess.run(self._cmd(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                                 "-w", "stop"), capture_output=True, timeout=120)
        shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server() -> PgServer | str:
    """A started server, or why there cannot be one."""
    binaries = server_bin()
    if binaries is None:
        return ("PostgreSQL server binaries (initdb, pg_ctl) not found: "
                "run scripts/system-deps.sh as root (installs Debian's postgresql)")
    user = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
        user = "postgres"
    # The server's user must reach its folder: under /tmp, not a root-only $TMPDIR.
    root = Path(tempfile.mkdtemp(prefix="credcheck-pg-", dir="/tmp" if user else None))
    if user:
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    server = PgServer(binaries, root, _free_port(), user)
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        log = ((root / "server.log").read_text(errors="replace")[-2000:]
               if (root / "server.log").exists() else "")
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr.decode(errors='replace')}\n"
                           f"{log}") from None
    return server
