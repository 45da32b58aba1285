#!/usr/bin/env bash
# Builds the Linux package of Live Studio with jpackage from JDK 25, from the project root's jpackage.cfg.
#   installers/linux/build.sh [deb|rpm|app-image] [--no-build]
# Without a type: deb when dpkg-deb and fakeroot are installed, else rpm when rpmbuild is, else app-image.
# Output: target/installers/. Debian/Ubuntu tools: apt-get install fakeroot dpkg-dev (dpkg-deb); Fedora: rpm-build.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

type=
build=true
for arg in "$@"; do
  case $arg in
    deb|rpm|app-image) type=$arg ;;
    --no-build) build=false ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument '$arg' (deb, rpm, app-image, --no-build)" >&2; exit 2 ;;
  esac
done

# Tools: a JDK 25 with jpackage (found the same way as ./mvnw does), and the packager of the chosen type.
. .mvn/find-jdk.sh
studio_find_jdk
jpackage=$JAVA_HOME/bin/jpackage
[ -x "$jpackage" ] || { echo "build.sh: $jpackage is missing; a full JDK 25 is needed, not a JRE" >&2; exit 1; }
jpackage_feature=$("$jpackage" --version | sed -n 's/^\([0-9][0-9]*\).*/\1/p')
[ "${jpackage_feature:-0}" -ge 25 ] || { echo "build.sh: jpackage $("$jpackage" --version) is older than 25" >&2; exit 1; }

if [ -z "$type" ]; then
  if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then type=deb
  elif command -v rpmbuild > /dev/null; then type=rpm
  else type=app-image; echo "build.sh: neither dpkg-deb+fakeroot nor rpmbuild found: building an app-image" >&2
  fi
fi
case $type in
  deb) for tool in dpkg-deb fakeroot; do
         command -v "$tool" > /dev/null || { echo "build.sh: $tool is missing (apt-get install fakeroot dpkg-dev)" >&2; exit 1; }
       done ;;
  rpm) command -v rpmbuild > /dev/null || { echo "build.sh: rpmbuild is missing (dnf install rpm-build)" >&2; exit 1; } ;;
esac

# The version: the pom's project version without its qualifier (jpackage takes numbers only: 0.1.0-SNAPSHOT -> 0.1.0).
pom_version=$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -n 1)
[ -n "$pom_version" ] || { echo "build.sh: cannot read the project version from pom.xml" >&2; exit 1; }
app_version=${pom_version%%-*}

if $build; then
  ./mvnw -B -DskipTests package
fi
[ -f target/studio/lib/studio.jar ] || { echo "build.sh: target/studio is missing: run without --no-build" >&2; exit 1; }

dest=target/installers
mkdir -p "$dest"
cfg=jpackage.cfg
if [ "$type" = app-image ]; then
  # --license-file is only valid for installers.
  cfg=target/jpackage-app-image.cfg
  grep -v '^--license-file' jpackage.cfg > "$cfg"
  rm -rf "$dest/Live Studio"
fi

extra=()
case $type in
  deb) extra=(--linux-package-name live-studio --linux-shortcut --linux-menu-group AudioVideo --linux-app-category video
              --linux-deb-maintainer "maintainers@live-studio.invalid"
              --linux-package-deps "libasound2t64 | libasound2, libpulse0, libxcb1, libxcb-shm0, libx11-xcb1, libgtk-3-0t64 | libgtk-3-0") ;;
  rpm) extra=(--linux-package-name live-studio --linux-shortcut --linux-menu-group AudioVideo
              --linux-package-deps "alsa-lib, pulseaudio-libs, libxcb, libX11-xcb, gtk3") ;;
esac

echo "build.sh: jpackage $("$jpackage" --version), type $type, version $app_version (pom $pom_version)"
"$jpackage" "@$cfg" --type "$type" --app-version "$app_version" --dest "$dest" ${extra[@]+"${extra[@]}"}
ls -l "$dest"
