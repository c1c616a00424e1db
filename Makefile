# make run   set everything up and start the app on http://localhost:8501
# make test  set up what the tests need and run the whole suite (what CI runs)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test setup lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m clearnotice.offline_data
	touch $(STAMP)

setup: $(STAMP)

run:
	scripts/system-deps.sh run
	$(MAKE) setup
	$(BIN)/clearnotice first-admin
	$(BIN)/streamlit run serve.py

# Files are handed out in the order tests/conftest.py sets, the longest first.
# One pytest worker more than the cores: a browser test spends much of its time waiting for
# its app server and Chromium, and the extra worker's tests use the CPU meanwhile.
TEST_WORKERS ?= $(shell echo $$(( $$(nproc) + 1 )))

test:
	scripts/system-deps.sh test
	$(MAKE) setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder --durations=30

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: setup
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
