# Readout Editor: `make run` opens the app, `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup system bytecode run test lint typecheck pytest bench crash-long fuzz matrix clean dist bundle

setup: system $(STAMP) bytecode

# Bytecode for the app's own modules, as a wheel install has it: every start (and every
# child process the tests spawn) then loads them instead of compiling each from source,
# even where PYTHONDONTWRITEBYTECODE is set. Only changed files are compiled again.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q -j 0 editor_app

system:
	@sh tools/setup-system.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	@touch $(STAMP)

run: setup
	$(BIN)/readout-editor

test: setup lint typecheck pytest

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

pytest:
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

translations: setup
	$(BIN)/python tools/translations.py

crash-long: setup
	READOUT_CRASH_TRIALS=$${TRIALS:-3000} $(BIN)/pytest -q -s tests/core/test_crash_safety.py

fuzz: setup
	FUZZ_CASES=$${FUZZ_CASES:-100000} $(BIN)/pytest -q -s tests/fuzz

# Every readout of the matrix (tests/matrix), not the sample `make test` renders.
matrix: setup
	MATRIX_CASES=all $(BIN)/pytest -q -rxX tests/matrix

# The wheel: the app with every resource (templates, dictionaries, translations, icons).
dist: setup
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist
	@ls -l dist

# The one-folder desktop app (PyInstaller): dist/bundle/readout-editor, then its test.
bundle: dist
	$(BIN)/python packaging/build_bundle.py --wheel "$$(ls dist/readout_editor-*.whl)"
	QT_QPA_PLATFORM=offscreen READOUT_BUNDLE=dist/bundle/readout-editor \
		$(BIN)/pytest -q tests/core/test_bundle.py

forms:
	$(BIN)/python tools/compile_forms.py

clean:
	rm -rf $(VENV) build dist *.egg-info
