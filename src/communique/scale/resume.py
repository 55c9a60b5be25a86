"""The run manifest: which shards of a dataset are done, so a restarted run skips them.

DATASET/_run.json says what the dataset was made from (inputs, shard size, settings); a rerun
with other arguments is refused rather than mixed in. DATASET/_manifest/<shard id>.json is
written (atomically: a temporary file renamed) only after that shard's part files are in place.
Killed at any moment, a run leaves each shard either recorded with all its files, or not
recorded, in which case it is redone and its files (named by shard id) are overwritten.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from communique.errors import ConfigError
from communique.scale.worker import ShardResult

MANIFEST = "_manifest"
RUN_FILE = "_run.json"
FINAL = "_final.json"


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write a JSON file so that it is either wholly there or absent."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


class Manifest:
    """The done-list of one dataset directory."""

    def __init__(self, dataset: Path) -> None:
        self.dataset = dataset
        self.folder = dataset / MANIFEST

    def start(self, identity: dict[str, Any]) -> str:
        """Begin or resume a run; returns its run id. Other arguments than last time: ConfigError."""
        run_file = self.dataset / RUN_FILE
        if run_file.exists():
            previous = json.loads(run_file.read_text(encoding="utf-8"))
            if previous["identity"] != identity:
                raise ConfigError(f"{self.dataset} was made from other inputs or settings; "
                                  "rerun with the same arguments to resume, or choose another --out")
            return str(previous["run_id"])
        run_id = f"run-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
        write_json(run_file, {"run_id": run_id, "identity": identity,
                              "started": datetime.now(UTC).isoformat(timespec="seconds")})
        return run_id

    def done(self) -> dict[str, dict[str, Any]]:
        """Shard id -> its recorded result, for every shard marked done."""
        out = {}
        for path in self.folder.glob("*.json") if self.folder.exists() else []:
            if path.name != FINAL:
                out[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        return out

    def mark(self, result: ShardResult, label: str) -> None:
        data = {k: v for k, v in asdict(result).items() if k != "reject_lines"}
        write_json(self.folder / f"{result.shard}.json", {**data, "label": label})

    def finished(self) -> dict[str, Any] | None:
        path = self.folder / FINAL
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

    def finish(self, summary: dict[str, Any]) -> None:
        write_json(self.folder / FINAL, summary)

    def unfinish(self) -> None:
        (self.folder / FINAL).unlink(missing_ok=True)
