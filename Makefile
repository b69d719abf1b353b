# The README's two commands: `make demo` and `make test`. Both set up what they need.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip

.PHONY: setup system-deps demo test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[test,bench,web]'
	touch $@

# The Spark engine's extra: pyspark is large, so only `make test` and `make bench` install it, not `make demo`.
$(VENV)/.spark: $(VENV)/.installed
	$(PIP) install -q -e '.[spark]'
	touch $@

# PostgreSQL for the multi-user store tests, Java for the Spark engine, Chromium and Arabic fonts for the
# browser tests, from Debian's packages.
system-deps:
	@sh scripts/system-deps.sh

demo: setup
	$(VENV)/bin/hiwar demo

test: setup $(VENV)/.spark system-deps
	$(PY) -m pytest

# The scale figures start their own PostgreSQL server (as the tests do); the 20,000-document corpus takes
# long on a small machine: `make bench SCALE_SIZES=2000` for the smaller one alone.
SCALE_SIZES ?= 2000,20000

bench: setup $(VENV)/.spark system-deps
	$(PY) bench/run.py
	$(PY) bench/scale.py --sizes $(SCALE_SIZES)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
