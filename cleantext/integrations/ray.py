"""Ray Data: repair a text column of a `ray.data.Dataset`, block by block, on the cluster.

    from cleantext.integrations.ray import repair_dataset
    ds = repair_dataset(ray.data.read_json("dump/"), column="text", report_column="cleantext")

Rows keep every other column and their order; a row whose text is null stays null. The report
column holds each row's report as a JSON string (nested lists of edits do not give Arrow one
schema across blocks).
"""

from __future__ import annotations

import json
from typing import Any

from cleantext.integrations.options import check_options, requirement_error, summary
from cleantext.repair import repair

try:
    import pyarrow as pa
    import ray.data
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise requirement_error("Ray Data", "ray") from exc


def _repair_batch(batch: pa.Table, column: str, report_column: str | None,
                  options: dict[str, Any]) -> pa.Table:
    """Runs on the workers: one Arrow block in, the same block with the column repaired out."""
    index = batch.schema.get_field_index(column)
    if index < 0:
        raise KeyError(f"cleantext: no column {column!r} in {batch.schema.names}")
    texts = batch.column(index).to_pylist()
    fixed: list[str | None] = []
    reports: list[str | None] = []
    for text in texts:
        if text is None:
            fixed.append(None)
            reports.append(None)
            continue
        repaired = repair(text, **options)
        fixed.append(repaired.text)
        reports.append(json.dumps(summary(repaired), ensure_ascii=False))
    field = batch.schema.field(index)
    batch = batch.set_column(index, field, pa.array(fixed, type=field.type))
    if report_column is not None:
        reports_array = pa.array(reports, type=pa.string())
        existing = batch.schema.get_field_index(report_column)
        if existing >= 0:
            batch = batch.set_column(existing, report_column, reports_array)
        else:
            batch = batch.append_column(report_column, reports_array)
    return batch


def repair_dataset(ds: ray.data.Dataset, column: str = "text", report_column: str | None = None,
                   *, batch_size: int | None = None, **options: Any) -> ray.data.Dataset:
    """Repair `column` of every row lazily with `map_batches`; `options` are `repair`'s.

    The result equals `cleantext.repair` applied to each row locally. `report_column` adds each
    row's report (changed, rules, chains, every edit with its evidence) as JSON. The default
    `batch_size=None` repairs a whole block at once, so the read fuses with the repair and the
    parallelism follows the blocks.
    """
    options = check_options(options)
    return ds.map_batches(
        _repair_batch,
        batch_format="pyarrow",
        batch_size=batch_size,
        fn_kwargs={"column": column, "report_column": report_column, "options": options},
    )
