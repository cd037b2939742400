"""The founding samples: the golden repair and the clean controls, through the library."""

import pytest

import cleantext

from conftest import CLEAN, read


def test_damaged_sample_repairs_to_the_hand_made_expected(damaged, expected):
    result = cleantext.repair(damaged)
    assert result.text == expected
    assert not result.text.endswith("\n")


def test_sample_edits_carry_rules_and_mark_guesses(damaged):
    edits = cleantext.repair(damaged).edits
    rules = {e.rule for e in edits}
    assert {"mojibake.chain", "fragment.injected", "lost.dash"} <= rules
    assert sum(e.rule == "fragment.injected" for e in edits) == 5
    dashes = [e for e in edits if e.rule == "lost.dash"]
    assert dashes and all(e.guess and e.original == "?" for e in dashes)
    assert not any(e.guess for e in edits if e.rule != "lost.dash")
    for e in edits:  # offsets point into the input
        assert damaged[e.span.start:e.span.end] == e.original


def test_sample_diagnosis_names_euc_kr_and_the_mixed_decoder(damaged):
    chain = cleantext.detect(damaged).chain
    assert chain is not None
    assert chain.true_encoding == "cp949"
    assert chain.layers == ("mixed-latin-1",)
    assert "EUC-KR" in chain.describe() and "Latin-1 fallback" in chain.describe()


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_samples_come_back_identical_with_no_findings(path):
    text = read(path)
    result = cleantext.repair(text)
    assert result.text == text and result.edits == ()
    assert cleantext.detect(text).damages == ()
    assert cleantext.validate(text) == []


def test_repair_is_idempotent_on_the_sample(damaged):
    once = cleantext.repair(damaged).text
    assert cleantext.repair(once).text == once


def test_validate_flags_the_damaged_sample_and_passes_its_repair(damaged, expected):
    codes = {f.code for f in cleantext.validate(damaged)}
    assert {"CT101", "CT103", "CT301"} <= codes
    assert cleantext.validate(expected) == []
