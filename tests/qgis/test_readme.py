"""The documents say what the code does: README.md (the user's entry: the two commands, every
algorithm and parameter), docs/data-dictionary.md in step with the schema, CONTRIBUTING.md naming
every test tier and only make targets that exist, and every relative link between them resolving."""
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CONTRIBUTING = ROOT / "CONTRIBUTING.md"
DOCS = ROOT / "docs"
DOCUMENTS = [ROOT / "README.md", CONTRIBUTING] + sorted(DOCS.glob("*.md"))


def data_dictionary_script():
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    import data_dictionary
    return data_dictionary


def test_data_dictionary_document_matches_the_schema(qgis_app):
    data_dictionary = data_dictionary_script()
    from mymap_plugin.i18n import translate_function
    expected = data_dictionary.markdown(translate_function("vi"))
    text = data_dictionary.DOCUMENT.read_text(encoding="utf-8")
    start = text.index(data_dictionary.BEGIN) + len(data_dictionary.BEGIN)
    end = text.index(data_dictionary.END)
    assert text[start:end].strip() == expected.strip(), \
        "docs/data-dictionary.md is stale: run scripts/data_dictionary.py --write"


def test_the_data_dictionary_has_one_home_and_the_readme_links_to_it():
    data_dictionary = data_dictionary_script()
    assert data_dictionary.DOCUMENT == DOCS / "data-dictionary.md"
    for document in DOCUMENTS:
        if document != data_dictionary.DOCUMENT:
            assert data_dictionary.BEGIN not in document.read_text(encoding="utf-8"), document.name
    assert "(docs/data-dictionary.md)" in README


def test_every_algorithm_and_parameter_is_documented(mymap_provider):
    for algorithm in mymap_provider.algorithms():
        assert "`{}`".format(algorithm.id()) in README, algorithm.id()
        for parameter in algorithm.parameterDefinitions():
            assert "`{}`".format(parameter.name()) in README, (algorithm.id(), parameter.name())


def test_the_two_commands_are_documented():
    assert "make demo" in README and "make test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_the_readme_links_the_reference_documents():
    for name in ("CONTRIBUTING.md", "docs/data-dictionary.md", "docs/benchmarks.md", "docs/developer-notes.md"):
        assert (ROOT / name).exists(), name
        assert "({})".format(name) in README, name


def makefile_targets():
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z][\w-]*)\s*:(?!=)", text, re.MULTILINE))


def test_every_make_target_the_documents_name_exists():
    targets = makefile_targets()
    named = {}
    for document in DOCUMENTS:
        # `make x` in running text, or a command line that starts with make in a code block
        for target in re.findall(r"(?:`|^)make ([a-z][\w-]*)", document.read_text(encoding="utf-8"), re.MULTILINE):
            named.setdefault(target, document.name)
    missing = {target: where for target, where in named.items() if target not in targets}
    assert missing == {}, "make targets named in the documents but not defined in the Makefile"


def test_contributing_names_every_test_tier():
    text = CONTRIBUTING.read_text(encoding="utf-8")
    tiers = sorted(p.name for p in (ROOT / "tests").iterdir() if p.is_dir() and any(p.glob("test_*.py")))
    assert tiers, "no test folders found"
    for tier in tiers:
        assert "tests/{}".format(tier) in text, tier


def slug(heading):
    """GitHub's anchor for a Markdown heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(document):
    found, fenced = set(), False
    for line in document.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and re.match(r"#{1,6} ", line):
            found.add(slug(line.lstrip("#")))
    return found


@pytest.mark.parametrize("document", DOCUMENTS, ids=[str(p.relative_to(ROOT)) for p in DOCUMENTS])
def test_relative_links_resolve(document):
    text = re.sub(r"```.*?```", "", document.read_text(encoding="utf-8"), flags=re.DOTALL)
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue                                  # https:, mailto:
        path, _, anchor = target.partition("#")
        linked = (document.parent / path).resolve() if path else document
        if not linked.exists() or (anchor and linked.suffix == ".md" and anchor not in anchors(linked)):
            broken.append(target)
    assert broken == []
