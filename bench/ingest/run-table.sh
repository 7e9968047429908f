#!/usr/bin/env bash
# The listener throughput table in one run (bench/README.md, "Listener throughput"): the same load
# generator (bench_ingest: the same signed notifications, C keep-alive connections) against
#   the HTTP ceiling   a trivial server on the listener's HTTP stack, answering 200 at once
#   SQLite             bouncedesk-cli listen on a new SQLite database (WAL, synchronous=FULL)
#   PostgreSQL         bouncedesk-cli listen on a new PostgreSQL 15 server (fsync on)
# plus `openssl speed` RSA-2048 verify on every core (the crypto ceiling), then prints a Markdown table.
#   bench/ingest/run-table.sh [BUILD_DIR] [MESSAGES] [CONNECTIONS]      (make bench)
# CLI=path/to/bouncedesk-cli measures another build's listener with this load generator (before/after).
set -euo pipefail
build=${1:-build}
messages=${2:-20000}
connections=${3:-64}
root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$build/bench/bin/bench_ingest"
[ -x "$bench" ] || { echo "no $bench: build first (make build)" >&2; exit 1; }
work=$(mktemp -d /tmp/bench-table.XXXXXX)
trap 'bash "$root/tests/support/pg-server.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

cores=$(nproc)
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $cores cores, $(free -g | awk '/^Mem:/{print $2}') GB; $(date -u '+%Y-%m-%d %H:%M UTC'); load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
load() { cut -d' ' -f1 /proc/loadavg; }

echo "load $(load): openssl speed rsa2048 on $cores cores..." >&2
openssl speed -multi "$cores" -seconds 5 rsa2048 > "$work/openssl.txt" 2>/dev/null
verify=$(awk '/^rsa 2048 bits/{print $NF}' "$work/openssl.txt")

run() { # label, then bench_ingest options
    local label=$1; shift
    echo "load $(load): $label..." >&2
    "$bench" --messages "$messages" --connections "$connections" --label "$label" "$@" > "$work/$label.txt"
    tail -n 1 "$work/$label.txt" >> "$work/results.jsonl"
}
run http-ceiling --trivial
cli=()
[ -n "${CLI:-}" ] && cli=(--cli "$CLI")
run sqlite "${cli[@]}"
PG_FSYNC=on bash "$root/tests/support/pg-server.sh" start "$work/pg" >/dev/null
run postgresql --database "$(cat "$work/pg/url")" "${cli[@]}"

python3 - "$work/results.jsonl" "$verify" "$cores" "$messages" "$connections" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
verify, cores, messages, connections = float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
http = next(r for r in rows if r["case"] == "http-ceiling")["per_second"]
print(f"\n{messages} signed notifications, {connections} keep-alive connections, each answered after its commit;")
print(f"crypto ceiling: openssl speed RSA-2048 verify on {cores} cores = {verify:,.0f}/s")
print("other CPU: cores kept busy by everything but the server and the load generator while the clock ran")
print("(the PostgreSQL server's own work included); near 0 means a quiet machine\n")
print("| case | per second | p50 | p99 | max | peak RSS | server CPU per message | other CPU (cores) | of HTTP ceiling | of crypto ceiling | failures |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    print(f"| {r['case']} | {r['per_second']:,.0f} | {r['p50_ms']:.1f} ms | {r['p99_ms']:.1f} ms | {r['max_ms']:.1f} ms "
          f"| {r['peak_rss_mib']:.0f} MiB | {r['server_cpu_us']:.0f} us | {r['other_cores']:.2f} | {r['per_second'] / http:.0%} | {r['per_second'] / verify:.0%} "
          f"| {r['failures']} |")
PY
