"""datatrove: a pipeline step that repairs `doc.text` and keeps the report in the metadata.

    from cleantext.integrations.datatrove import CleantextRepair
    LocalPipelineExecutor(pipeline=[JsonlReader("dump/"), CleantextRepair(),
                                    JsonlWriter("clean/")], tasks=4).run()

A `PipelineStep` rather than a formatter, so the per-document report survives: it lands in
`doc.metadata["cleantext"]` (set `metadata_key=None` to keep none). The same step runs under
the local, Slurm and Ray executors.
"""

from __future__ import annotations

from typing import Any

from cleantext.integrations.options import check_options, requirement_error, summary
from cleantext.repair import repair

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise requirement_error("datatrove", "datatrove") from exc


class CleantextRepair(PipelineStep):
    """Repair each document's text; count documents changed and edits by rule as stats."""

    name = "🧹 cleantext repair"
    type = "✂️ - FORMAT"

    def __init__(self, metadata_key: str | None = "cleantext", **options: Any) -> None:
        super().__init__()
        self.metadata_key = metadata_key
        self.options = check_options(options)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1
            ) -> DocumentsPipeline:
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                repaired = repair(doc.text, **self.options)
            if repaired.changed:
                doc.text = repaired.text
                self.stat_update("changed")
                for edit in repaired.edits:
                    self.stat_update(f"edit:{edit.rule}")
            if self.metadata_key is not None:
                doc.metadata[self.metadata_key] = summary(repaired)
            yield doc
