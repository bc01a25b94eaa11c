# One target per habit. Each creates its own virtualenv in .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-offline bench-customer system-deps clean fuzz faults soak llama

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## Run the service on embedded defaults (offline engine, embedded Redis).
run: $(STAMP)
	$(BIN)/heard serve

## Install what the tests need (Debian's redis-server and chromium, npm packages) and run them all.
test: $(STAMP) system-deps
	$(BIN)/pytest

system-deps:
	bash scripts/test-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check server tests bench

## schemathesis on every route of /openapi.json against a live gunicorn (FUZZ_S seconds).
FUZZ_S ?= 300
fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz.run --max-time $(FUZZ_S)

## Redis killed, slowed, dropped and full, the LLM failing every way, under load (FAULT_N per scenario).
FAULT_N ?= 400
faults: $(STAMP)
	$(BIN)/python -m tests.faults.run --requests $(FAULT_N)

## Steady mixed traffic against 3 gunicorn workers for SOAK_S seconds; fails on a leak.
SOAK_S ?= 300
soak: $(STAMP)
	$(BIN)/python -m tests.soak.run --duration-s $(SOAK_S)

## The provider against a real llama.cpp server with a tiny model. Opt-in, not in `make test`:
## on this shared 2-core VM it added 8 minutes to a CI run that already took 14 (the server
## reads Heard's ~6,500-token prompt at 30-45 tokens a second; docs/operations.md).
## llama-cpp-python builds from source into $(LLAMA_VENV) once, pinned in
## tests/llama/requirements.txt. LLAMA_CMAKE_ARGS keep the build to what the server loads:
## portable (a native build used CPU instructions this VM advertises but traps on: invalid
## opcode), without the multimodal library (LLAVA_BUILD) or llama.cpp's common library
## (tests/llama/lean-build.cmake): 341 s of CPU instead of 625.
LLAMA_VENV := .venv-llama
LLAMA_STAMP := $(LLAMA_VENV)/.installed
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF \
	-DCMAKE_PROJECT_llama.cpp_INCLUDE=$(CURDIR)/tests/llama/lean-build.cmake

$(LLAMA_STAMP): tests/llama/requirements.txt tests/llama/lean-build.cmake
	$(PYTHON) -m venv $(LLAMA_VENV)
	CMAKE_ARGS='$(LLAMA_CMAKE_ARGS)' CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) nice -n 19 \
		$(LLAMA_VENV)/bin/pip install --no-input -r tests/llama/requirements.txt
	touch $@

llama: $(STAMP) $(LLAMA_STAMP)
	$(BIN)/python -m tests.llama.run --venv $(LLAMA_VENV)

bench: $(STAMP)
	$(BIN)/python bench/run.py

## The offline engine on the real replies (../shared/heard-corpus, or HEARD_REAL_PAIRS=PATH).
bench-offline: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/offline_quality.py

## How the customer is read: agreement with hand labels (tune/test) and the cost per rewrite.
bench-customer: $(STAMP)
	$(BIN)/python bench/customer_reading.py

clean:
	rm -rf $(VENV) $(LLAMA_VENV)
