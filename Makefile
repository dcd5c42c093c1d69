# Showroom: `make site` builds the sample showroom, `make test` runs every test.
# Both set up what they need first (a .venv with the project; for tests,
# the test tools and Debian's Chromium).
PYTHON ?= python3
BUILD_SIZES ?= 2000 20000
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site serve kiosk test lint format golden check schema bench audit clean chromium

site: $(VENV)/.installed ## Set up and build the sample showroom into site/
	$(BIN)/showroom build
	@echo
	@echo "The showroom is in $(CURDIR)/site/ (open site/index.html through a web server)."
	@echo "Preview with live reload: make serve  (then open http://127.0.0.1:8000/)"

serve: $(VENV)/.installed ## Preview on http://127.0.0.1:8000/, rebuilding on every edit
	$(BIN)/showroom serve

kiosk: $(VENV)/.installed ## Build the exhibition kiosk into site-kiosk/ and serve it on 127.0.0.1:8080
	$(BIN)/showroom build --profile kiosk
	$(BIN)/showroom kiosk

check: $(VENV)/.installed ## Validate the records only
	$(BIN)/showroom check --strict

test: $(VENV)/.installed-test chromium ## Set up and run every test
	$(BIN)/ruff check generator tests scripts benchmarks
	$(BIN)/ruff format --check generator tests scripts benchmarks
	$(BIN)/python -m pytest -n auto --dist loadfile

lint: $(VENV)/.installed-test
	$(BIN)/ruff check generator tests scripts benchmarks

format: $(VENV)/.installed-test
	$(BIN)/ruff format generator tests scripts
	$(BIN)/ruff check --fix generator tests scripts

golden: $(VENV)/.installed-test ## Regenerate the golden files of the fixture site
	SHOWROOM_UPDATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py -q

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -e ".[test]"
	touch $@

chromium: ## Debian's Chromium for the browser tests (Playwright's own download is not used)
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }

bench: $(VENV)/.installed-test chromium ## Benchmarks: photos beside libvips; search, full builds, each performance device and the live preview at 2,000 and 20,000 products
	@command -v vipsthumbnail >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libvips-tools >/dev/null; }
	$(BIN)/python benchmarks/images.py
	$(BIN)/python benchmarks/search.py 2000 20000
	$(BIN)/python benchmarks/build.py $(BUILD_SIZES)
	$(BIN)/python benchmarks/devices.py $(BUILD_SIZES)
	$(BIN)/python benchmarks/preview.py $(BUILD_SIZES)

audit: $(VENV)/.installed chromium ## Lighthouse (npm, into .audit/) on home, product, facility, listing and shortlist pages
	$(BIN)/showroom build
	$(BIN)/python scripts/audit.py site

clean:
	rm -rf site site-kiosk .showroom-cache .site.staging .site.old .site.spare .site.spare.pickle .site-kiosk.staging .site-kiosk.old .site-kiosk.spare .site-kiosk.spare.pickle
