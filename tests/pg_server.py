"""A real PostgreSQL server for the tests: Debian's binaries, one server per test session.

The server gets its own data directory in a fresh temporary folder, listens on 127.0.0.1 on a
free port (and on a unix socket inside that folder), and is stopped and removed at the end.
initdb refuses to run as root, so as root the server runs as the `postgres` system user.
Each test that asks for `store_url` gets a new, empty database, dropped afterwards.

    def test_x(store_url): ...        # runs twice: on a SQLite file and on PostgreSQL
    def test_y(postgres_url): ...     # the server only (a new database per test)
"""
from __future__ import annotations

import glob
import itertools
import os
import secrets
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

MISSING = ("PostgreSQL tests need Debian's postgresql package (initdb, pg_ctl under "
           "/usr/lib/postgresql/*/bin); `apt-get install postgresql`, which scripts/test.sh does")
SETTINGS = {  # throw-away data: durability is the OS's business, not what the tests measure
    "listen_addresses": "127.0.0.1", "fsync": "off", "synchronous_commit": "off",
    "full_page_writes": "off", "max_connections": "300",
}


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """initdb + pg_ctl in a temporary folder; `url(database)` for SQLAlchemy."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.user = "postgres" if os.geteuid() == 0 else None  # initdb refuses root
        # /tmp for root: a TMPDIR under /root is closed to the postgres user (and a socket path
        # must stay under 108 bytes).
        self.folder = Path(tempfile.mkdtemp(prefix="winnow-pg-", dir="/tmp" if self.user else None))
        self.data, self.log = self.folder / "data", self.folder / "server.log"
        self.password = secrets.token_hex(16)
        self.port = 0
        if self.user:  # the server's user must own the folder; nobody else may read it
            shutil.chown(self.folder, self.user, self.user)
        self.folder.chmod(0o700)

    def _command(self, *args: str) -> list[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        return ["runuser", "-u", self.user, "--", *command] if self.user else command

    def _run(self, *args: str) -> None:
        done = subprocess.run(self._command(*args), capture_output=True, text=True, timeout=60,
                              cwd=self.folder)  # a cwd the server's user can always resolve
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({done.returncode}): {done.stderr}{done.stdout}{log}")

    def start(self) -> None:
        password_file = self.folder / "password"
        password_file.write_text(self.password)
        if self.user:
            shutil.chown(password_file, self.user, self.user)
        self._run("initdb", "-D", str(self.data), "-U", "winnow", f"--pwfile={password_file}",
                  "--auth-host=scram-sha-256", "--auth-local=peer", "-E", "UTF8", "--locale=C.UTF-8",
                  "--no-sync", "--no-instructions")
        password_file.unlink()
        for attempt in range(3):  # another program may take the free port before we bind it
            self.port = _free_port()
            options = " ".join(f"-c {k}={v}" for k, v in {**SETTINGS, "port": self.port,
                                                          "unix_socket_directories": self.folder}.items())
            try:
                self._run("pg_ctl", "start", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "30",
                          "-o", options)
                self._watch()
                return
            except RuntimeError:
                if attempt == 2:
                    raise

    def _watch(self) -> None:
        """Stop the server and remove its folder once this process is gone, even when killed."""
        stop = shlex.join(self._command("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate"))
        script = (f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 1; done; "
                  f"{stop} >/dev/null 2>&1; rm -rf {shlex.quote(str(self.folder))}")
        self._watchdog = subprocess.Popen(["sh", "-c", script], start_new_session=True, cwd="/",
                                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w", "-t", "30")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://winnow:{self.password}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg  # imported here so SQLite-only runs do not need it

        dsn = f"host=127.0.0.1 port={self.port} user=winnow password={self.password} dbname=postgres"
        with psycopg.connect(dsn, autocommit=True) as connection:
            connection.execute(sql)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = _bin_dir()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail(MISSING)
        pytest.skip(MISSING)
    server = PostgresServer(bin_dir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


_numbers = itertools.count(1)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new empty database on the session's server; dropped (connections and all) afterwards."""
    name = f"test_{os.getpid()}_{next(_numbers)}"
    postgres_server.admin(f"CREATE DATABASE {name}")
    yield postgres_server.url(name)
    postgres_server.admin(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """The same test on a SQLite file (tmp_path/winnow.db) and on a real PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'winnow.db'}"
    return request.getfixturevalue("postgres_url")
