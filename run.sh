#!/usr/bin/env bash
# Runs the whole system on this machine with nothing but a JDK 21+: a real Kafka broker, a MongoDB-compatible
# server, a mail sink with a web inbox, the four services, the gateway and the web pages. Builds what changed first.
# Prints every address once all is healthy; Ctrl-C stops everything. See docs/running.md.
#
# Usage: ./run.sh [options]
#   --clean             wipe the data folder first (Kafka topics, databases, secrets, logs)
#   --demo              load the demo data once everything is healthy (its clock: see --clock)
#   --clock <time>      run the services' clock from this moment, e.g. 2024-07-26T08:00+07:00
#                       (Asia/Ho_Chi_Minh when no offset is given); 'now' for the real clock.
#                       --demo alone sets the demo's own moment, 2024-07-26T08:00+07:00
#   --no-build          do not build; run the jars already in */target
#   --fast-start        start the services from AOT caches (JDK 25+; CDS on 21-24): about half the start-up time,
#                       after a one-off training run of about a minute that is repeated only when a jar changes
#   --infra-only        start only Kafka, the MongoDB-compatible server and the mail sink
#   --port-offset <n>   add n to every port (to run beside another stack)
#   --replicas <n>      run n processes (2 or 3) of each service and of the web pages, the second on
#                       its port + 100 (plan-service 8081, 8181), the gateway balancing between them
#   --data <folder>     keep data somewhere other than ./.data
#   --timeout <seconds> how long start-up may take before giving up (default 240)
#   --help              show this text
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
. bin/jdk.sh
find_jdk || exit 1

build=true
launcher_args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --help|-h) sed -n '6,22s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) launcher_args+=("$arg") ;;
  esac
done

LAUNCHER=local-stack/target/local-stack.jar
JARS=("$LAUNCHER" gateway/target/gateway.jar plan-service/target/plan-service.jar
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
            -type f \( -path '*/src/*' -o -name pom.xml -o -path './.mvn/*' \) -newer "$oldest" -print -quit)" ]
}

build() {
  local started=$SECONDS log
  log=$(mktemp)
  # Offline is faster and needs no network; the first build on a machine (or after a dependency was added)
  # has to download, so it falls back to an online build once.
  echo "Building (./mvnw -q -DskipTests package)..."
  if [ -d "$HOME/.m2/repository" ] && ./mvnw -o -q -DskipTests package >"$log" 2>&1; then
    :
  elif [ ! -d "$HOME/.m2/repository" ] || grep -q -i -E 'offline mode|offline:|has not been downloaded' "$log"; then
    echo "Downloading dependencies from Maven Central (first build on this machine)..."
    if ! ./mvnw -q -DskipTests package; then
      echo "The build failed; see the messages above." >&2
      rm -f "$log"
      exit 1
    fi
  else
    cat "$log" >&2
    echo "The build failed; see the messages above. (./run.sh --no-build runs the jars already built.)" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
  echo "Built in $((SECONDS - started)) s."
}

if $build; then
  if needs_build; then
    build
  else
    echo "The jars are up to date with the sources; not building."
  fi
elif [ ! -f "$LAUNCHER" ]; then
  echo "$LAUNCHER is not built yet: run ./run.sh without --no-build once." >&2
  exit 1
fi

# exec: Ctrl-C and SIGTERM reach the launcher itself, whose shutdown hook stops every child.
exec java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$LAUNCHER" ${launcher_args[@]+"${launcher_args[@]}"}
