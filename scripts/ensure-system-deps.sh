#!/usr/bin/env bash
# Installs the system packages the tests need, only when they are missing:
# Chromium (browser tests, PDF) and poppler-utils (pdftotext). Called by `npm test` and `.ci/run`.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Fehlende Systempakete: ${missing[*]}. Bitte installieren (Debian/Ubuntu: sudo apt-get install -y ${missing[*]})." >&2
  exit 1
fi

echo "Installiere Systempakete: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
