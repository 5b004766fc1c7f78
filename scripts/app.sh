#!/usr/bin/env bash
# Install the app's dependencies into .venv and run it on http://localhost:8501.
# Evaluations are kept in SQLite (data/winnow.db, or WINNOW_DATABASE_URL); a new database
# starts with the example proposals from examples/. With WINNOW_OWNER_DATABASE_URL set (a team's
# PostgreSQL under two roles, see the README), the schema is first migrated as that owner, and the
# app starts without the owner's URL in its environment.
set -euo pipefail
cd "$(dirname "$0")/.."
# Tesseract OCR reads scanned PDF pages and images of pages, in English and German (French, Spanish, Italian,
# Polish, Dutch and Portuguese pages again in their own language).
if ! command -v tesseract >/dev/null || ! compgen -G '/usr/share/tesseract-ocr/*/tessdata/deu.traineddata' >/dev/null \
   || ! compgen -G '/usr/share/tesseract-ocr/*/tessdata/pol.traineddata' >/dev/null; then
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-ita \
    tesseract-ocr-pol tesseract-ocr-nld tesseract-ocr-por >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
if [ -n "${WINNOW_OWNER_DATABASE_URL:-}" ]; then
  .venv/bin/python -m store migrate
  unset WINNOW_OWNER_DATABASE_URL
fi
exec .venv/bin/streamlit run server.py --server.headless true --browser.gatherUsageStats false "$@"
