# Interim Desk: build, run, test, lint and package.
#
#   make run          install what the desktop build needs, build, start the app
#   make test         vet and test everything (this is what CI runs)
#   make help         all targets
#
# Needs GNU make and Go. The deps-* steps install missing Debian packages with
# apt-get (through sudo when not root) and step aside where there is no
# apt-get, such as on macOS or Windows.

GO          ?= go
BIN         := bin
DIST        := dist
BUILD       := build
DEMO_DB     := $(BUILD)/demo/interimdesk.db
FYNE_TOML   := FyneApp.toml
EXE         := $(shell $(GO) env GOEXE)

# Tools run at a pinned version with `go run`, so nothing is installed globally
# and every machine lints and packages with the same code.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
FYNE        := fyne.io/tools/cmd/fyne@v1.7.4

# Debian packages. The desktop app links OpenGL and X11 through cgo; the PDF
# tests read documents back with poppler and qpdf; the PostgreSQL store's
# tests start a throw-away server of their own (initdb, pg_ctl; the unaccent
# extension is in Debian's postgresql-NN package itself); the screenshot
# script needs a virtual display, a window finder and a screen grabber.
RUN_DEBS         := gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
                    libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_DEBS        := poppler-utils qpdf tzdata postgresql
SCREENSHOTS_DEBS := xvfb libgl1-mesa-dri imagemagick xdotool poppler-utils

# The desktop leaves out Fyne's bundled colour-emoji font (4 MB, parsed
# again for every text style: about 15 MB of memory), which no screen uses;
# an emoji typed into a note is still drawn from the system's fonts.
DESKTOP_TAGS := no_emoji

# Every package builds and tests without cgo; cmd/interimdesk then builds
# a stand-in that says the window needs cgo (nocgo.go).
# The packages that start goroutines, or whose tests do, run under -race.
RACE_PKGS := ./internal/cli/... ./internal/sqlite/... ./internal/ui/... \
             ./internal/csvio/... ./internal/contracts/... ./internal/pdf/... \
             ./internal/postgres/... ./internal/storetest/...

# Two apt-get runs at once would fight over the dpkg lock.
.NOTPARALLEL:

.DEFAULT_GOAL := help

.PHONY: help run demo build test lint screenshots package clean \
        deps-run deps-test deps-screenshots

help:
	@echo "make run          build and start Interim Desk (default database)"
	@echo "make demo         start it on a fresh sample database in $(BUILD)/demo/"
	@echo "make build        build $(BIN)/interimdesk and $(BIN)/interimdesk-cli"
	@echo "make test         go vet and go test (what CI runs)"
	@echo "make lint         gofmt, go vet and staticcheck"
	@echo "make screenshots  redraw docs/screenshots/ on a virtual display"
	@echo "make package      Linux tarball with desktop entry and icon in $(DIST)/"
	@echo "make clean        remove $(BIN)/, $(DIST)/ and $(BUILD)/"

# apt-install installs those of the Debian packages $(1) that dpkg does not
# report as installed, and nothing when all are there.
define apt-install
@if ! command -v apt-get >/dev/null 2>&1; then \
	echo "No apt-get here: skipping Debian packages ($(strip $(1)))."; \
	exit 0; \
fi; \
missing=""; \
for p in $(1); do \
	dpkg -s "$$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing="$$missing $$p"; \
done; \
[ -z "$$missing" ] && exit 0; \
if [ "$$(id -u)" -eq 0 ]; then sudo=""; \
elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
else echo "Missing:$$missing. Install them as root: apt-get install$$missing" >&2; exit 1; fi; \
echo "Installing:$$missing"; \
$$sudo apt-get update && \
$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing
endef

deps-run:
	$(call apt-install,$(RUN_DEBS))

deps-test:
	$(call apt-install,$(TEST_DEBS))

deps-screenshots:
	$(call apt-install,$(SCREENSHOTS_DEBS))

build: deps-run
	CGO_ENABLED=1 $(GO) build -tags $(DESKTOP_TAGS) -o $(BIN)/interimdesk$(EXE) ./cmd/interimdesk
	CGO_ENABLED=0 $(GO) build -o $(BIN)/interimdesk-cli$(EXE) ./cmd/interimdesk-cli

run: build
	./$(BIN)/interimdesk $(ARGS)

demo: build
	mkdir -p $(dir $(DEMO_DB))
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	./$(BIN)/interimdesk-cli --db $(DEMO_DB) demo
	./$(BIN)/interimdesk --db $(DEMO_DB)

# The desktop entry point is built (which proves the cgo side compiles and
# links) and vetted with cgo; everything else is vetted and tested without.
#
# Our users live in Brussels and Amsterdam, not in UTC, and their laptops
# speak Dutch or French: the suite runs once in UTC with a C locale, once as
# a Flemish laptop in Brussels, and once at UTC-10 under the race detector
# (which needs cgo), so a test that reads the machine's zone or locale, or
# shares state between goroutines, fails here and not on a customer's desk.
test: deps-run deps-test build
	CGO_ENABLED=0 $(GO) vet ./...
	CGO_ENABLED=1 $(GO) vet -tags $(DESKTOP_TAGS) ./cmd/interimdesk ./scripts/barefyne
	TZ=UTC LANG=C.UTF-8 LC_ALL= CGO_ENABLED=0 $(GO) test -count=1 -timeout 30m ./...
	TZ=Europe/Brussels LANG=nl_BE.UTF-8 LC_ALL= CGO_ENABLED=0 $(GO) test -count=1 -timeout 30m ./...
	TZ=Pacific/Honolulu LANG=fr_BE.UTF-8 LC_ALL= CGO_ENABLED=1 $(GO) test -race -count=1 -timeout 45m $(RACE_PKGS)

lint: deps-run
	@unformatted="$$(gofmt -l .)"; \
	if [ -n "$$unformatted" ]; then echo "Not gofmt-ed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

screenshots: deps-run deps-screenshots build
	scripts/screenshots.sh

# fyne package reads FyneApp.toml next to the main package (a symlink to the
# top-level file, where the customer keeps it), names the binary
# after that folder (interimdesk) and the archive after Details.Name. It also
# bumps Details.Build in FyneApp.toml on every run; the build number is a
# release decision kept in git, so the file is put back afterwards.
package: deps-run
	mkdir -p $(DIST)
	cp $(FYNE_TOML) $(DIST)/FyneApp.toml.orig
	status=0; \
	(cd $(DIST) && $(GO) run $(FYNE) package -os linux --tags $(DESKTOP_TAGS) --src ../cmd/interimdesk --release) || status=$$?; \
	cp $(DIST)/FyneApp.toml.orig $(FYNE_TOML) && rm $(DIST)/FyneApp.toml.orig; \
	exit $$status
	mv "$(DIST)/Interim Desk.tar.xz" \
	   $(DIST)/interimdesk-$(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' $(FYNE_TOML))-linux-$(shell $(GO) env GOARCH).tar.xz
	@ls -l $(DIST)/*.tar.xz

clean:
	rm -rf $(BIN) $(DIST) $(BUILD)
