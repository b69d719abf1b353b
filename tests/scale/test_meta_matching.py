"""Metadata lines are matched through an index of file names: the same files as trying every line on every path."""
from __future__ import annotations

from hiwar.ingest.readers import FileIndex, names_file

PATHS = ["/a/2021/c001.txt", "/a/2022/c001.txt", "/b/c002.txt", "", "/x/y.jsonl#3", "/b/sub/c003.txt"]
NAMES = ["c001.txt", "2021/c001.txt", "a/2022/c001.txt", "c002.txt", "sub/c003.txt", "other/c003.txt", "", "y.jsonl",
         "c004.txt"]


def test_the_index_names_the_files_trying_every_path_would() -> None:
    files = FileIndex(PATHS)
    for name in NAMES:
        assert files.named(name) == [k for k, path in enumerate(PATHS) if names_file(name, path)], name
    assert files.named("c001.txt") == [0, 1] and files.named("2021/c001.txt") == [0] and files.named("") == []
