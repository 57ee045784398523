#!/usr/bin/env bash
# Benchmarks and fault runs against the real local stack (started on ports +3000, data in bench/target/stack).
# Prints a table per benchmark (absolute figures and the ratio to a baseline measured in the same run) and writes
# them into docs/performance.md; faults print PASS/FAIL with their evidence and make the exit code 1 on a failure.
# Builds the jars first when one is missing or a source changed after they were built. See docs/performance.md.
#
# Usage: ./bench.sh [all|gateway|pages|events|upload|fanout|startup|faults] [--no-build]
#   all       every benchmark, then the faults (about an hour on 2 cores)
#   gateway   GET /api/plans/{id} direct vs through the gateway, 1 and 16 clients
#   pages     the invitation page a letter opens vs the JSON call it wraps, p50/p99 through the gateway
#   events    MaterialSubmitted → readiness latency at 50 events/s vs raw Kafka
#   upload    10 MB PDF through the gateway into GridFS vs a raw GridFS write; memory during 20 at once
#   fanout    10,000 invitation letters to the SMTP sink vs a raw SMTP loop
#   startup   launcher start → all healthy and resident memory, default vs AOT cache
#   faults    the fault tests (bench/src/test/java/.../faults, Maven failsafe, -Pfaults): bad-input corpus, poison
#             event, kill -9 during uploads, Kafka outage; then with two processes of each service: kill -9 of one
#             documents-service during uploads, 10,000 letters with one notification-service killed (~45 minutes)
# Environment: BENCH_PORT_OFFSET (3000), BENCH_STARTUP_MINUTES (6), BENCH_PRODUCTION_JIT (true: the services with the
#   full tiered compiler, as in production; false: C1 only, as ./run.sh; startup always measures ./run.sh's way)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
. bin/jdk.sh
find_jdk || exit 1

usage() { sed -n '7,19s/^# \{0,1\}//p' "$0"; }

mode=all
build=true
for arg in "$@"; do
  case "$arg" in
    all|gateway|pages|events|upload|fanout|startup|faults) mode="$arg" ;;
    --no-build) build=false ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown argument: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

BENCH=bench/target/bench.jar
JARS=("$BENCH" local-stack/target/local-stack.jar gateway/target/gateway.jar plan-service/target/plan-service.jar
      agenda-service/target/agenda-service.jar notification-service/target/notification-service.jar
      documents-service/target/documents-service.jar web/target/web.jar)

# True when a jar is missing or any source, resource or pom changed after the oldest jar was built.
needs_build() {
  local jar oldest
  for jar in "${JARS[@]}"; do
    [ -f "$jar" ] || return 0
  done
  oldest=$(ls -t "${JARS[@]}" | tail -n 1)
  [ -n "$(find . \( -name target -o -name .data -o -name .git -o -name node_modules \) -prune -o \
            -type f \( -path '*/src/main/*' -o -name pom.xml \) -newer "$oldest" -print -quit)" ]
}

if $build && needs_build; then
  echo "Building (./mvnw -q -DskipTests package)..."
  if ! ./mvnw -o -q -DskipTests package; then
    echo "The offline build failed; trying once online (a dependency may still have to be downloaded)..."
    ./mvnw -q -DskipTests package
  fi
elif [ ! -f "$BENCH" ]; then
  echo "$BENCH is not built yet: run ./bench.sh without --no-build once." >&2
  exit 1
fi

offset="${BENCH_PORT_OFFSET:-3000}"
startup="${BENCH_STARTUP_MINUTES:-6}"  # how long the stack may take to become healthy; more on a busy machine
status=0
if [ "$mode" != faults ]; then
  # The stack's mail sink keeps up to 2,000 messages in this JVM; the fan-out reads them as they arrive.
  # The services run with the full tiered compiler, as production does (LocalStack.PRODUCTION_JIT), and each mode
  # warms the path up before measuring it, so that C2's compilations fall outside the windows (docs/performance.md);
  # BENCH_PRODUCTION_JIT=false measures them with C1 only, as ./run.sh starts them.
  java -Xmx1g -XX:+UseSerialGC -Dconference.stack.production-jit="${BENCH_PRODUCTION_JIT:-true}" \
    -Dbench.repository="$ROOT" -Dbench.portOffset="$offset" \
    -Dbench.startupMinutes="$startup" -jar "$BENCH" "$mode" || status=$?
fi
if [ "$mode" = faults ] || [ "$mode" = all ]; then
  # The fault checks are tests: failsafe runs every one of them (-Pfaults; the upstream modules' own tests are
  # skipped) on the jars built above, prints PASS/FAIL with the evidence, writes the faults block of
  # docs/performance.md, and fails the build when a check failed.
  echo "Fault checks (./mvnw -pl bench -am -Pfaults verify, ports +$offset)..."
  ./mvnw -B -o -q -pl bench -am -Pfaults -DskipTests -Dbench.portOffset="$offset" -Dbench.startupMinutes="$startup" \
    verify || status=1
fi
exit "$status"
