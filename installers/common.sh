# shellcheck shell=sh
# shellcheck disable=SC2154 # installer_script is set by the script that sources this file
# Shared by installers/linux/build.sh and installers/macos/build.sh (sourced, POSIX sh): the steps both platforms
# take before their own packages, so the two scripts (and installers/windows/build.ps1, which does the same in
# PowerShell) stay in step. Every function exits with a message saying what to do when something is missing.

# installer_script: the sourcing script's name, for messages.
installer_fail() {
  echo "$installer_script: $*" >&2
  exit 1
}

# A JDK 25 with jpackage and jlink (found as ./mvnw finds it); sets JPACKAGE.
installer_find_jdk() {
  . .mvn/find-jdk.sh
  studio_find_jdk || exit 1
  JPACKAGE=$JAVA_HOME/bin/jpackage
  if [ ! -x "$JPACKAGE" ] || [ ! -x "$JAVA_HOME/bin/jlink" ]; then
    installer_fail "$JAVA_HOME has no jpackage or jlink: a full JDK 25 is needed, not a JRE ($1)"
  fi
  installer_jpackage_feature=$("$JPACKAGE" --version | sed -n 's/^\([0-9][0-9]*\).*/\1/p')
  [ "${installer_jpackage_feature:-0}" -ge 25 ] \
    || installer_fail "jpackage $("$JPACKAGE" --version) is older than 25 ($1)"
}

# The project version from pom.xml (the first <version> at two spaces' indent: the project's own), without its
# qualifier: jpackage takes numbers only (0.1.0-SNAPSHOT -> 0.1.0). Sets POM_VERSION and APP_VERSION.
installer_read_version() {
  POM_VERSION=$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -n 1)
  [ -n "$POM_VERSION" ] || installer_fail "cannot read the project version from pom.xml"
  APP_VERSION=${POM_VERSION%%-*}
  echo "$APP_VERSION" | grep -Eq '^[0-9]+(\.[0-9]+){0,2}$' \
    || installer_fail "pom.xml version '$POM_VERSION' does not start with 1 to 3 numbers (jpackage needs e.g. 1.2.3)"
}

# The JavaCPP platform of this machine (linux-x86_64, macosx-arm64, ...): the natives the image may hold.
installer_native_platform() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64|Linux-amd64) echo linux-x86_64 ;;
    Linux-aarch64|Linux-arm64) echo linux-arm64 ;;
    Darwin-arm64) echo macosx-arm64 ;;
    Darwin-x86_64) echo macosx-x86_64 ;;
    *) installer_fail "no installer for $(uname -s) $(uname -m)" ;;
  esac
}

# Builds target/studio with Maven unless told not to, then checks it is there.
installer_build_distribution() {
  if [ "$1" = true ]; then
    ./mvnw -B -q -DskipTests package || installer_fail "the Maven build failed"
  fi
  [ -f target/studio/lib/studio.jar ] || installer_fail "target/studio is missing: run without --no-build"
}

# Stages target/installer/input: the distribution's jars (without JavaFX, which jlink links into the runtime) and
# assets/. Refuses natives of another platform: the pom's OS profile chooses them, and a jar for the wrong one would
# only fail on the host's machine. $1: this machine's JavaCPP platform.
installer_stage_input() {
  installer_platform=$1
  installer_foreign=
  for installer_jar in target/studio/lib/*.jar target/studio/lib/javafx/*.jar; do
    installer_name=$(basename "$installer_jar")
    case $installer_name in
      *-linux-x86_64*|*-linux-arm64*|*-macosx-*|*-windows-*|*-android-*|*-ios-*)
        case $installer_name in
          *-"$installer_platform"*) ;;
          *) installer_foreign="$installer_foreign $installer_name" ;;
        esac ;;
    esac
    # JavaFX names its platforms differently: linux, linux-aarch64, mac, mac-aarch64, win.
    case $installer_platform:$installer_name in
      linux-x86_64:javafx-*-linux.jar|linux-arm64:javafx-*-linux-aarch64.jar) ;;
      macosx-x86_64:javafx-*-mac.jar|macosx-arm64:javafx-*-mac-aarch64.jar) ;;
      *:javafx-*) installer_foreign="$installer_foreign $installer_name" ;;
    esac
  done
  [ -z "$installer_foreign" ] || installer_fail "target/studio/lib holds natives for another platform than \
$installer_platform:$installer_foreign (the pom's OS profiles choose them: add one for this machine)"
  rm -rf target/installer/input
  mkdir -p target/installer/input
  cp target/studio/lib/*.jar target/installer/input/
  cp -R target/studio/assets target/installer/input/assets
}
