#!/bin/sh
# Runs a test with no D-Bus session bus at all (so no keyring), in a temporary home.
#   no-dbus-session.sh COMMAND [ARG...]
set -u
tmp=$(mktemp -d /tmp/bouncedesk-nodbus.XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" \
    XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Without an address, libdbus would look at $XDG_RUNTIME_DIR/bus (empty here) and autolaunch needs X.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
"$@"
