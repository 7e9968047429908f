#!/usr/bin/env bash
# Repeated 64-connection bursts against one `bouncedesk-cli listen` process on SQLite: every request must
# be answered 2xx in every run (tests/model/listener/tst_listener_bursts, with bigger figures).
#   bench/ingest/repeat-bursts.sh [BUILD_DIR] [RUNS] [MESSAGES]     defaults: build 20 20000
set -euo pipefail
build=${1:-build}
runs=${2:-20}
messages=${3:-20000}
build=$(cd "$build" && pwd)
export BOUNCEDESK_CLI=$build/bin/bouncedesk-cli
export BOUNCEDESK_BURST_RUNS=$runs
export BOUNCEDESK_BURST_MESSAGES=$messages
export QT_QPA_PLATFORM=offscreen
exec "$build/tests/bin/tst_listener_bursts" -maxwarnings 0
