#!/usr/bin/env bash
# Builds the fuzz targets with clang (tests/fuzz is a CMake project of its own) and runs them.
#   fuzz.sh build DIR                 configure DIR once with clang++, then build it (FUZZ_JOBS, default 1)
#   fuzz.sh run DIR TARGET SECONDS    fuzz one target for SECONDS from its seeds; the corpus grows in DIR/corpus
#   fuzz.sh all DIR SECONDS           build, then run every target in turn
# Targets: envelope ses cert_url suppression_csv. Exit status 77 (CTest's "skipped") when clang++ or its
# libFuzzer runtime is missing; non-zero when the build fails or a target crashes, leaks, hits UB or
# violates an invariant. The input that did it is left in DIR/artifacts and its path printed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
targets=(envelope ses cert_url suppression_csv)

usage() {
    sed -n "2,8p" "$0" >&2
    exit 2
}

need_clang() {
    if ! command -v clang++ >/dev/null 2>&1; then
        echo "clang++ not found: install clang and libfuzzer-14-dev (make deps); fuzzing skipped"
        exit 77
    fi
    # -fsanitize=fuzzer links compiler-rt's libFuzzer, which Debian ships in libclang-rt-14-dev.
    if [ "$(clang++ -print-file-name=libclang_rt.fuzzer-x86_64.a)" = libclang_rt.fuzzer-x86_64.a ]; then
        echo "clang's libFuzzer runtime not found: install libclang-rt-14-dev (make deps); fuzzing skipped"
        exit 77
    fi
}

build() {
    local dir=$1
    need_clang
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S "$here" -B "$dir" -DCMAKE_CXX_COMPILER=clang++ >"$dir.configure.log" 2>&1 \
            || { cat "$dir.configure.log"; exit 1; }
    fi
    cmake --build "$dir" -j"${FUZZ_JOBS:-1}"
}

# Read-only seed directories of a target (libFuzzer only writes to the first corpus directory, ours).
seeds() {
    local dir=$1 target=$2
    case $target in
    envelope)
        # The real SNS messages sit next to their certificates; give libFuzzer just the JSON.
        mkdir -p "$dir/seeds/envelope"
        for f in "$root"/tests/data/sns-real/*/message.json; do
            cp "$f" "$dir/seeds/envelope/$(basename "$(dirname "$f")").json"
        done
        echo "$dir/seeds/envelope"
        ;;
    ses) echo "$root/tests/model/ses/samples" ;;
    cert_url | suppression_csv) echo "$here/seeds/$target" ;;
    *) echo "unknown fuzz target '$target' (one of: ${targets[*]})" >&2; exit 2 ;;
    esac
    # Inputs that once found a bug are replayed on every run.
    if [ -d "$here/regressions/$target" ]; then echo "$here/regressions/$target"; fi
}

run() {
    local dir=$1 target=$2 seconds=$3
    need_clang
    local bin="$dir/bin/fuzz_$target"
    [ -x "$bin" ] || { echo "$bin is missing: run '$0 build $dir' first"; exit 1; }
    local seedDirs
    seedDirs=$(seeds "$dir" "$target")
    mkdir -p "$dir/corpus/$target" "$dir/artifacts" "$dir/logs"
    local log="$dir/logs/$target.log"
    echo "fuzz_$target: ${seconds}s, log $log"
    local status=0
    # libFuzzer's own exit codes (77 for a crash) must not read as CTest's "skipped": every finding is 1.
    # shellcheck disable=SC2086 # seedDirs is one directory per line
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$bin" -max_total_time="$seconds" -timeout=10 \
        -error_exitcode=1 -timeout_exitcode=1 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="$here/dict/$target.dict" \
        -artifact_prefix="$dir/artifacts/$target-" "$dir/corpus/$target" $seedDirs >"$log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        tail -n 80 "$log"
        echo "fuzz_$target FAILED (exit $status); reproduce with: $bin <file from the line 'Test unit written to'>"
        return 1
    fi
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log"
}

[ $# -ge 2 ] || usage
command=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd)
case $command in
build) build "$dir" ;;
run) [ $# -eq 4 ] || usage; run "$dir" "$3" "$4" ;;
all)
    [ $# -eq 3 ] || usage
    build "$dir"
    failed=()
    for t in "${targets[@]}"; do run "$dir" "$t" "$3" || failed+=("$t"); done
    if [ ${#failed[@]} -gt 0 ]; then echo "fuzz targets failed: ${failed[*]}"; exit 1; fi
    ;;
*) usage ;;
esac
