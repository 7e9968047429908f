#!/bin/bash
# Builds the two Debian packages with cpack into a throw-away folder, unpacks them and checks what an
# admin would get: the files where Debian keeps them, Depends computed from the binaries, programs that
# start from the unpacked tree, a valid .desktop entry and AppStream data, hardened services, a
# root-only environment file, and maintainer scripts that create the user and enable the units.
# usage: check-debs.sh CPACK BUILD_DIR VERSION
set -u
cpack=$1
build=$2
version=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The highest exposure systemd-analyze may give a service (0 = locked down, 10 = exposed; "OK" is < 4).
max_exposure=3.0
exposure() { # unit-file: prints systemd-analyze's overall exposure level, e.g. 1.1
    systemd-analyze security --offline=yes "$1" 2>&1 | sed -n 's/^.*Overall exposure level for .*: \([0-9.]*\) .*$/\1/p'
}
below() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "" && a + 0 < b + 0) }'; }
# file-list: lists the regular files in a package, e.g. "./usr/bin/bouncedesk"
files_of() { dpkg-deb -c "$1" | awk '$1 ~ /^-/ { print $6 }' | sort; }

# The checks themselves must be able to fail: an unhardened unit is rated exposed, a missing file is missed.
if command -v systemd-analyze > /dev/null; then
    printf '[Service]\nExecStart=/bin/true\n' > "$tmp/bare.service"
    bare=$(exposure "$tmp/bare.service")
    [ -n "$bare" ] || fail "cannot read the exposure level from systemd-analyze security --offline=yes"
    below "$bare" "$max_exposure" && fail "the exposure check passes a bare unit (exposure $bare)"
fi
[ -z "$(comm -13 <(printf './a\n') <(printf './a\n./b\n'))" ] && fail "the file-list check misses a file"

echo "== cpack"
start=$SECONDS
if ! (cd "$tmp" && "$cpack" --config "$build/CPackConfig.cmake" -B "$tmp/out" > "$tmp/cpack.log" 2>&1); then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack failed"
    exit 1
fi
echo "cpack took $((SECONDS - start)) s"
arch=$(dpkg --print-architecture)
console=$tmp/out/bouncedesk_${version}_${arch}.deb
listener=$tmp/out/bouncedesk-listener_${version}_${arch}.deb
for deb in "$console" "$listener"; do
    [ -f "$deb" ] || { echo "FAIL: $(basename "$deb") not built; cpack made: $(ls "$tmp/out")"; exit 1; }
done

echo "== contents"
expected_console='./usr/bin/bouncedesk
./usr/share/applications/io.bouncedesk.Bouncedesk.desktop
./usr/share/doc/bouncedesk/aws-setup.md
./usr/share/doc/bouncedesk/copyright
./usr/share/doc/bouncedesk/operator-guide.md
./usr/share/icons/hicolor/scalable/apps/io.bouncedesk.Bouncedesk.svg
./usr/share/metainfo/io.bouncedesk.Bouncedesk.metainfo.xml'
expected_listener='./etc/bouncedesk/listener.env
./lib/systemd/system/bouncedesk-listener.service
./lib/systemd/system/bouncedesk-report.service
./lib/systemd/system/bouncedesk-report.timer
./usr/bin/bouncedesk-cli
./usr/share/bouncedesk/prometheus/bouncedesk-rules.yml
./usr/share/doc/bouncedesk-listener/copyright'
for pair in "$console:$expected_console" "$listener:$expected_listener"; do
    deb=${pair%%:*}
    expected=$(echo "${pair#*:}" | sort)
    actual=$(files_of "$deb")
    echo "$(basename "$deb"):"
    echo "$actual" | sed 's/^/  /'
    missing=$(comm -23 <(echo "$expected") <(echo "$actual"))
    extra=$(comm -13 <(echo "$expected") <(echo "$actual"))
    [ -z "$missing" ] || fail "$(basename "$deb") lacks: $missing"
    [ -z "$extra" ] || fail "$(basename "$deb") has files nobody asked for: $extra"
done
# Each package's copyright file names the licence and where its full text is on the system.
for pair in "$console:bouncedesk" "$listener:bouncedesk-listener"; do
    copyright=$(dpkg-deb --fsys-tarfile "${pair%%:*}" | tar -xO "./usr/share/doc/${pair#*:}/copyright")
    echo "$copyright" | grep -q '^License: GPL-3.0+$' && echo "$copyright" | grep -q '/usr/share/common-licenses/GPL-3' \
        || fail "${pair#*:} has no usable copyright file"
done
# Secrets live in listener.env: root's alone, in the archive and once unpacked.
dpkg-deb -c "$listener" | grep -qE '^-rw------- root/root .* \./etc/bouncedesk/listener\.env$' \
    || fail "listener.env is not -rw------- root/root in the package: $(dpkg-deb -c "$listener" | grep listener.env)"

echo "== control"
control() { dpkg-deb -f "$1" "$2"; }
[ "$(control "$console" Package)" = bouncedesk ] || fail "the console package is called $(control "$console" Package)"
[ "$(control "$listener" Package)" = bouncedesk-listener ] || fail "the listener package is called $(control "$listener" Package)"
for deb in "$console" "$listener"; do
    [ "$(control "$deb" Version)" = "$version" ] || fail "$(basename "$deb") has version $(control "$deb" Version)"
    depends=$(control "$deb" Depends)
    echo "$(control "$deb" Package) Depends: $depends"
    # dpkg-shlibdeps writes versioned dependencies from the libraries' symbols files; the hand-written
    # part (CPACK_DEBIAN_*_PACKAGE_DEPENDS) names no library.
    for lib in libc6 libqt6core6 libqt6sql6 libssl3; do
        echo "$depends" | grep -qE "(^|, )$lib \(>= [0-9]" || fail "$(basename "$deb") Depends lacks a computed '$lib (>= ...)'"
    done
    echo "$depends" | grep -qE '(^|, )libqt6sql6-sqlite(,|$)' || fail "$(basename "$deb") does not depend on the SQLite driver plugin"
done
grep -E '^set\(CPACK_DEBIAN_[A-Z]+_PACKAGE_DEPENDS' "$build/CPackConfig.cmake" | grep -q libqt6core6 \
    && fail "libqt6core6 is written into CPACK_DEBIAN_*_PACKAGE_DEPENDS by hand, not computed"
depends=$(control "$console" Depends)
for lib in libqt6widgets6 libqt6charts6 libqt6gui6 libqt6keychain1; do
    echo "$depends" | grep -qE "(^|, )$lib \(" || fail "bouncedesk Depends lacks $lib"
done
control "$console" Recommends | grep -qE '(^|, )libsecret-1-0(,|$)' \
    || fail "bouncedesk does not recommend libsecret-1-0 (QtKeychain loads it for the Secret Service)"
depends=$(control "$listener" Depends)
for lib in libqt6httpserver6 libqt6network6 libssl3 adduser; do
    echo "$depends" | grep -qE "(^|, )$lib( |,|$)" || fail "bouncedesk-listener Depends lacks $lib"
done
echo "$depends" | grep -qE 'libqt6(widgets|gui|charts)6' && fail "the headless listener depends on a GUI library: $depends"
# The listener reads its secrets from listener.env: it must run where no keyring (or D-Bus session) is.
echo "$depends" | grep -qE 'libqt6keychain|libsecret|libqt6dbus' && fail "the headless listener depends on a keyring library: $depends"

dpkg-deb -e "$listener" "$tmp/listener.control"
[ "$(cat "$tmp/listener.control/conffiles" 2>/dev/null)" = /etc/bouncedesk/listener.env ] \
    || fail "conffiles is not exactly /etc/bouncedesk/listener.env: $(cat "$tmp/listener.control/conffiles" 2>/dev/null)"
for script in postinst prerm postrm; do
    f=$tmp/listener.control/$script
    [ -x "$f" ] || { fail "the listener package has no executable $script"; continue; }
    sh -n "$f" || fail "$script is not valid sh"
done

echo "== maintainer scripts"
# postinst run against stand-ins that log their calls: a new installation creates the system user and
# enables both units; an upgrade with the user present creates nobody. Nothing on this machine changes.
stubs=$tmp/stubs
mkdir -p "$stubs"
for cmd in adduser deb-systemd-helper deb-systemd-invoke systemctl; do
    printf '#!/bin/sh\necho "%s $*" >> "%s/calls"\n' "$cmd" "$tmp" > "$stubs/$cmd"
    chmod +x "$stubs/$cmd"
done
printf '#!/bin/sh\n[ -f "%s/user-exists" ]\n' "$tmp" > "$stubs/getent"
chmod +x "$stubs/getent"
postinst=$tmp/listener.control/postinst
if [ -x "$postinst" ]; then
    : > "$tmp/calls"
    PATH=$stubs:$PATH "$postinst" configure || fail "postinst configure (new installation) failed"
    grep -qE '^adduser --system .*--group .*--home /var/lib/bouncedesk .*bouncedesk$' "$tmp/calls" \
        || fail "postinst does not create the system user bouncedesk: $(cat "$tmp/calls")"
    for unit in bouncedesk-listener.service bouncedesk-report.timer; do
        grep -qxF "deb-systemd-helper enable $unit" "$tmp/calls" || fail "postinst does not enable $unit"
    done
    touch "$tmp/user-exists"
    : > "$tmp/calls"
    PATH=$stubs:$PATH "$postinst" configure "$version" || fail "postinst configure (upgrade) failed"
    grep -q '^adduser' "$tmp/calls" && fail "postinst adds the user again on upgrade"
    : > "$tmp/calls"
    PATH=$stubs:$PATH "$tmp/listener.control/postrm" purge || fail "postrm purge failed"
    grep -qxF "deb-systemd-helper purge bouncedesk-listener.service" "$tmp/calls" \
        || fail "postrm purge does not forget the listener's enable state"
fi

echo "== unpacked"
root=$tmp/root
dpkg-deb -x "$console" "$root"
dpkg-deb -x "$listener" "$root"
[ "$(stat -c '%a %U' "$root/etc/bouncedesk/listener.env")" = "600 $(id -un)" ] \
    || fail "unpacked listener.env is $(stat -c '%a %U' "$root/etc/bouncedesk/listener.env"), not 600"
out=$("$root/usr/bin/bouncedesk-cli" --version 2>&1) || fail "bouncedesk-cli --version failed: $out"
echo "$out" | grep -qF "$version" || fail "bouncedesk-cli --version says '$out', not $version"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/bouncedesk" --version 2>&1) || fail "bouncedesk --version failed: $out"
echo "$out" | grep -qF "$version" || fail "bouncedesk --version says '$out', not $version"
# The SQL driver and platform plugins come from the system: the packaged programs open a database.
out=$(BOUNCEDESK_DATABASE=sqlite://$tmp/cli.db "$root/usr/bin/bouncedesk-cli" db migrate 2>&1) \
    || fail "the packaged bouncedesk-cli cannot create a SQLite database: $out"
out=$(HOME=$tmp XDG_CONFIG_HOME=$tmp/config BOUNCEDESK_DATABASE=sqlite://$tmp/console.db \
    timeout 60 "$root/usr/bin/bouncedesk" --screenshot "$tmp/console.png" 2>&1) \
    || fail "the packaged console cannot draw its window offscreen: $out"
[ -s "$tmp/console.png" ] || fail "the packaged console wrote no screenshot"

desktop=$root/usr/share/applications/io.bouncedesk.Bouncedesk.desktop
metainfo=$root/usr/share/metainfo/io.bouncedesk.Bouncedesk.metainfo.xml
if [ -f "$desktop" ]; then
    out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ] || fail "desktop-file-validate: $out"
    exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$root/usr/bin/$exec_bin" ] || fail "the .desktop entry runs '$exec_bin', which the package does not install"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "the .desktop icon '$icon' is not installed"
fi
if [ -f "$metainfo" ]; then
    out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "appstreamcli validate --no-net: $out"
    grep -qF '<launchable type="desktop-id">io.bouncedesk.Bouncedesk.desktop</launchable>' "$metainfo" \
        || fail "the AppStream data does not launch the installed .desktop entry"
    grep -qF "<release version=\"$version\"" "$metainfo" || fail "the AppStream data has no release $version"
fi
svg=$root/usr/share/icons/hicolor/scalable/apps/io.bouncedesk.Bouncedesk.svg
[ -f "$svg" ] && ! python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$svg" 2> /dev/null \
    && fail "the icon is not well-formed SVG"

echo "== units"
for unit in bouncedesk-listener.service bouncedesk-report.service; do
    f=$root/lib/systemd/system/$unit
    [ -f "$f" ] || continue
    while IFS= read -r bin; do
        [ -x "$root$bin" ] || fail "$unit runs $bin, which the package does not install"
    done < <(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$f")
    grep -qxF 'EnvironmentFile=/etc/bouncedesk/listener.env' "$f" || fail "$unit does not read /etc/bouncedesk/listener.env"
    if ! command -v systemd-analyze > /dev/null; then
        fail "systemd-analyze not found (Debian package systemd): the hardening of $unit is unchecked"
        continue
    fi
    level=$(exposure "$f")
    echo "$unit: exposure $level (the most allowed is $max_exposure)"
    below "$level" "$max_exposure" || fail "$unit: systemd-analyze security rates its exposure '$level', not below $max_exposure"
done

[ $failures = 0 ] && echo "packages OK" && exit 0
echo "$failures failure(s)"
exit 1
