"""Real, independent RDF tools for the interop tests: Oxigraph server, Virtuoso 7, Jena riot, rapper.

Recipes: ../shared/recipes/INTEROP.md. Servers bind 127.0.0.1 on free ports, keep their data in a
temporary folder and are stopped by the caller (the session fixtures in conftest.py).
"""
from __future__ import annotations

import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
from rdfcompare import parse_graph

from diplograph.export import GraphStoreClient

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO_VSP = Path("/var/lib/virtuoso-opensource-7/vsp")
JENA_CORE = Path("/usr/share/java/jena-core.jar")
JENA_DEPS = ["commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io", "commons-lang3",
             "dexx.collection", "gson", "guava", "httpclient", "httpclient-cache", "httpcore", "jackson-core",
             "jackson-databind", "jackson-annotations", "jsonld-java", "jakarta.json-api", "titanium-json-ld",
             "protobuf", "thrift", "slf4j-api", "slf4j-simple", "jcl-over-slf4j"]


REQUIRE = os.environ.get("DIPLOGRAPH_REQUIRE_INTEROP") == "1"


def need(ok: bool, what: str) -> None:
    if not ok:
        if REQUIRE:
            pytest.fail(f"{what} is not installed (DIPLOGRAPH_REQUIRE_INTEROP=1)")
        pytest.skip(f"{what} is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen, what: str, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not answer {url} within {timeout} s")


def _stop(proc: subprocess.Popen, timeout: float = 20) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def sparql_select(endpoint: str, query: str, *, params: dict[str, str] | None = None) -> dict:
    """POST a query (SPARQL 1.1 Protocol, form-encoded) and return the parsed SPARQL JSON results."""
    data = urllib.parse.urlencode({"query": query, **(params or {})}).encode()
    req = urllib.request.Request(endpoint, data=data, method="POST", headers={
        "Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=120) as resp:
        return json.loads(resp.read())


def sparql_construct(endpoint: str, query: str) -> bytes:
    """Run a CONSTRUCT query; the answer as N-Triples."""
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(endpoint, data=data, method="POST", headers={
        "Accept": "application/n-triples", "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=120) as resp:
        return resp.read()


# --------------------------------------------------------------------------------------------------

@dataclass
class Target:
    """A running store as the tests see it: where to push, where to query, how to log in."""

    name: str
    gsp: str
    query: str
    graph_param: str
    login: dict[str, Any] = field(default_factory=dict)  # user, password, auth for push()

    def get_graph(self, iri: str) -> rdflib.Graph | None:
        """The graph as the store returns it (GSP GET), normalised; None when the store has no such graph."""
        client = GraphStoreClient(self.gsp, self.graph_param, self.login.get("user"), self.login.get("password"),
                                  self.login.get("auth", "auto"))
        status, data, ctype = client.request("GET", ox.NamedNode(iri), accept="text/turtle")
        if status == 404:
            return None
        fmt = {"application/n-triples": "nt", "text/plain": "nt", "application/rdf+xml": "xml"}.get(ctype, "turtle")
        return parse_graph(data, fmt)


@dataclass
class OxigraphServer:
    """`oxigraph serve` with the union of all graphs as the default graph of queries."""

    proc: subprocess.Popen
    base: str
    log: Path

    @property
    def store(self) -> str:  # Graph Store Protocol
        return f"{self.base}/store"

    @property
    def query(self) -> str:
        return f"{self.base}/query"

    @classmethod
    def start(cls, workdir: Path) -> OxigraphServer:
        exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
        port = free_port()
        log = workdir / "oxigraph.log"
        with log.open("wb") as out:  # the child keeps its own descriptor
            proc = subprocess.Popen([exe, "serve", "--location", str(workdir / "db"), "--bind",
                                     f"127.0.0.1:{port}", "--union-default-graph"],
                                    stdout=out, stderr=subprocess.STDOUT)
        server = cls(proc, f"http://127.0.0.1:{port}", log)
        try:
            _wait_http(f"{server.base}/query?query=ASK%7B%7D", proc, "oxigraph", log, timeout=30)
        except BaseException:
            _stop(proc)
            raise
        return server

    def stop(self) -> None:
        _stop(self.proc)


@dataclass
class Virtuoso:
    """A private Virtuoso 7 instance (its own database folder, ports on 127.0.0.1), account dba/dba."""

    proc: subprocess.Popen
    base: str
    isql_port: int
    log: Path
    user: str = "dba"
    password: str = "dba"

    @property
    def store(self) -> str:  # Graph Store Protocol, needs Digest auth
        return f"{self.base}/sparql-graph-crud-auth"

    @property
    def query(self) -> str:
        return f"{self.base}/sparql"

    @classmethod
    def start(cls, workdir: Path) -> Virtuoso:
        db = workdir / "db"
        db.mkdir(parents=True)
        http_port, isql_port = free_port(), free_port()
        ini = workdir / "virtuoso.ini"
        ini.write_text(_virtuoso_ini(VIRTUOSO_INI.read_text(), db, http_port, isql_port))
        log = workdir / "virtuoso.out"
        with log.open("wb") as out:
            proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)], cwd=db,
                                    stdout=out, stderr=subprocess.STDOUT)
        server = cls(proc, f"http://127.0.0.1:{http_port}", isql_port, log)
        try:
            _wait_http(f"{server.base}/sparql?query=ASK%7B%7D", proc, "virtuoso", log, timeout=90)
        except BaseException:
            server.stop()
            raise
        return server

    def stop(self) -> None:
        if self.proc.poll() is None:
            subprocess.run(["isql-vt", f"127.0.0.1:{self.isql_port}", self.user, self.password,
                            "exec=shutdown;"], capture_output=True, timeout=30, check=False)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                _stop(self.proc)


def _virtuoso_ini(text: str, db: Path, http_port: int, isql_port: int) -> str:
    """The packaged virtuoso.ini, pointed at a private database folder and private ports."""
    files = {"DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file"}
    out, section = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped.strip("[]")
        key, sep, value = (part.strip() for part in line.partition("="))
        if sep and not stripped.startswith(";"):
            if section in ("Database", "TempDatabase") and key in files:
                name = Path(value).name
                line = f"{key} = {db / name}"
            elif section == "Parameters" and key == "ServerPort":
                line = f"ServerPort = 127.0.0.1:{isql_port}"
            elif section == "HTTPServer" and key == "ServerPort":
                line = f"ServerPort = 127.0.0.1:{http_port}"
            elif section == "HTTPServer" and key == "ServerRoot":
                line = f"ServerRoot = {VIRTUOSO_VSP}"
            elif section == "Parameters" and key == "DirsAllowed":
                line = f"DirsAllowed = ., {db}"
            elif key == "VADInstallDir":
                continue
        out.append(line)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------------

@dataclass
class Jena:
    """Apache Jena 4.5 command line from the Debian jars (with the Xerces message-file fix)."""

    classpath: str

    @classmethod
    def prepare(cls, workdir: Path) -> Jena:
        res = workdir / "res"
        with zipfile.ZipFile(JENA_CORE) as jar:
            for name in jar.namelist():
                if name.startswith("org/apache/jena/ext/xerces/") and not name.endswith("/"):
                    target = res / "xerces" / name[len("org/apache/jena/ext/xerces/"):]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(jar.read(name))
        jars = sorted(glob.glob("/usr/share/java/jena-*.jar"))
        jars = [j for j in jars if not Path(j).stem.split("-")[-1][:1].isdigit()]  # unversioned links only
        jars += [f"/usr/share/java/{d}.jar" for d in JENA_DEPS]
        return cls(":".join([*jars, str(res)]))

    def run(self, main: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(["java", "-cp", self.classpath, main, *args], capture_output=True, text=True,
                              timeout=timeout, check=False)

    def riot(self, *args: str) -> subprocess.CompletedProcess:
        return self.run("riotcmd.riot", *args)


def rapper(path: Path, syntax: str) -> subprocess.CompletedProcess:
    """raptor's parser: count triples, syntax check only."""
    return subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True,
                          timeout=120, check=False)


def have(*programs: str) -> bool:
    return all(shutil.which(p) for p in programs)
