#!/usr/bin/env bash
# Remakes the README's screenshots from the sample article (seeds/):
#   docs/claims-sheet.png  the Claims sheet's first page, as LibreOffice draws the workbook
#   docs/review-page.png   the review page in Chromium, filtered to one speaker
# Needs what .ci/run installs (LibreOffice Calc, poppler-utils, Chromium).
# Example: bash scripts/screenshots.sh        (PY=/path/to/python to use another interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SPEAKER=${SPEAKER:-elkhan-velizade}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$PY" -m quotes extract seeds -o "$work/claims.xlsx" --html "$work/report.html" --nlp spacy >/dev/null
soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$work" \
    "$work/claims.xlsx" >/dev/null
# the first page of the PDF is the Claims sheet's first page; cropped to its upper part
pdftoppm -png -r 80 -f 1 -l 1 -x 20 -y 40 -W 840 -H 470 -singlefile "$work/claims.pdf" docs/claims-sheet

browser=$(command -v chromium || command -v chromium-browser)
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run "--user-data-dir=$work/chromium" --hide-scrollbars --window-size=900,1280 \
    --run-all-compositor-stages-before-draw --virtual-time-budget=3000 \
    "--screenshot=$PWD/docs/review-page.png" "file://$work/report.html#speaker=$SPEAKER" >/dev/null 2>&1
ls -l docs/claims-sheet.png docs/review-page.png
