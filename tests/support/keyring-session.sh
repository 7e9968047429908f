#!/bin/sh
# Runs a test in a D-Bus session of its own with a real, unlocked Secret Service (gnome-keyring-daemon),
# in a temporary home, so nothing touches the user's keyring or settings. Fails, never skips, when the
# session or the keyring cannot start (make deps installs dbus-daemon and gnome-keyring).
#   keyring-session.sh COMMAND [ARG...]
set -u
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" > /dev/null || { echo "FAIL: $tool not found (Debian packages dbus-daemon, gnome-keyring)"; exit 1; }
done
tmp=$(mktemp -d /tmp/bouncedesk-keyring.XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" \
    XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
# --unlock reads the login keyring's password from stdin and creates the keyring: no prompt is needed.
# The daemon leaves with the session's bus.
dbus-run-session -- sh -c '
    if ! printf test | gnome-keyring-daemon --unlock --components=secrets > "$XDG_RUNTIME_DIR/keyring.log" 2>&1; then
        echo "FAIL: gnome-keyring-daemon did not start in the test D-Bus session:"
        cat "$XDG_RUNTIME_DIR/keyring.log"
        exit 1
    fi
    exec "$@"' keyring-session "$@"
