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
# Qt Test's watchdog kills a test function after 5 minutes: 20 x 20,000 with the signing between runs takes
# longer (about 35 s a run here, several times that under a sanitizer). Allow 5 minutes a run.
export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-$((runs * 300000))}
# Only read by a BOUNCEDESK_TSAN build (the tsan preset); harmless otherwise. die_after_fork=0: the test
# starts the listener with QProcess while its own threads run, which TSan otherwise ends the test for.
export TSAN_OPTIONS=${TSAN_OPTIONS:-suppressions=$(cd "$(dirname "$0")/../.." && pwd)/tests/tsan.supp:die_after_fork=0}
exec "$build/tests/bin/tst_listener_bursts" -maxwarnings 0
