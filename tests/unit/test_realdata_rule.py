"""The one rule for tests that read ../shared/realdata: skipped without the data on a developer's
machine, failed without it when CI is set; and every test that reads real data goes through it."""
import re
from pathlib import Path

import pytest

from tests.conftest import REALDATA, require_realdata, running_in_ci

ROOT = Path(__file__).resolve().parents[2]
MISSING = REALDATA / "no_such_set" / "no_such_file.csv"


@pytest.mark.parametrize(("value", "expected"), [("", False), ("0", False), ("false", False), ("No", False),
                                             ("off", False), ("true", True), ("1", True), ("yes", True)])
def test_ci_is_read_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv("CI", value)
    assert running_in_ci() is expected


def test_missing_data_skips_on_a_developer_machine(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"no_such_file\.csv"):
        require_realdata(MISSING)


def test_missing_data_fails_under_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"no_such_file\.csv.*CI is set"):
        require_realdata(MISSING)


def test_present_data_passes(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    require_realdata(tmp_path)


def test_every_test_that_reads_real_data_uses_the_rule():
    offenders = []
    exempt = {ROOT / "tests" / "conftest.py", Path(__file__).resolve()}     # the rule itself, and this test
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path in exempt:
            continue
        source = path.read_text(encoding="utf-8")
        if not re.search(r"REALDATA|shared/realdata", source):
            continue
        if re.search(r"""Path\(\s*["'][^"'\n]*shared/realdata""", source):
            offenders.append("{}: a hard-coded path (use REALDATA)".format(path.relative_to(ROOT)))
        if "mark.realdata(" not in source and "require_realdata(" not in source:
            offenders.append("{}: reads real data without pytest.mark.realdata / require_realdata".format(
                path.relative_to(ROOT)))
        if re.search(r"skipif\([^)]*(REALDATA|\.exists\(\))", source):
            offenders.append("{}: its own skipif for real data".format(path.relative_to(ROOT)))
    assert offenders == []
