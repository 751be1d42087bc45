# Two commands on a fresh machine: `make run` starts the application, `make test` runs the tests.
# Each creates .venv and installs what it needs; a second call only checks the stamp.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HC18 ?= ../shared/hc18

.PHONY: run test check lint lock bench bench-scale train evaluate package package-test clean translations translations-update

LOCKS := $(wildcard requirements/lock-py*.txt)
PYVER = $$($(BIN)/python -c 'import sys; print("%d.%d" % sys.version_info[:2])')

# Installs exactly the locked versions (with hashes), then FetalHC itself without dependencies.
$(STAMP): pyproject.toml $(LOCKS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@lock=requirements/lock-py$(PYVER).txt; test -f $$lock || { \
	  echo "No lock file for Python $(PYVER) ($$lock). FetalHC is locked for Python 3.11 and 3.12:"; \
	  echo "remove .venv and run e.g. 'make PYTHON=python3.12 test'."; exit 1; }
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/lock-py$(PYVER).txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Refreshes the locks to the newest versions the constraints allow (needs network to the registry).
# Land a refreshed lock only with `make test` (the soak tests included) green on it.
lock:
	test -x .venv-lock/bin/uv || { $(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install --quiet uv; }
	for v in 3.11 3.12; do .venv-lock/bin/uv pip compile pyproject.toml --extra train --extra test --extra package \
	  -c requirements/constraints.txt --generate-hashes --upgrade --no-header \
	  --python-version $$v --python-platform x86_64-manylinux_2_34 -o requirements/lock-py$$v.txt; done

run: $(STAMP) translations
	@$(BIN)/python scripts/check_qt_system_libs.py
	$(BIN)/fetalhc-gui $(ARGS)

# Every test, with the 30 slowest printed (CI runs this).
test: $(STAMP) lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -rs --durations=30 $(PYTEST_ARGS)

# The fast tier for the edit loop: no training, no ../shared data, no system programs, nothing slow.
check: $(STAMP) lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --durations=10 \
	  -m "not slow and not tensorflow and not integration and not data" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

# Images per second of fetalhc predict with --jobs 1, 2, all cores and through a local Dask cluster.
bench-scale: $(STAMP)
	$(BIN)/python scripts/bench_scale.py

evaluate: $(STAMP)
	$(BIN)/fetalhc evaluate $(HC18) --test-only

# The window's languages: resources/translations/fetalhc_<code>.ts are the sources (kept in the
# repository); the .qm files the window loads are built from them by Qt's lrelease.
TS := $(wildcard resources/translations/fetalhc_*.ts)
translations: $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After adding or changing a translate() string: the .ts files gain it (as unfinished) and keep
# what was translated; translate it in each (Qt Linguist: pyside6-linguist) and run the tests.
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find fetalhc_gui/gui fetalhc_gui/report -name '*.py' | sort) -no-obsolete -locations none -ts $(TS)

clean:
	rm -rf build dist .pytest_cache .ruff_cache

# The measuring build carries an OpenCV of only the modules FetalHC calls, compiled once from the
# locked source (packaging/slim_opencv.py: cmake, ninja, g++); the full build keeps the wheel's.
build/opencv-slim/BUILT: requirements/lock-py3.11.txt requirements/lock-py3.12.txt packaging/slim_opencv.py | $(STAMP)
	$(BIN)/python packaging/slim_opencv.py build/opencv-slim

package: $(STAMP) build/opencv-slim/BUILT translations
	$(BIN)/python packaging/make_demo.py
	rm -rf build/fetalhc dist/FetalHC dist/FetalHC-full
	PYTHONPATH=build/opencv-slim/python FETALHC_BUILD=measure $(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/measure packaging/fetalhc.spec
	FETALHC_BUILD=full $(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/full packaging/fetalhc.spec
	$(BIN)/python packaging/strip_build.py dist/FetalHC dist/FetalHC-full
	du -sh dist/FetalHC dist/FetalHC-full

# Both builds: the self-test, a measurement from the command line, and training present only in the full one.
package-test: package
	mkdir -p build
	for b in FetalHC FetalHC-full; do \
	  QT_QPA_PLATFORM=offscreen dist/$$b/FetalHC --self-test || exit 1; \
	  dist/$$b/fetalhc predict resources/demo --pixel-size 0.1 -o build/package-test-$$b.csv || exit 1; \
	  cut -d, -f1,4,15 build/package-test-$$b.csv; \
	done
	dist/FetalHC/fetalhc predict resources/demo --pixel-size 0.1 -o build/package-test-jobs.csv --jobs 2
	cut -d, -f1,4,15 build/package-test-FetalHC.csv > build/package-test-serial.txt
	cut -d, -f1,4,15 build/package-test-jobs.csv > build/package-test-jobs.txt
	cmp build/package-test-serial.txt build/package-test-jobs.txt
	cut -d, -f1,4,15-42 build/package-test-FetalHC.csv > build/package-test-measure-rows.txt
	cut -d, -f1,4,15-42 build/package-test-FetalHC-full.csv > build/package-test-full-rows.txt
	cmp build/package-test-measure-rows.txt build/package-test-full-rows.txt
	test ! -e dist/FetalHC/_internal/opencv_python_headless.libs
	test $$(du -sm dist/FetalHC | cut -f1) -le 350
	! dist/FetalHC/fetalhc train resources/demo --out build/no-training 2>build/no-training.txt
	grep -q "fetalhc\[train\]" build/no-training.txt
	test ! -e dist/FetalHC/_internal/tensorflow
