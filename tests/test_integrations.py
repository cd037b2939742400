"""Ray Data and datatrove adapters, run for real: a local Ray and a local datatrove pipeline."""

import json
from pathlib import Path

import pytest

import cleantext
from cleantext.integrations.options import check_options

from conftest import CLEAN, DAMAGED, EXPECTED, read

pytestmark = pytest.mark.slow


def records() -> list[dict]:
    """A small dump: the damaged sample, the clean ones, UTF-8 mojibake, other fields around."""
    texts = [read(DAMAGED), *(read(p) for p in CLEAN),
             "Grüße aus Köln — ein schöner Tag.".encode().decode("latin-1"),
             "plain ASCII line", ""]
    return [{"id": f"doc{i}", "meta": {"source": f"s{i}", "tags": ["a", str(i)]}, "text": t}
            for i, t in enumerate(texts)]


def test_check_options_fails_early_on_unknown_option():
    with pytest.raises(TypeError, match="strip_fragmnets"):
        check_options({"strip_fragmnets": False})
    assert check_options({"lexicon_terms": iter(["x"])})["lexicon_terms"] == ("x",)


@pytest.fixture(scope="module")
def ray_local():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             configure_logging=False, ignore_reinit_error=True)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()


def test_ray_repair_dataset_equals_the_library_row_by_row(ray_local):
    from cleantext.integrations.ray import repair_dataset

    rows = records() + [{"id": "none", "meta": {"source": "none", "tags": []}, "text": None}]
    ds = ray_local.data.from_items(rows, override_num_blocks=3)
    out = repair_dataset(ds, column="text", report_column="cleantext", batch_size=2)
    got = out.take_all()
    assert sorted(r["id"] for r in got) == sorted(r["id"] for r in rows)
    got = sorted(got, key=lambda r: [r["id"] for r in rows].index(r["id"]))
    for row, new in zip(rows, got, strict=True):
        assert new["meta"] == row["meta"]
        if row["text"] is None:
            assert new["text"] is None and new["cleantext"] is None
            continue
        local = cleantext.repair(row["text"])
        assert new["text"] == local.text
        report = json.loads(new["cleantext"])
        assert report["changed"] == local.changed
        assert len(report["edits"]) == len(local.edits)
    assert got[0]["text"] == read(EXPECTED)
    assert json.loads(got[0]["cleantext"])["rules"]["fragment.injected"] == 5


def test_ray_options_travel_to_the_workers(ray_local):
    from cleantext.integrations.ray import repair_dataset

    ds = ray_local.data.from_items([{"text": read(DAMAGED)}])
    out = repair_dataset(ds, strip_fragments=False).take_all()
    assert out[0]["text"] == cleantext.repair(read(DAMAGED), strip_fragments=False).text
    assert out[0]["text"] != read(EXPECTED)  # fragments kept, so the option did arrive
    assert set(out[0]) == {"text"}  # no report column unless asked


def test_ray_reads_a_jsonl_dump(ray_local, tmp_path: Path):
    from cleantext.integrations.ray import repair_dataset

    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records()),
                    encoding="utf-8")
    out = repair_dataset(ray_local.data.read_json(str(dump))).take_all()
    assert sorted(r["text"] for r in out) == sorted(cleantext.repair(r["text"]).text
                                                    for r in records())


@pytest.mark.parametrize("engine", ["local", "ray"])
def test_datatrove_step_in_a_pipeline(engine: str, tmp_path: Path, request):
    from datatrove.executor import LocalPipelineExecutor, RayPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleantext.integrations.datatrove import CleantextRepair

    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    rows = records()
    for part in range(2):  # two files, two tasks
        (src / f"part{part}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[part::2]),
            encoding="utf-8")
    pipeline = [JsonlReader(str(src), id_key="id"), CleantextRepair(),
                JsonlWriter(str(dst), compression=None)]
    if engine == "local":
        executor = LocalPipelineExecutor(pipeline=pipeline, tasks=2, workers=2,
                                         logging_dir=str(tmp_path / "logs"))
    else:
        request.getfixturevalue("ray_local")
        executor = RayPipelineExecutor(pipeline=pipeline, tasks=2, workers=2, mem_per_cpu_gb=0.5,
                                       logging_dir=str(tmp_path / "logs"))
    executor.run()

    out = [json.loads(line) for f in sorted(dst.glob("*.jsonl"))
           for line in f.read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in out}
    assert sorted(by_id) == sorted(r["id"] for r in rows if r["text"])  # datatrove drops empty docs
    changed = 0
    for row in rows:
        if not row["text"]:
            continue
        local = cleantext.repair(row["text"])
        new = by_id[row["id"]]
        assert new["text"] == local.text
        assert new["metadata"]["meta"] == row["meta"]
        report = new["metadata"]["cleantext"]
        assert report["changed"] == local.changed
        assert report["rules"] == {r: sum(e.rule == r for e in local.edits)
                                   for r in {e.rule for e in local.edits}}
        changed += local.changed
    assert by_id["doc0"]["text"] == read(EXPECTED)
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    step = next(s["stats"] for s in stats if "cleantext" in s["name"])
    total = {k: v if isinstance(v, int) else v["total"] for k, v in step.items()}
    assert total["documents"] == len(by_id)
    assert total["changed"] == changed == 2
    assert total["edit:fragment.injected"] == 5
