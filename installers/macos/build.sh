#!/usr/bin/env bash
# Builds Live Studio's macOS application and disk image with jpackage from JDK 25 (run from anywhere, on a Mac):
#   installers/macos/build.sh [app-image] [dmg] [--no-build]
# Without a type: the app and the .dmg. --no-build uses target/studio as it is instead of running `./mvnw package`.
# Output: "target/installer/image/Live Studio.app", target/installer/Live Studio-VERSION.dmg.
#
# Environment:
#   STUDIO_MAC_APP_VERSION      the version to give macOS when the pom's starts with 0 (macOS refuses 0.x.y as a
#                               bundle version), e.g. 1.0.0
#   STUDIO_MAC_SIGNING_NAME     sign with the hardened runtime: the team or user part of your "Developer ID
#                               Application: NAME" certificate, e.g. "Example Shop Ltd (AB12CD34EF)"
#   STUDIO_MAC_SIGNING_KEYCHAIN the keychain holding that certificate (default: the login keychain)
#   STUDIO_MAC_NOTARY_PROFILE   notarise and staple the .dmg with this notarytool profile
#                               (xcrun notarytool store-credentials PROFILE ...); needs STUDIO_MAC_SIGNING_NAME
# Options: jpackage.cfg, installers/app-image.cfg, installers/package.cfg and the macOS ones below. docs/installers.md
# explains signing and notarisation, including why the natives inside the jars are signed here.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
installer_script=installers/macos/build.sh
. installers/common.sh

types=()
build=true
for arg in "$@"; do
  case $arg in
    app-image|dmg) types+=("$arg") ;;
    --no-build) build=false ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "$installer_script: unknown argument '$arg' (app-image, dmg, --no-build)" >&2; exit 2 ;;
  esac
done
[ ${#types[@]} -gt 0 ] || types=(app-image dmg)

[ "$(uname -s)" = Darwin ] || installer_fail "this script builds macOS packages and runs on macOS only"
installer_find_jdk "brew install --cask temurin@25, or https://adoptium.net/temurin/releases/?version=25"
for type in "${types[@]}"; do
  if [ "$type" = dmg ]; then
    command -v hdiutil > /dev/null || installer_fail "hdiutil is missing (it comes with macOS)"
  fi
done

signing=()
identity=
if [ -n "${STUDIO_MAC_SIGNING_NAME:-}" ]; then
  command -v codesign > /dev/null || installer_fail "codesign is missing: xcode-select --install"
  identity="Developer ID Application: $STUDIO_MAC_SIGNING_NAME"
  keychain=()
  [ -z "${STUDIO_MAC_SIGNING_KEYCHAIN:-}" ] || keychain=(--keychain "$STUDIO_MAC_SIGNING_KEYCHAIN")
  security find-identity -v -p codesigning ${STUDIO_MAC_SIGNING_KEYCHAIN:+"$STUDIO_MAC_SIGNING_KEYCHAIN"} \
    | grep -qF "\"$identity\"" \
    || installer_fail "no signing identity \"$identity\" in the keychain (security find-identity -v -p codesigning)"
  signing=(--mac-sign --mac-signing-key-user-name "$STUDIO_MAC_SIGNING_NAME"
           --mac-entitlements installers/macos/live-studio.entitlements)
  [ -z "${STUDIO_MAC_SIGNING_KEYCHAIN:-}" ] || signing+=(--mac-signing-keychain "$STUDIO_MAC_SIGNING_KEYCHAIN")
fi
if [ -n "${STUDIO_MAC_NOTARY_PROFILE:-}" ]; then
  [ -n "$identity" ] || installer_fail "notarisation needs a signed app: set STUDIO_MAC_SIGNING_NAME too"
  xcrun --find notarytool > /dev/null 2>&1 || installer_fail "notarytool is missing: install Xcode 13 or later"
fi

installer_read_version
case ${STUDIO_MAC_APP_VERSION:-$APP_VERSION} in
  0|0.*) installer_fail "macOS refuses version $APP_VERSION (a bundle version cannot start with 0): set \
STUDIO_MAC_APP_VERSION, e.g. STUDIO_MAC_APP_VERSION=1.0.0" ;;
esac
APP_VERSION=${STUDIO_MAC_APP_VERSION:-$APP_VERSION}
platform=$(installer_native_platform)
installer_build_distribution "$build"
installer_stage_input "$platform"

name="Live Studio"
dest=target/installer
app="$dest/image/$name.app"
echo "$installer_script: jpackage $("$JPACKAGE" --version), version $APP_VERSION (pom $POM_VERSION), natives $platform, \
${identity:+signed by $identity, }packages: ${types[*]}"

# JavaCPP's, FFmpeg's natives (and FFmpeg's executables) are files inside jars: jpackage signs the files of the bundle,
# not what is inside a jar, and notarisation opens jars and refuses unsigned Mach-O code in them. Sign them in place,
# in the staged copies of the jars. (JavaFX's natives are linked into the runtime image, where notarisation does not
# look; JavaFX extracts them to ~/.openjfx/cache at run time, which disable-library-validation allows.)
sign_natives_in_jars() {
  work=$dest/jar-natives
  for jar in "$dest"/input/*.jar; do
    rm -rf "$work"
    mkdir -p "$work"
    (cd "$work" && unzip -q "$root/$jar")
    signed=()
    while IFS= read -r -d '' file; do
      if file -b "$file" | grep -q 'Mach-O'; then
        codesign --force --timestamp --options runtime --sign "$identity" ${keychain[@]+"${keychain[@]}"} "$file"
        # jar's -C applies to the one file after it
        signed+=(-C "$work" "${file#"$work"/}")
      fi
    done < <(find "$work" -type f -print0)
    if [ ${#signed[@]} -gt 0 ]; then
      "$JAVA_HOME/bin/jar" --update --file "$jar" "${signed[@]}"
      echo "$installer_script: signed $(( ${#signed[@]} / 3 )) native files inside $(basename "$jar")"
    fi
  done
  rm -rf "$work"
}
[ -z "$identity" ] || sign_natives_in_jars

# jpackage takes the disk image's icon from the resource directory when it packages an existing app (otherwise its
# own): the resources are the Info.plist plus the icon, copied here.
resources=$dest/resources
rm -rf "$resources"
mkdir -p "$resources"
cp installers/macos/resources/* "$resources/"
cp assets/icons/studio.icns "$resources/$name-volume.icns"

# 1. The application: the jlink'ed runtime, the jars and assets, Contents/MacOS/Live Studio, the Info.plist with the
# camera and microphone usage descriptions; signed with the entitlements when a signing name is given.
rm -rf "$dest/image"
SECONDS=0
"$JPACKAGE" @jpackage.cfg @installers/app-image.cfg --type app-image --app-version "$APP_VERSION" \
  --icon assets/icons/studio.icns --resource-dir "$resources" \
  --mac-package-identifier live.studio --mac-package-name "$name" --mac-app-category video \
  ${signing[@]+"${signing[@]}"} --dest "$dest/image"
echo "$installer_script: app-image in $SECONDS s"

# 2. The disk image, from that app.
for type in "${types[@]}"; do
  [ "$type" = dmg ] || continue
  SECONDS=0
  dmg="$dest/$name-$APP_VERSION.dmg"
  rm -f "$dmg"
  "$JPACKAGE" --type dmg @jpackage.cfg @installers/package.cfg --app-version "$APP_VERSION" --app-image "$app" \
    --resource-dir "$resources" --dest "$dest"
  if [ -n "$identity" ]; then
    codesign --force --timestamp --sign "$identity" ${keychain[@]+"${keychain[@]}"} "$dmg"
  fi
  if [ -n "${STUDIO_MAC_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$STUDIO_MAC_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
  fi
  echo "$installer_script: dmg in $SECONDS s"
done

echo "$installer_script: built in $dest:"
du -sh "$app"
ls -l "$dest"/*.dmg 2> /dev/null || true
