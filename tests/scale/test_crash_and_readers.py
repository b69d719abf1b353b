"""An ingest killed midway leaves the store as it was, and a rerun completes it; readers keep
reading the last committed record while an ingest writes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from hiwar.bench.generate import write_corpus
from hiwar.ingest.engine import ingest
from hiwar.store.db import open_store

from .helpers import SEEDS, canonical, export, one_shot


def _start_ingest(folder, meta, db: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "hiwar", "ingest", str(folder), "--meta", str(meta),
                             "--db", db, "--jobs", "1", "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_sigkill_mid_ingest_then_the_same_ingest_again_gives_a_clean_store(tmp_path):
    folder = tmp_path / "gen"
    meta = write_corpus(150, folder, seed=11)  # an ingest of a few seconds: killed well before it commits
    path = tmp_path / "killed.db"
    db = f"sqlite:///{path}"
    proc = _start_ingest(folder, meta, db)
    while proc.poll() is None and not path.exists():
        time.sleep(0.05)
    time.sleep(0.5)  # into the analyses, which take seconds for 150 reports
    assert proc.poll() is None, "the ingest ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    store = open_store(db)
    assert store.sources() == [] and store.load_record().documents == []  # nothing half-written
    ingest([str(folder)], str(meta), store)
    assert canonical(export(db)) == canonical(one_shot([folder], meta, f"sqlite:///{tmp_path / 'clean.db'}"))


def test_readers_see_the_last_committed_record_while_an_ingest_writes(tmp_path):
    db = f"sqlite:///{tmp_path / 'busy.db'}"
    ingest([str(SEEDS)], None, open_store(db))
    folder = tmp_path / "gen"
    meta = write_corpus(40, folder, seed=5)
    proc = _start_ingest(folder, meta, db)
    seen = set()
    while proc.poll() is None:
        record = open_store(db).load_record()  # never "database is locked", never a partial record
        seen.add(len(record.documents))
        time.sleep(0.1)
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert seen <= {5, 45} and 5 in seen
    assert len(open_store(db).load_record().documents) == 45
