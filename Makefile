# MyMap — one-command set-up on Debian 12. Every target is safe to run twice.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
PLUGIN_STAGE := $(BUILD)/plugins/mymap_plugin
DEMO_DIR ?= $(BUILD)/demo
PACKAGE_ZIP := dist/mymap_plugin.zip

export PROJ_DATA := /usr/share/proj
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: system venv lint-tools translations stage package lint demo test test-unit test-qgis bench clean

system: $(BUILD)/.system-ok

$(BUILD)/.system-ok: scripts/install_system_packages.sh
	bash scripts/install_system_packages.sh
	mkdir -p $(BUILD) && touch $@

venv: $(VENV)/.venv-ok

$(VENV)/.venv-ok: $(BUILD)/.system-ok scripts/requirements.txt scripts/constraints.txt
	test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c scripts/constraints.txt -r scripts/requirements.txt
	$(PY) -c "from osgeo import gdal_array; import qgis.core, qrcode, pytest_qgis"
	touch $@

lint-tools: $(VENV)/.lint-tools-ok

$(VENV)/.lint-tools-ok: $(VENV)/.venv-ok scripts/requirements-lint.txt scripts/constraints.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -c scripts/constraints.txt -r scripts/requirements-lint.txt
	touch $@

translations: venv
	$(PY) scripts/build_translations.py --compile $(BUILD)/i18n

stage: venv translations
	$(PY) scripts/build_plugin.py --stage $(PLUGIN_STAGE) --qm $(BUILD)/i18n

package: stage
	$(PY) scripts/build_plugin.py --stage $(PLUGIN_STAGE) --qm $(BUILD)/i18n --zip $(PACKAGE_ZIP)

# ruff on the repository (pyproject.toml), then the built zip scanned as plugins.qgis.org scans an
# upload (Bandit, detect-secrets, Flake8, file checks). Both always run; any finding fails.
lint: lint-tools package
	@status=0; \
	echo "ruff check ."; $(PY) -m ruff check . || status=1; \
	echo "scripts/check_plugin_zip.py $(PACKAGE_ZIP)"; $(PY) scripts/check_plugin_zip.py $(PACKAGE_ZIP) || status=1; \
	exit $$status

demo: stage
	$(PY) scripts/make_demo.py --output $(DEMO_DIR)

test: package lint-tools
	$(PY) -m pytest tests -p no:cacheprovider $(PYTEST_ARGS)

test-unit: venv lint-tools
	$(PY) -m pytest tests/unit -p no:cacheprovider $(PYTEST_ARGS)

# tests/qgis: the plugin inside QGIS (algorithms, dialogs, panels, qgis_process, the installed zip).
test-qgis: package
	$(PY) -m pytest tests/qgis -p no:cacheprovider $(PYTEST_ARGS)

bench: stage
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(BUILD) dist
