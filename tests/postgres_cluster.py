"""A throwaway PostgreSQL cluster for tests: initdb and pg_ctl in a temporary folder.

It listens on 127.0.0.1 only, on a free port, with its unix socket inside the folder. The
server refuses to run as root, so as root (CI) it runs as `nobody`. Tests connect over TCP
as a password-holding role `bot` (scram-sha-256), so that a password really travels in the
URL; administration uses the unix socket as the superuser.

One cluster serves the whole session (`shared_cluster`); each test gets its own database.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

PASSWORD = "Hunter2-never-log-me"  # distinctive, so a leak is easy to spot in any text
ROLE = "bot"
_START_TRIES = 3


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are: on PATH, or Debian's /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("pg_ctl")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    # Debian's postgresql package does not put initdb on PATH.
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(re.sub(r"\D", "", p.parent.name) or 0),
        reverse=True,
    )
    for bindir in [*candidates, *versions]:
        if all((bindir / tool).is_file() for tool in ("initdb", "pg_ctl", "psql")):
            return bindir
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresCluster:
    def __init__(self, bindir: Path, *, durable: bool = False) -> None:
        self.bindir = bindir
        # Tests want speed; a benchmark of the bot in production wants PostgreSQL's own
        # defaults (fsync, full-page writes, each commit flushed before it returns).
        self.durable = durable
        self.root = Path(tempfile.mkdtemp(prefix="franchise-bot-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "run"
        self.log = self.root / "server.log"
        self.port = 0
        self._names = itertools.count(1)
        # initdb and postgres refuse to run as root.
        self._user = pwd.getpwnam("nobody") if os.geteuid() == 0 else None
        self.socket_dir.mkdir()
        if self._user is not None:
            for path in (self.root, self.socket_dir):
                os.chown(path, self._user.pw_uid, self._user.pw_gid)

    def _run(self, *args: str) -> None:
        env = {"PATH": os.environ.get("PATH", ""), "LC_ALL": "C", "TZ": "UTC"}
        subprocess.run(
            args,
            check=True,
            capture_output=True,
            cwd=self.root,
            env=env,
            timeout=120,
            user=self._user.pw_uid if self._user else None,
            group=self._user.pw_gid if self._user else None,
            extra_groups=[] if self._user else None,
        )

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--no-sync",
            "--encoding=UTF8",
            "--locale=C",
        )
        # The superuser over the socket without a password; everyone else over TCP with one.
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8"
        )
        for attempt in range(_START_TRIES):
            self.port = _free_port()
            options = f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1"
            if not self.durable:  # durability is not under test; speed is welcome
                options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            try:
                self._run(
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-l",
                    str(self.log),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    options,
                    "start",
                )
                break
            except subprocess.CalledProcessError:
                if attempt == _START_TRIES - 1:  # the port was taken each time, or worse
                    raise
        self.sql(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")

    def stop(self) -> None:
        pidfile = self.data / "postmaster.pid"
        try:
            if pidfile.exists():
                # Nothing in it is worth a clean shutdown.
                self._run(
                    str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
                )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            with contextlib.suppress(OSError, ValueError, IndexError):
                os.kill(int(pidfile.read_text().split()[0]), signal.SIGKILL)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run one statement as the superuser (over the unix socket); its output, unaligned."""
        result = subprocess.run(
            [
                str(self.bindir / "psql"),
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                database,
                "-c",
                statement,
            ],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return result.stdout.strip()

    def new_database(self) -> str:
        name = f"store_{os.getpid()}_{next(self._names)}"
        self.sql(f"CREATE DATABASE {name} OWNER {ROLE}")
        return name

    def url(self, database: str, *, password: str = PASSWORD) -> str:
        return f"postgresql://{ROLE}:{password}@127.0.0.1:{self.port}/{database}"

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"


_cluster: PostgresCluster | None = None


def shared_cluster(config: pytest.Config) -> PostgresCluster:
    """The session's cluster, started on first use and stopped when the session ends.

    Without initdb and pg_ctl this fails in CI (CI=true), which must run these tests, and
    skips elsewhere saying why.
    """
    global _cluster
    if _cluster is not None:
        return _cluster
    bindir = find_bindir()
    if bindir is None:
        reason = (
            "PostgreSQL's initdb and pg_ctl were not found (on PATH or in "
            "/usr/lib/postgresql/*/bin); install PostgreSQL, e.g. `apt-get install -y "
            "postgresql`, to run the PostgreSQL store tests."
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    cluster = PostgresCluster(bindir)
    try:
        cluster.start()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        output = getattr(exc, "stderr", b"") or b""
        cluster.stop()
        pytest.fail(
            f"A throwaway PostgreSQL cluster could not start ({exc}): "
            f"{output.decode(errors='replace') if isinstance(output, bytes) else output}\n"
            f"{cluster.log_tail()}",
            pytrace=False,
        )
    config.add_cleanup(cluster.stop)
    _cluster = cluster
    return cluster
