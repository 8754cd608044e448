#!/usr/bin/env bash
# Regenerate the example letters after a change of output (tests/test_examples.py checks they are current).
set -euo pipefail
cd "$(dirname "$0")"
COVERLETTER=${COVERLETTER:-coverletter}
DATE=2026-11-27
for out in letter.md letter.docx; do
  "$COVERLETTER" generate profile.json posting.txt --offline --date "$DATE" -o "$out" --force
done
"$COVERLETTER" generate profile.json posting.txt --offline --date "$DATE" --template academic -o letter-academic.md --force
