#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine, then run every test
# (browser tests and a real PostgreSQL server included). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null || ! command -v pdftoppm >/dev/null || ! command -v tesseract >/dev/null \
   || ! compgen -G '/usr/share/tesseract-ocr/*/tessdata/deu.traineddata' >/dev/null \
   || ! compgen -G '/usr/share/tesseract-ocr/*/tessdata/pol.traineddata' >/dev/null \
   || ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium fonts-dejavu-core poppler-utils postgresql \
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-ita \
    tesseract-ocr-pol tesseract-ocr-nld tesseract-ocr-por >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt
exec .venv/bin/python -m pytest "$@"
