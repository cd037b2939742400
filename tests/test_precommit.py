"""The pre-commit hooks, driven by the real pre-commit framework (`pre-commit try-repo`).

Slow (pre-commit builds a virtualenv and installs cleantext into it from a copy of this tree),
so marked; CI still runs it.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CLEAN, DAMAGED, EXPECTED, SAMPLES

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, **GIT_ENV})


def commit_all(folder: Path) -> None:
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "snapshot")


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    """This tree as a hook repository: what pre-commit needs to install cleantext."""
    repo = tmp_path_factory.mktemp("hooks")
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(ROOT / name, repo / name)
    shutil.copytree(ROOT / "cleantext", repo / "cleantext",
                    ignore=shutil.ignore_patterns("__pycache__"))
    commit_all(repo)
    return repo


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A corpus repository holding the sample articles."""
    shutil.copytree(SAMPLES, tmp_path / "corpus", ignore=shutil.ignore_patterns("expected"))
    commit_all(tmp_path / "corpus")
    return tmp_path / "corpus"


def try_repo(corpus: Path, hook_repo: Path, home: Path, hook: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), hook, "--all-files",
         "--color", "never"],
        cwd=corpus, capture_output=True, text=True, timeout=900,
        env={**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home)})


def test_validate_hook_fails_on_the_damaged_article_only(corpus, hook_repo, pre_commit_home):
    result = try_repo(corpus, hook_repo, pre_commit_home, "cleantext-validate")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert f"{DAMAGED.name}:3:1: CT201" in out
    assert f"{DAMAGED.name}:2:6: CT103" in out
    for clean in CLEAN:
        assert clean.name not in out


def test_repair_hook_fixes_exactly_then_passes(corpus, hook_repo, pre_commit_home):
    first = try_repo(corpus, hook_repo, pre_commit_home, "cleantext-repair")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    assert (corpus / DAMAGED.name).read_bytes() == EXPECTED.read_bytes()
    for clean in CLEAN:
        assert (corpus / clean.name).read_bytes() == clean.read_bytes()
    git(corpus, "add", "-A")
    second = try_repo(corpus, hook_repo, pre_commit_home, "cleantext-repair")
    assert second.returncode == 0, second.stdout + second.stderr
    check = try_repo(corpus, hook_repo, pre_commit_home, "cleantext-validate")
    assert check.returncode == 0, check.stdout + check.stderr
