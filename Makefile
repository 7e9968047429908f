# The two commands in the README: `make run` and `make check`. Both install what is missing first.
BUILD_DIR ?= build
JOBS ?= 2
DEBIAN_PACKAGES := cmake g++ make pkg-config qt6-base-dev qt6-httpserver-dev qt6-websockets-dev \
    qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql qt6-l10n-tools qt6-tools-dev-tools qt6-tools-dev qt6-translations-l10n \
    libqt6opengl6-dev libgl-dev libssl-dev libsqlite3-dev libsimdjson-dev postgresql xvfb xauth \
    clang libfuzzer-14-dev libclang-rt-14-dev python3 python3-botocore \
    dpkg-dev file desktop-file-utils appstream systemd prometheus \
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon

.PHONY: deps configure build run check bench package translations fuzz-check fuzz-long clean format

deps:
	@bash .ci/install-deps $(DEBIAN_PACKAGES)

$(BUILD_DIR)/CMakeCache.txt:
	cmake --preset ci

configure: deps $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	$(BUILD_DIR)/bin/bouncedesk

check: build
	cd $(BUILD_DIR) && ctest -j$(JOBS) --output-on-failure --timeout 300

# The listener throughput table (bench/README.md): HTTP and crypto ceilings, SQLite and PostgreSQL, one run.
bench: build
	bench/ingest/run-table.sh $(BUILD_DIR)

# The Debian packages bouncedesk and bouncedesk-listener, in $(BUILD_DIR)/packages (packaging/CMakeLists.txt).
package: build
	cd $(BUILD_DIR) && cpack -B packages

# Brings translations/*.ts up to date with the strings in the sources (lupdate); then translate what is new.
translations: deps
	translations/update.sh

# make check already fuzzes each target for 10 s (the fuzz_* CTest entries); these run only the fuzzers.
FUZZ_DIR ?= $(BUILD_DIR)/fuzz
FUZZ_SECONDS ?= 600

fuzz-check: deps
	tests/fuzz/fuzz.sh all $(FUZZ_DIR) 10

fuzz-long: deps
	tests/fuzz/fuzz.sh all $(FUZZ_DIR) $(FUZZ_SECONDS)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
