#!/usr/bin/env bash
# The whole check: builds every module and runs every test, as CI does. Extra arguments go to Maven,
# e.g. ./test.sh -pl local-stack   or   ./test.sh -Dtest=MailSinkTests -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
. bin/jdk.sh
find_jdk || exit 1

exec ./mvnw -B verify "$@"
