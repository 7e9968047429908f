#!/bin/bash
# Per-thread cost of the listener over one bench_ingest run: CPU a message (perf stat task-clock) and
# the write system calls and bytes of each thread (/proc/<pid>/task/*/io, read just before it exits).
#   bench/ingest/threads.sh BUILD [bench_ingest options, e.g. --messages 20000 --cli OTHER/bin/bouncedesk-cli]
set -euo pipefail
build=${1:?usage: threads.sh BUILD [bench_ingest options]}
shift
messages=20000
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    [[ ${args[$i]} == --messages ]] && messages=${args[$((i + 1))]}
done
command -v perf > /dev/null || { echo "threads.sh needs perf (linux-perf)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$build/bench/bin/bench_ingest" --messages "$messages" "$@" > "$out/bench" 2>&1 &
bench=$!
pid=""
for _ in $(seq 1200); do # signing takes a while; the listener starts after it
    pid=$(pgrep -f "listen --database" | head -1 || true)
    [[ -n $pid ]] && grep -q "sending" "$out/bench" && break
    sleep 0.05
done
[[ -n $pid ]] || { cat "$out/bench" >&2; exit 1; }
perf stat --per-thread -e task-clock -p "$pid" -o "$out/stat" &
stat=$!
while kill -0 "$pid" 2> /dev/null; do
    for task in /proc/"$pid"/task/*; do
        printf '%s|%s\n' "$(cat "$task/comm" 2> /dev/null)" "$(awk '/^(syscw|wchar)/ {printf "%s ", $2}' "$task/io" 2> /dev/null)"
    done > "$out/io.now" 2> /dev/null && cp "$out/io.now" "$out/io"
    sleep 0.1
done
wait "$bench" || true
kill -INT "$stat" 2> /dev/null || true
wait "$stat" 2> /dev/null || true
grep -m1 "verified notifications" "$out/bench"
python3 - "$messages" "$out/stat" "$out/io" << 'EOF'
import re, sys
n = int(sys.argv[1])
print(f"{'thread':22} {'CPU us/msg':>10}")
for line in open(sys.argv[2]):
    m = re.match(r'\s*(.+?)-(\d+)\s+([\d,.]+)\s+msec\s+task-clock', line)
    if m:
        print(f"{m.group(1)[:22]:22} {float(m.group(3).replace(',', '')) * 1000 / n:10.1f}")
print(f"\n{'thread':22} {'writes':>9} {'bytes written':>14}")
for line in open(sys.argv[3]):
    name, _, rest = line.rstrip('\n').partition('|')
    fields = rest.split()
    if len(fields) == 2 and int(fields[1]) > 0:
        print(f"{name[:22]:22} {int(fields[1]):9,} {int(fields[0]):14,}")
EOF
