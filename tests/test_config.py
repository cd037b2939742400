"""[tool.cleantext] in pyproject.toml: found from the working folder up, overridden by flags."""

import re
import shutil

import pytest
from typer.testing import CliRunner

from cleantext.cli import app
from cleantext.config import Config, ConfigError, load

from conftest import DAMAGED, EXPECTED

runner = CliRunner()


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "corpus" / "vendor").mkdir(parents=True)
    shutil.copy(DAMAGED, tmp_path / "corpus" / "article.txt")
    shutil.copy(DAMAGED, tmp_path / "corpus" / "vendor" / "third-party.txt")
    monkeypatch.chdir(tmp_path / "corpus")
    return tmp_path


def write_config(project, body: str) -> None:
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n\n[tool.cleantext]\n" + body)


def validate(*args):
    return runner.invoke(app, ["validate", *map(str, args)])


def test_config_is_found_upwards_and_selects_codes_and_excludes(project):
    write_config(project, 'select = ["CT103"]\nexclude = ["vendor"]\n')
    result = validate(".")
    assert result.exit_code == 1
    lines = result.output.splitlines()[:-1]
    assert lines and all(" CT103 " in line and "article.txt" in line for line in lines)


def test_flags_override_the_config(project):
    write_config(project, 'select = ["CT103"]\nexclude = ["vendor"]\n')
    result = validate("--select", "CT201", "--exclude", "article.txt", ".")
    assert result.exit_code == 1
    assert "third-party.txt" in result.output and "article.txt" not in result.output
    assert all(" CT201 " in line for line in result.output.splitlines()[:-1])


def test_ignore_everything_found_means_a_clean_exit(project):
    write_config(project, 'ignore = ["CT1", "CT2", "CT3"]\n')
    assert validate("article.txt").exit_code == 0


def test_repair_defaults_and_extra_lexicon_from_config(project):
    write_config(project, 'strip-fragments = false\n')
    kept = runner.invoke(app, ["repair", "article.txt"])
    assert kept.exit_code == 0 and "릴게임" in kept.stdout
    stripped = runner.invoke(app, ["repair", "--strip-fragments", "article.txt"])
    assert stripped.stdout_bytes == EXPECTED.read_bytes()


def test_user_lexicon_makes_an_unknown_latin_term_removable(project):
    text = ("서울에서 두 나라 정상의 회담이 열렸다.\nzorblax회담은 두 시간 동안 이어졌다.\n"
            "양국은 경제와 안보 분야에서 협력을 강화하기로 약속했다.")
    (project / "corpus" / "ko.txt").write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["repair", "ko.txt"]).stdout == text
    (project / "terms.txt").write_text("# our spam words\nzorblax\n", encoding="utf-8")
    write_config(project, 'lexicon = ["terms.txt"]\n')
    assert runner.invoke(app, ["repair", "ko.txt"]).stdout == text.replace("zorblax", "")


@pytest.mark.parametrize(("body", "message"), [
    ("colour = 1\n", "unknown key(s) in [tool.cleantext]: colour"),
    ('select = "CT1"\n', "select must be a list of strings"),
    ("ftfy = 'yes'\n", "ftfy must be true or false"),
    ('lexicon = ["missing.txt"]\n', "missing.txt: no such file"),
    ("select = [\n", "invalid TOML"),
])
def test_bad_config_is_one_line_and_exit_2(project, body, message):
    write_config(project, body)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load()
    result = validate("article.txt")
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_no_config_means_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load() == Config()


@pytest.mark.parametrize(("pattern", "path", "excluded"), [
    ("vendor", "corpus/vendor/a.txt", True),
    ("vendor", "corpus/vendors/a.txt", False),
    ("*.min.txt", "a/b.min.txt", True),
    ("raw/*.txt", "raw/a.txt", True),
    ("raw/*.txt", "./data/raw/a.txt", True),
    ("raw/*.txt", "rawx/a.txt", False),
])
def test_exclude_globs(pattern, path, excluded):
    assert Config(exclude=(pattern,)).excluded(path) is excluded
