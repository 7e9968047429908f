# The two commands in the README: `make run` and `make check`. Both install what is missing first.
BUILD_DIR ?= build
JOBS ?= 2
DEBIAN_PACKAGES := cmake g++ make pkg-config qt6-base-dev qt6-httpserver-dev qt6-websockets-dev \
    qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql qt6-l10n-tools qt6-tools-dev-tools \
    libqt6opengl6-dev libgl-dev libssl-dev postgresql xvfb xauth

.PHONY: deps configure build run check clean format

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

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
