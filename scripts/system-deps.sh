#!/usr/bin/env bash
# System programs the tests run for real, installed from Debian only when missing, so a
# machine that has them (or cannot install: not root, no apt-get) is left alone. One place
# for both `make test` and .ci/run.
set -euo pipefail

missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr tesseract-ocr-eng)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# DejaVu Sans: the held-out renderer's Unicode font (a paper's "%% ligatures")
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: missing ${missing[*]} (install them with apt-get as root); the tests" \
         "that need them will skip" >&2
    exit 0
fi
apt-get update && apt-get install -y "${missing[@]}"
