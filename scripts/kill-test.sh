#!/usr/bin/env bash
# Proves that acknowledged answers survive a crash: builds the jar, then runs only the two kill tests. Each starts the
# server with an empty data folder and kills it with SIGKILL right after the last acknowledgement, restarts it and
# counts the answers it finds. AnswersSurviveKillIT answers KILL_TEST_ANSWERS quiz questions (default 5) as the demo
# student; LiveAnswersSurviveKillIT has the demo student and KILL_TEST_LIVE_STUDENTS nicknames (default 4) answer two
# questions of a live session and kills the server while the second is open. Ends with the tests' figure lines.
set -euo pipefail
cd "$(dirname "$0")/.."
output=$(mktemp)
trap 'rm -f "$output"' EXIT

./sw mvn -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='AnswersSurviveKillIT,LiveAnswersSurviveKillIT' -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dkill.answers="${KILL_TEST_ANSWERS:-5}" -Dkill.live-students="${KILL_TEST_LIVE_STUDENTS:-4}" verify "$@" | tee "$output"

echo
lines=$(grep -E '^(Live kill test|Kill test):' "$output") || true
echo "$lines"
[ "$(printf '%s\n' "$lines" | grep -c .)" -eq 2 ] || { echo "Not both figure lines in the output: was a test skipped (no Chromium)?" >&2; exit 1; }
