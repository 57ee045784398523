# Sourced by ./run.sh, ./test.sh and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME (and JDK_MAJOR).
# Order: $JAVA_HOME, the javac on PATH, then the usual install folders. Fails loudly when none fits.

jdk_major() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    # Every JDK since 9 ships this file; reading it is much faster than starting a JVM per candidate.
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}

find_jdk() {
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    v=$(jdk_major "$c")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      export JAVA_HOME="$c"
      export JDK_MAJOR="$v"
      export PATH="$JAVA_HOME/bin:$PATH"
      if [ "$v" -ge 24 ]; then
        # Maven's own Guice uses sun.misc.Unsafe; JDK 24+ warns about it on every build unless told otherwise.
        case " ${MAVEN_OPTS:-} " in
          *--sun-misc-unsafe-memory-access=*) ;;
          *) export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
        esac
      fi
      return 0
    fi
  done
  echo "No JDK 21 or newer found (looked at JAVA_HOME, the javac on PATH and /usr/lib/jvm, /opt/java, ~/.sdkman)." >&2
  echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
  return 1
}
