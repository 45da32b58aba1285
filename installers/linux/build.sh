#!/usr/bin/env bash
# Builds Live Studio's Linux application image and packages with jpackage from JDK 25 (run from anywhere):
#   installers/linux/build.sh [app-image] [deb] [rpm] [--no-build]
# Without a type: the app image, then a .deb when dpkg-deb and fakeroot are installed and an .rpm when rpmbuild is.
# A type named on the command line must be built (its tools missing is an error). --no-build uses target/studio as
# it is instead of running `./mvnw package` first.
# Output: target/installer/image/live-studio/ (the app image), target/installer/live-studio_VERSION_amd64.deb,
# target/installer/live-studio-VERSION-1.x86_64.rpm. Options: jpackage.cfg, installers/app-image.cfg,
# installers/package.cfg and the Linux ones below; docs/installers.md says what each package holds and needs.
# Environment: STUDIO_DEB_MAINTAINER, the .deb's maintainer address; dpkg-deb's own DPKG_DEB_COMPRESSOR_TYPE
# (gzip builds the .deb in a quarter of xz's time, 20 % larger).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
installer_script=installers/linux/build.sh
. installers/common.sh

types=()
build=true
for arg in "$@"; do
  case $arg in
    app-image|deb|rpm) types+=("$arg") ;;
    --no-build) build=false ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "$installer_script: unknown argument '$arg' (app-image, deb, rpm, --no-build)" >&2; exit 2 ;;
  esac
done

[ "$(uname -s)" = Linux ] || installer_fail "this script builds Linux packages and runs on Linux only"
installer_find_jdk "Debian/Ubuntu: apt-get install temurin-25-jdk from packages.adoptium.net; Fedora: dnf install java-25-openjdk-devel"

has() { command -v "$1" > /dev/null; }
deb_tools() { has dpkg-deb && has dpkg && has fakeroot; }
deb_advice="dpkg-deb and fakeroot are needed for a .deb (Debian/Ubuntu: apt-get install dpkg-dev fakeroot)"
rpm_advice="rpmbuild is needed for an .rpm (Fedora: dnf install rpm-build; Debian/Ubuntu: apt-get install rpm)"
if [ ${#types[@]} -eq 0 ]; then
  types=(app-image)
  if deb_tools; then types+=(deb); else echo "$installer_script: no .deb: $deb_advice" >&2; fi
  if has rpmbuild; then types+=(rpm); else echo "$installer_script: no .rpm: $rpm_advice" >&2; fi
fi
for type in "${types[@]}"; do
  case $type in
    deb) deb_tools || installer_fail "$deb_advice" ;;
    rpm) has rpmbuild || installer_fail "$rpm_advice" ;;
  esac
done

installer_read_version
platform=$(installer_native_platform)
case $platform in
  linux-x86_64) deb_architecture=amd64; lib_suffix='()(64bit)' ;;
  linux-arm64) deb_architecture=arm64; lib_suffix='()(64bit)' ;;
esac
installer_build_distribution "$build"
installer_stage_input "$platform"

# The launcher is a command as well as a menu entry: live-studio, without a space. The menu shows "Live Studio"
# (installers/linux/resources/live-studio.desktop).
name=live-studio
dest=target/installer
image=$dest/image/$name
echo "$installer_script: jpackage $("$JPACKAGE" --version), version $APP_VERSION (pom $POM_VERSION), natives $platform, packages: ${types[*]}"

# 1. The application image: the jlink'ed runtime, the jars and assets, the launcher bin/live-studio.
rm -rf "$dest/image"
SECONDS=0
"$JPACKAGE" @jpackage.cfg @installers/app-image.cfg --type app-image --name "$name" --app-version "$APP_VERSION" \
  --icon assets/icons/studio-512.png --dest "$dest/image"
echo "$installer_script: app-image in $SECONDS s"

# 2. The packages, each from that image. What the natives inside the jars load from the system (jpackage finds what
# the runtime's own libraries need by itself): GTK 3, Xtst, GL and Xxf86vm for JavaFX's window (GTK brings pango,
# cairo, glib and X11), ALSA and PulseAudio for the microphone, XCB and XCB-SHM for screen capture, FreeType and
# fontconfig for text, libstdc++ for JavaCPP. Debian names changed with the 64-bit time_t transition (…t64).
deb_dependencies="libgtk-3-0t64 | libgtk-3-0, libxtst6, libgl1, libxxf86vm1, libasound2t64 | libasound2, libpulse0, \
libxcb1, libxcb-shm0, libfreetype6, libfontconfig1, libstdc++6"
rpm_dependencies=""
for soname in libgtk-3.so.0 libXtst.so.6 libGL.so.1 libXxf86vm.so.1 libasound.so.2 libpulse.so.0 libxcb.so.1 \
              libxcb-shm.so.0 libfreetype.so.6 libfontconfig.so.1 libstdc++.so.6; do
  rpm_dependencies="${rpm_dependencies:+$rpm_dependencies, }$soname$lib_suffix"
done
# jpackage takes the menu icon from the resource directory when it packages an existing image (it ignores --icon
# then and would install its own Duke): the resources are the .desktop file plus the 512 px icon, copied here.
resources=$dest/resources
rm -rf "$resources"
mkdir -p "$resources"
cp installers/linux/resources/* "$resources/"
cp assets/icons/studio-512.png "$resources/$name.png"
common=(@jpackage.cfg @installers/package.cfg --name "$name" --app-version "$APP_VERSION" --app-image "$image"
        --resource-dir "$resources"
        --linux-package-name "$name" --linux-shortcut --linux-menu-group "AudioVideo;Video;" --dest "$dest")
for type in "${types[@]}"; do
  SECONDS=0
  case $type in
    app-image) continue ;;
    deb)
      rm -f "$dest/${name}_${APP_VERSION}"-*"_$deb_architecture.deb" "$dest/${name}_${APP_VERSION}_$deb_architecture.deb"
      "$JPACKAGE" --type deb "${common[@]}" --linux-app-category video \
        --linux-deb-maintainer "${STUDIO_DEB_MAINTAINER:-maintainers@live-studio.invalid}" \
        --linux-package-deps "$deb_dependencies" ;;
    rpm)
      rm -f "$dest/$name-$APP_VERSION"-*.rpm
      "$JPACKAGE" --type rpm "${common[@]}" --linux-app-category "Applications/Multimedia" \
        --linux-rpm-license-type "GPL-3.0-or-later" --linux-package-deps "$rpm_dependencies" ;;
  esac
  echo "$installer_script: $type in $SECONDS s"
done

echo "$installer_script: built in $dest:"
du -sh "$image"
ls -l "$dest"/*.deb "$dest"/*.rpm 2> /dev/null || true
