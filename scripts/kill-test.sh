#!/usr/bin/env bash
# Proves that an acknowledged answer survives a crash: builds the jar, then runs only AnswersSurviveKillIT, which
# starts the server with an empty data folder, answers KILL_TEST_ANSWERS questions (default 5) as the demo student
# in Chromium, kills the server with SIGKILL right after the last acknowledgement, restarts it and counts the
# answers it finds. Ends with the test's figure line.
set -euo pipefail
cd "$(dirname "$0")/.."
output=$(mktemp)
trap 'rm -f "$output"' EXIT

./sw mvn -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=AnswersSurviveKillIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dkill.answers="${KILL_TEST_ANSWERS:-5}" verify "$@" | tee "$output"

echo
grep '^Kill test:' "$output" || { echo "No figure line in the output: was the test skipped (no Chromium)?" >&2; exit 1; }
