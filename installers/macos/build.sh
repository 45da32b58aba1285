#!/usr/bin/env bash
# Builds the macOS disk image of Live Studio with jpackage from JDK 25, from the project root's jpackage.cfg.
#   installers/macos/build.sh [dmg|pkg|app-image] [--no-build]      (default dmg; output: target/installers/)
# jpackage on macOS rejects an app-version whose first number is 0 (CFBundleVersion); while the pom says 0.x, set
# STUDIO_MAC_APP_VERSION (e.g. 1.0.0) to build anyway. Not signed or notarised yet (--mac-sign is a later step).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

type=dmg
build=true
for arg in "$@"; do
  case $arg in
    dmg|pkg|app-image) type=$arg ;;
    --no-build) build=false ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument '$arg' (dmg, pkg, app-image, --no-build)" >&2; exit 2 ;;
  esac
done

[ "$(uname -s)" = Darwin ] || { echo "build.sh: this script builds macOS packages and runs on macOS only" >&2; exit 1; }
. .mvn/find-jdk.sh
studio_find_jdk
jpackage=$JAVA_HOME/bin/jpackage
[ -x "$jpackage" ] || { echo "build.sh: $jpackage is missing; a full JDK 25 is needed (brew install --cask temurin@25)" >&2; exit 1; }
jpackage_feature=$("$jpackage" --version | sed -n 's/^\([0-9][0-9]*\).*/\1/p')
[ "${jpackage_feature:-0}" -ge 25 ] || { echo "build.sh: jpackage $("$jpackage" --version) is older than 25" >&2; exit 1; }
if [ "$type" = dmg ]; then
  command -v hdiutil > /dev/null || { echo "build.sh: hdiutil is missing" >&2; exit 1; }
fi

pom_version=$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -n 1)
[ -n "$pom_version" ] || { echo "build.sh: cannot read the project version from pom.xml" >&2; exit 1; }
app_version=${STUDIO_MAC_APP_VERSION:-${pom_version%%-*}}
case $app_version in
  0.*|0) echo "build.sh: jpackage on macOS rejects version $app_version (first number 0); set STUDIO_MAC_APP_VERSION" >&2; exit 1 ;;
esac

if $build; then
  ./mvnw -B -DskipTests package
fi
[ -f target/studio/lib/studio.jar ] || { echo "build.sh: target/studio is missing: run without --no-build" >&2; exit 1; }

dest=target/installers
mkdir -p "$dest"
cfg=jpackage.cfg
if [ "$type" = app-image ]; then
  cfg=target/jpackage-app-image.cfg
  grep -v '^--license-file' jpackage.cfg > "$cfg"
fi

echo "build.sh: jpackage $("$jpackage" --version), type $type, version $app_version (pom $pom_version)"
"$jpackage" "@$cfg" --type "$type" --app-version "$app_version" --dest "$dest" \
  --icon assets/icons/studio.icns \
  --mac-package-identifier live.studio --mac-package-name "Live Studio"
ls -l "$dest"
