"""README.md documents what the code does: data dictionary in step, every algorithm listed."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_data_dictionary_section_matches_the_schema(qgis_app):
    sys.path.insert(0, str(ROOT / "scripts"))
    import data_dictionary
    from mymap_plugin.i18n import translate_function
    expected = data_dictionary.markdown(translate_function("vi"))
    start = README.index(data_dictionary.BEGIN) + len(data_dictionary.BEGIN)
    end = README.index(data_dictionary.END)
    assert README[start:end].strip() == expected.strip(), \
        "README's data dictionary is stale: run scripts/data_dictionary.py --write"


def test_every_algorithm_and_parameter_is_documented(mymap_provider):
    for algorithm in mymap_provider.algorithms():
        assert "`{}`".format(algorithm.id()) in README, algorithm.id()
        for parameter in algorithm.parameterDefinitions():
            assert "`{}`".format(parameter.name()) in README, (algorithm.id(), parameter.name())


def test_the_two_commands_are_documented():
    assert "make demo" in README and "make test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
