# The two commands of the README:
#   make sample   set everything up, screen the bundled sample window, print the evaluation
#   make test     set everything up, lint, check the layers, run the test suite (what .ci/run calls)
# and, while working:
#   make fast     lint, check the layers, run the tests not marked slow (under a minute)
#   make others   screen a window drawn in the current blind round's layouts only and evaluate it
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLE ?= data/samples/liuzhou-2024
OUT ?= out/liuzhou-2024

.PHONY: sample others test fast lint setup bench clean

sample: setup
	$(VENV)/bin/credcheck run $(SAMPLE) --out $(OUT) --store out/store.sqlite --cache out/ocr-cache
	$(VENV)/bin/credcheck evaluate $(OUT) --truth $(SAMPLE)/truth.json

# The exam: the ci profile's applicants drawn in the current blind round's layouts (others40:
# round 40 of data/samples/layouts.toml; OTHERS_PROFILE=others39 ... others3 for rounds 39 to
# 3, no longer current; OTHERS_PROFILE=others for round 2, no longer blind)
OTHERS ?= out/others-window
OTHERS_PROFILE ?= others40
others: setup
	$(PY) data/samples/generate.py --out $(OTHERS) --profile $(OTHERS_PROFILE)
	rm -f out/$(OTHERS_PROFILE).sqlite  # a store of its own: no earlier round's registry
	$(VENV)/bin/credcheck run $(OTHERS) --out $(OTHERS)-out --store out/$(OTHERS_PROFILE).sqlite --cache out/ocr-cache
	$(VENV)/bin/credcheck evaluate $(OTHERS)-out --truth $(OTHERS)/truth.json

test: lint
	$(PY) -m pytest

# FAST_WORKERS pytest-xdist processes (the CI machine's 2 cores); 1 runs them in this process
FAST_WORKERS ?= 2
fast: lint
	$(PY) -m pytest -q -m "not slow" $(if $(filter 1,$(FAST_WORKERS)),,-n $(FAST_WORKERS))

# ruff (the selection in pyproject.toml) and the import layers (README "Layout")
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache --no-logo

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

bench: setup
	$(VENV)/bin/pip install -q -e '.[dev,bench]'
	$(PY) bench/bench_matcher.py
	$(PY) bench/bench_ocr.py
	$(PY) bench/bench_pipeline.py --dask
	$(PY) bench/bench_resume.py

clean:
	rm -rf out $(VENV)
