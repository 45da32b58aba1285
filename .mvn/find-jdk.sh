# Sourced by mvnw, .ci/run and the studio launcher: makes JAVA_HOME point at a JDK 25 or newer.
# Keeps a JAVA_HOME that already qualifies; otherwise looks in the usual install places of
# Debian/Ubuntu, Fedora, SDKMAN!, macOS and Windows (Git Bash). POSIX sh, no bashisms.

studio_java_feature() {
  # prints the feature release (17, 25, ...) of the java at $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

studio_find_jdk() {
  studio_required=25
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    studio_feature=$(studio_java_feature "$JAVA_HOME/bin/java")
    if [ -n "$studio_feature" ] && [ "$studio_feature" -ge "$studio_required" ]; then
      return 0
    fi
  fi
  for studio_candidate in \
      /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25* /usr/lib/jvm/jdk-25* /usr/lib/jvm/*25* \
      "${HOME:-/nonexistent}"/.sdkman/candidates/java/25* \
      /Library/Java/JavaVirtualMachines/*25*/Contents/Home \
      "/c/Program Files/Eclipse Adoptium/"jdk-25* "/c/Program Files/Java/"jdk-25* \
      /usr/lib/jvm/* ; do
    [ -x "$studio_candidate/bin/javac" ] || continue
    studio_feature=$(studio_java_feature "$studio_candidate/bin/java")
    if [ -n "$studio_feature" ] && [ "$studio_feature" -ge "$studio_required" ]; then
      JAVA_HOME="$studio_candidate"
      export JAVA_HOME
      return 0
    fi
  done
  echo "No JDK $studio_required found. Install one (https://adoptium.net/temurin/releases/?version=25," >&2
  echo "or 'apt-get install temurin-25-jdk' from packages.adoptium.net) and set JAVA_HOME to it." >&2
  return 1
}
