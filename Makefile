# Two commands on a fresh machine: `make run` starts the application, `make test` runs the tests.
# Each creates .venv and installs what it needs; a second call only checks the stamp.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HC18 ?= ../shared/hc18

.PHONY: run test lint bench train evaluate package package-test clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/fetalhc-gui $(ARGS)

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

evaluate: $(STAMP)
	$(BIN)/fetalhc evaluate $(HC18)

clean:
	rm -rf build dist .pytest_cache .ruff_cache

package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	$(BIN)/python packaging/make_demo.py
	rm -rf build/fetalhc dist/FetalHC
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/fetalhc.spec
	du -sh dist/FetalHC

package-test: package
	QT_QPA_PLATFORM=offscreen dist/FetalHC/FetalHC --self-test
	dist/FetalHC/fetalhc predict resources/demo --pixel-size 0.1 -o build/package-test.csv
	cat build/package-test.csv
