#!/bin/sh
# Install the Debian packages the full test suite uses, when they are missing and we can: PostgreSQL for
# the store tests, Java for the Spark engine's, pango, fonts and poppler for the PDF briefing's, Chromium
# for the browser tests.
set -e
need=""
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
command -v java >/dev/null 2>&1 || need="$need default-jre-headless"
# WeasyPrint draws with pango; the briefing's Arabic and Latin fonts; pdftotext reads the PDFs back
for pkg in libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-core fonts-hosny-amiri poppler-utils; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
done
[ -x /usr/bin/chromium ] || need="$need chromium"  # the web app's browser tests (Playwright drives it)
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing:$need"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends $need >/dev/null
else
    echo "note:$need not installed (needs root and apt-get); the tests that use them will be skipped"
fi
