#!/bin/bash
# Checks the systemd units: required keys, ExecStart naming the built executable with options it knows,
# variables defined in listener.env.example, no secret on a command line, and `systemd-analyze verify`
# when it is available.
# usage: check-units.sh UNIT_DIR BUILT_CLI
set -u
dir=$1
cli=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

has() { # file key=value (exact line)
    grep -qxF -- "$2" "$dir/$1" || fail "$1 lacks '$2'"
}

# Command lines are world-readable (ps, /proc/PID/cmdline): a secret on one is no secret. Prints the
# Exec lines of a unit that pass a secret option (--basic-auth, --api-token, --database: the URL can
# carry a password), expand a secret variable, or spell out a URL with a password.
secrets_on_command_line() { # unit-file
    grep -E '^Exec[A-Za-z]*=' "$1" \
        | grep -E -- '--(basic-auth|api-token|database)([ =]|$)|\$\{?BOUNCEDESK_(DATABASE|BASIC_AUTH|API_TOKEN)([^A-Z_]|$)|://[^/@ ]+:[^/@ ]*@'
}
# The check itself must be able to fail: these lines must be caught, the last one must pass.
selftest=$(mktemp)
for bad in 'ExecStart=/usr/bin/bouncedesk-cli listen --api-token abc' \
    'ExecStart=/usr/bin/bouncedesk-cli listen --basic-auth=sns:pw' \
    'ExecStart=/usr/bin/bouncedesk-cli maintain --database ${BOUNCEDESK_DATABASE}' \
    'ExecStartPre=/usr/bin/env X=$BOUNCEDESK_API_TOKEN' \
    'ExecStart=/usr/bin/bouncedesk-cli stats --database postgresql://u:pw@db/x'; do
    echo "$bad" > "$selftest"
    [ -n "$(secrets_on_command_line "$selftest")" ] || fail "the secret check misses: $bad"
done
echo 'ExecStart=/usr/bin/bouncedesk-cli listen --basic-auth-file %d/basic-auth --api-token-file /etc/x' > "$selftest"
[ -z "$(secrets_on_command_line "$selftest")" ] || fail "the secret check refuses secret files"
rm -f "$selftest"

[ -x "$cli" ] || { echo "FAIL: built executable $cli not found"; exit 1; }
exe=$(basename "$cli")

for unit in bouncedesk-listener.service bouncedesk-report.service; do
    [ -f "$dir/$unit" ] || { fail "$unit missing"; continue; }
    for key in '[Unit]' '[Service]' 'User=bouncedesk' 'EnvironmentFile=/etc/bouncedesk/listener.env' \
        'NoNewPrivileges=true' 'ProtectSystem=strict' 'ProtectHome=true' 'PrivateTmp=true'; do
        has "$unit" "$key"
    done
    grep -q '^ExecStart=' "$dir/$unit" || fail "$unit has no ExecStart"
    leaked=$(secrets_on_command_line "$dir/$unit")
    [ -z "$leaked" ] || fail "$unit puts a secret on a command line (visible in ps): $leaked"
    while IFS= read -r line; do
        cmd=${line#ExecStart=}
        bin=${cmd%% *}
        case $bin in /*) ;; *) fail "$unit: ExecStart binary '$bin' is not an absolute path" ;; esac
        [ "$(basename "$bin")" = "$exe" ] || fail "$unit: ExecStart runs '$(basename "$bin")', the build makes '$exe'"
        # Every option the unit passes must be one the built command knows.
        sub=$(echo "$cmd" | awk '{print $2}')
        help=$("$cli" "$sub" --help 2>&1) || fail "$unit: '$exe $sub --help' failed"
        for opt in $(echo "$cmd" | grep -o -- '--[a-z-]*'); do
            echo "$help" | grep -qE -- "(^|[ ,])$opt([ ,=<]|\$)" || fail "$unit: '$exe $sub' has no option $opt"
        done
        for var in $(echo "$cmd" | grep -o '\${\?[A-Z_]*' | tr -d '${'); do
            grep -q "^#\?$var=" "$dir/listener.env.example" || fail "$unit uses \$$var, listener.env.example does not set it"
        done
    done < <(grep '^ExecStart=' "$dir/$unit")
done

for key in 'Restart=on-failure' 'KillSignal=SIGTERM' 'TimeoutStopSec=30' '[Install]' 'WantedBy=multi-user.target'; do
    has bouncedesk-listener.service "$key"
done
grep -q '^ExecStart=[^ ]* listen .*--listen ' "$dir/bouncedesk-listener.service" \
    || fail "the listener does not run 'listen --listen ...'"
# Secrets come from the environment file, which must be root's alone.
grep -q 'chmod 0600' "$dir/listener.env.example" || fail "listener.env.example does not say chmod 0600"
grep -E '^BOUNCEDESK_LISTEN_OPTIONS=.*--(basic-auth|api-token)([ =]|$)' "$dir/listener.env.example" \
    && fail "listener.env.example puts a secret into BOUNCEDESK_LISTEN_OPTIONS (a command line)"
has bouncedesk-report.service 'Type=oneshot'
[ "$(grep -cE '^ExecStart=[^ ]* maintain( |$)' "$dir/bouncedesk-report.service")" = 2 ] \
    || fail "bouncedesk-report.service should run 'maintain' and then 'maintain --report'"
grep '^ExecStart=' "$dir/bouncedesk-report.service" | head -1 | grep -q -- '--report' \
    && fail "bouncedesk-report.service must run maintenance before the report"
grep '^ExecStart=' "$dir/bouncedesk-report.service" | tail -1 | grep -q -- '--report' \
    || fail "bouncedesk-report.service must end with the report"
for key in '[Timer]' 'OnCalendar=weekly' 'Persistent=true' 'WantedBy=timers.target'; do
    has bouncedesk-report.timer "$key"
done

if command -v systemd-analyze > /dev/null; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    for f in bouncedesk-listener.service bouncedesk-report.service bouncedesk-report.timer; do
        # Point ExecStart at the built executable: verify checks that it exists.
        sed "s|^ExecStart=/[^ ]*/$exe |ExecStart=$cli |" "$dir/$f" > "$tmp/$f"
    done
    out=$(cd "$tmp" && systemd-analyze verify --man=no ./bouncedesk-listener.service ./bouncedesk-report.service \
        ./bouncedesk-report.timer 2>&1)
    # Only complaints about our units count; a container's own units may be noisy.
    ours=$(echo "$out" | grep -E 'bouncedesk-(listener|report)\.(service|timer)' || true)
    if [ -n "$ours" ]; then
        fail "systemd-analyze verify:"
        echo "$ours"
    else
        echo "systemd-analyze verify: clean"
    fi
else
    echo "SKIP: systemd-analyze not found; only the static checks above ran"
fi

[ $failures = 0 ] && echo "units OK" && exit 0
echo "$failures failure(s)"
exit 1
