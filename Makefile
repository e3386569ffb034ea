# The two commands of the README:
#   make sample   set everything up, screen the bundled sample window, print the evaluation
#   make test     set everything up, run the test suite (what .ci/run calls)
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLE ?= data/samples/liuzhou-2024
OUT ?= out/liuzhou-2024

.PHONY: sample test setup bench clean

sample: setup
	$(VENV)/bin/credcheck run $(SAMPLE) --out $(OUT) --store out/store.sqlite --cache out/ocr-cache
	$(VENV)/bin/credcheck evaluate $(OUT) --truth $(SAMPLE)/truth.json

test: setup
	$(PY) -m pytest

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
