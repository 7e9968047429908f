#!/bin/bash
# Updates the .ts files from the sources (make translations): German and Spanish in full, English for
# plural forms only. Relative locations keep the context a translator needs; -no-obsolete drops
# strings the code no longer has, so the completeness test sees only what the program shows.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
# TS_DIR: where the .ts files are (the completeness test updates copies elsewhere).
ts_dir=${TS_DIR:-$here}
cd "$root"
langs=${*:-"de es en"}
for lang in $langs; do
    extra=()
    [[ $lang == en ]] && extra=(-pluralonly)
    "$lupdate" -silent -no-obsolete -locations relative "${extra[@]}" app model ui \
        -source-language en -target-language "$lang" -ts "$ts_dir/bouncedesk_$lang.ts"
done
