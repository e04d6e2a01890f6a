#!/usr/bin/env bash
# The main job: set everything up, then generate a sample practice, keep it as a verified
# store, and write its summary and reports (engagement progress, sponsor report, coaching
# hours, sessions calendar) under out/demo/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
# shellcheck disable=SC1091
source .venv/bin/activate
printf '\n== Sample practice\n'
python examples/python/sample_practice.py --out out/demo --seed 42 --scale small
