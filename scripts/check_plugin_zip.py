"""Scan a built plugin zip the way plugins.qgis.org scans an upload, and fail on any finding.

    check_plugin_zip.py dist/mymap_plugin.zip

The zip is unzipped into a temporary folder and checked with the repository's own commands (see
../shared/design/plugin-repository.md and qgis/QGIS-Plugins-Website, qgis-app/plugins/security_scanner.py):

- Bandit:         bandit -r <folder> -f json --quiet -t <the repository's enabled tests>
- detect-secrets: detect-secrets scan --all-files --exclude-files 'metadata\\.txt' .   (in the folder)
- Flake8:         flake8 --max-line-length=120 --select <the repository's enabled codes> <every .py>
                  (run --isolated: the site reads no configuration of ours)

Bandit and detect-secrets findings block a version on the site; Flake8 findings are shown on its page.
All three fail this check. So do these file checks, stricter than the site's:

- no file with an execute bit, no hidden file or folder (a name starting with "."), no
  `.bandit`, `.flake8` or `.secrets.baseline` (their presence alone sends a version to an
  administrator), nothing the site calls suspicious (.exe .dll .so .dylib .bat .sh .ps1 .cmd);
- binary files only where binary is expected: images (.png .jpg .jpeg .gif .webp .ico) and
  compiled translations (.qm); every other file must be UTF-8 text without NUL bytes;
- one top folder, no absolute or `..` paths, no compiled Python (.pyc, __pycache__);
- no suppression comments: `# nosec` (Bandit honours it, so the site would too), a `# noqa` that
  covers one of the site's Flake8 codes, or detect-secrets' `pragma: allowlist secret`. Findings
  are fixed in the code, not hidden.

Nothing here is configured to look away: there is no baseline and no skip list.
"""
import argparse
import io
import json
import re
import subprocess
import sys
import tempfile
import tokenize
import zipfile
from pathlib import Path, PurePosixPath

#: Bandit tests plugins.qgis.org enables (qgis-app/plugins/management/commands/data/bandit_rules.json).
#: Every severity and confidence of these counts. Bandit 1.9 no longer knows B111 and B320 and says so.
BANDIT_TESTS = (
    "B101", "B102", "B103", "B104", "B105", "B106", "B107", "B108", "B110", "B111", "B112", "B113",
    "B201", "B202",
    "B301", "B302", "B303", "B304", "B305", "B306", "B307", "B308", "B310", "B311", "B312", "B313",
    "B314", "B315", "B316", "B317", "B318", "B319", "B320", "B321", "B323", "B324",
    "B401", "B402", "B403", "B405", "B406", "B407", "B408", "B409", "B412", "B413",
    "B501", "B502", "B503", "B504", "B505", "B506", "B507", "B508", "B509",
    "B601", "B602", "B603", "B604", "B605", "B606", "B607", "B608", "B609", "B610", "B611", "B612",
    "B613", "B614", "B615",
    "B701", "B702", "B703", "B704",
)
#: Flake8 codes plugins.qgis.org enables. C901 is listed but reports nothing without --max-complexity,
#: as on the site.
FLAKE8_CODES = (
    "E101", "E711", "E712", "E713", "E714", "E721", "E722", "E731", "E741", "E742", "E743", "E901", "E902",
    "E999", "W605", "F402", "F403", "F404", "F405", "F811", "F821", "F822", "F823", "F831", "F901", "C901",
)
CONFIGURATION_FILES = {".bandit", ".flake8", ".secrets.baseline"}
SUSPICIOUS_SUFFIXES = {".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd"}
BINARY_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".qm"}
TOOL_TIMEOUT_S = 300
_NOSEC = re.compile(r"#\s*nosec\b", re.IGNORECASE)
_NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Z][0-9A-Z]*(?:[,\s]+[A-Z][0-9A-Z]*)*))?", re.IGNORECASE)
_ALLOWLIST = re.compile(r"pragma:\s*allowlist", re.IGNORECASE)


def _run(arguments, cwd=None):
    """Run a scanner with this Python (the venv `make lint` installed them into)."""
    return subprocess.run([sys.executable, "-m", *arguments], cwd=cwd, capture_output=True, text=True,
                          timeout=TOOL_TIMEOUT_S, check=False)


def _tool_failure(tool, completed):
    return ["{}: did not run ({}): {}".format(tool, completed.returncode,
                                               (completed.stderr or completed.stdout).strip()[-2000:])]


def file_findings(archive: zipfile.ZipFile) -> list:
    """What the zip's entries themselves give away: modes, names, kinds of content."""
    findings = []
    tops = set()
    for entry in archive.infolist():
        name = entry.filename
        path = PurePosixPath(name)
        tops.add(path.parts[0] if path.parts else "")
        if path.is_absolute() or ".." in path.parts:
            findings.append("{}: an absolute or parent path".format(name))
        mode = entry.external_attr >> 16
        if mode & 0o111:
            findings.append("{}: executable (mode {:o})".format(name, mode & 0o7777))
        if entry.is_dir():
            continue
        hidden = [part for part in path.parts if part.startswith(".")]
        if path.name in CONFIGURATION_FILES:
            findings.append("{}: a scanner configuration file (the site would hold the version for review)"
                            .format(name))
        elif hidden:
            findings.append("{}: hidden ({})".format(name, hidden[0]))
        suffix = path.suffix.lower()
        if suffix in SUSPICIOUS_SUFFIXES:
            findings.append("{}: a {} file".format(name, suffix))
        if suffix == ".pyc" or "__pycache__" in path.parts:
            findings.append("{}: compiled Python".format(name))
        if suffix not in BINARY_SUFFIXES:
            data = archive.read(entry)
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                findings.append("{}: binary, and not an image or a .qm translation".format(name))
            else:
                if b"\0" in data:
                    findings.append("{}: contains NUL bytes, and is not an image or a .qm translation".format(name))
    if len(tops) != 1:
        findings.append("the zip must hold one top folder, not {}".format(", ".join(sorted(tops))))
    return findings


def _comments(source: str):
    """(line, text) of every comment in Python *source*; a file that does not tokenize has none here
    (Flake8's E999 reports it)."""
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                yield token.start[0], token.string
    except (tokenize.TokenError, SyntaxError):
        return


def _hidden_flake8_codes(comment: str) -> list:
    """The site's Flake8 codes a `# noqa` comment silences (all of them for a bare `# noqa`)."""
    noqa = _NOQA.search(comment)
    if not noqa:
        return []
    if not noqa.group("codes"):
        return ["every code"]
    listed = re.split(r"[,\s]+", noqa.group("codes").strip().upper())
    return [code for code in listed if any(enabled.startswith(code) for enabled in FLAKE8_CODES)]


def suppression_findings(archive: zipfile.ZipFile) -> list:
    """Comments that would make a scanner look away."""
    findings = []
    for entry in archive.infolist():
        if entry.is_dir() or PurePosixPath(entry.filename).suffix.lower() in BINARY_SUFFIXES:
            continue
        text = archive.read(entry).decode("utf-8", errors="replace")
        if entry.filename.endswith(".py"):
            for line, comment in _comments(text):
                if _NOSEC.search(comment):
                    findings.append("{}:{}: `# nosec` hides a Bandit finding".format(entry.filename, line))
                hidden = _hidden_flake8_codes(comment)
                if hidden:
                    findings.append("{}:{}: `# noqa` hides Flake8 {}".format(entry.filename, line, ", ".join(hidden)))
        for number, line in enumerate(text.splitlines(), start=1):
            if _ALLOWLIST.search(line):
                findings.append("{}:{}: `pragma: allowlist` hides a detect-secrets finding".format(
                    entry.filename, number))
    return findings


def bandit_findings(folder: Path) -> list:
    completed = _run(["bandit", "-r", str(folder), "-f", "json", "--quiet", "-t", ",".join(BANDIT_TESTS)])
    try:
        report = json.loads(completed.stdout)
    except json.JSONDecodeError:
        return _tool_failure("bandit", completed)
    findings = ["{}:{}: bandit {} ({}/{}) {}".format(
        Path(result["filename"]).relative_to(folder), result["line_number"], result["test_id"],
        result["issue_severity"].lower(), result["issue_confidence"].lower(), result["issue_text"])
        for result in report.get("results", [])]
    findings += ["{}: bandit could not read it: {}".format(Path(error["filename"]).relative_to(folder),
                                                           error["reason"])
                 for error in report.get("errors", [])]
    return findings


def secret_findings(folder: Path) -> list:
    completed = _run(["detect_secrets", "scan", "--all-files", "--exclude-files", r"metadata\.txt", "."],
                     cwd=folder)
    try:
        report = json.loads(completed.stdout)
    except json.JSONDecodeError:
        return _tool_failure("detect-secrets", completed)
    return ["{}:{}: detect-secrets: {}".format(name, secret.get("line_number", 0), secret.get("type", "secret"))
            for name, secrets in sorted(report.get("results", {}).items()) for secret in secrets]


def flake8_findings(folder: Path) -> list:
    sources = sorted(str(path.relative_to(folder)) for path in folder.rglob("*.py"))
    if not sources:
        return []
    completed = _run(["flake8", "--isolated", "--max-line-length=120", "--select", ",".join(FLAKE8_CODES),
                      *sources], cwd=folder)
    if completed.returncode not in (0, 1) or completed.stderr.strip():
        return _tool_failure("flake8", completed)
    return ["{} (flake8)".format(line) for line in completed.stdout.splitlines() if line.strip()]


def scan(zip_path: Path) -> dict:
    """Every finding, by check, for the zip at *zip_path*."""
    with zipfile.ZipFile(zip_path) as archive:
        results = {"files": file_findings(archive), "suppressions": suppression_findings(archive)}
        with tempfile.TemporaryDirectory(prefix="mymap-scan-") as temporary:
            folder = Path(temporary)
            archive.extractall(folder)
            results["bandit"] = bandit_findings(folder)
            results["detect-secrets"] = secret_findings(folder)
            results["flake8"] = flake8_findings(folder)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("zip", type=Path, help="the built plugin zip (make package: dist/mymap_plugin.zip)")
    arguments = parser.parse_args()
    if not arguments.zip.is_file():
        print("{} does not exist: run `make package` first".format(arguments.zip))
        return 2
    results = scan(arguments.zip)
    total = 0
    for findings in results.values():
        for finding in findings:
            print(finding)
        total += len(findings)
    summary = ", ".join("{} {}".format(check, len(findings)) for check, findings in results.items())
    if total:
        print("{}: {} finding(s) as plugins.qgis.org would scan it ({}).".format(arguments.zip, total, summary))
        return 1
    print("{}: no findings as plugins.qgis.org would scan it ({}).".format(arguments.zip, summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
