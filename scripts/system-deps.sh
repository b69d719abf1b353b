#!/bin/sh
# Install the Debian packages the full test suite uses (PostgreSQL for the store tests, Java for the Spark
# engine's, Chromium and an Arabic font for the browser tests), when they are missing and we can.
set -e
need=""
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
command -v java >/dev/null 2>&1 || need="$need default-jre-headless"
[ -x /usr/bin/chromium ] || need="$need chromium"
[ -d /usr/share/fonts/truetype/noto ] || need="$need fonts-noto-core"
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing:$need"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends $need >/dev/null
else
    echo "note:$need not installed (needs root and apt-get); the tests that use them will be skipped"
fi
