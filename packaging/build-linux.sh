#!/usr/bin/env bash
# Builds a self-contained Tematik for Linux from `mvn package`:
#   target/dist/Tematik/            app image with a jlinked Java runtime (run bin/Tematik)
#   target/dist/tematik_*.deb       Debian package (needs fakeroot: apt-get install -y fakeroot), with --deb
# Usage: packaging/build-linux.sh [--deb] [--skip-build]
# Windows (.msi, needs WiX) and macOS (.dmg) are built the same way with jpackage on those systems
# (--type msi / --type dmg); jpackage cannot cross-build them.
set -euo pipefail
cd "$(dirname "$0")/.."

want_deb=false
build=true
for arg in "$@"; do
  case "$arg" in
    --deb) want_deb=true ;;
    --skip-build) build=false ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null | sed 's/-SNAPSHOT//')
[ -n "$version" ] || version=0.1.0
if $build; then
  mvn -B -q package -DskipTests
fi

rm -rf target/jpkg-in target/rt target/dist
mkdir -p target/jpkg-in target/dist
cp target/tematik.jar target/jpkg-in/
cp -r target/lib target/jpkg-in/lib

# The modules Tematik needs (chosen by hand: jdeps stalls on POI's modular jars, see shared toolchain notes).
jlink --add-modules java.base,java.desktop,java.sql,java.xml,java.logging,java.naming,java.management,java.scripting,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output target/rt

common=(--name Tematik --app-version "$version" --input target/jpkg-in --main-jar tematik.jar
        --main-class org.tematik.Main --runtime-image target/rt
        --description "Qualitative research coding with a tamper-evident audit trail" --vendor "Tematik")
jpackage --type app-image "${common[@]}" --dest target/dist
echo "app image: target/dist/Tematik (run target/dist/Tematik/bin/Tematik)"

if $want_deb; then
  jpackage --type deb "${common[@]}" --linux-package-name tematik --linux-package-deps libgtk-3-0 \
    --linux-shortcut --linux-menu-group Education --dest target/dist
  echo "deb: $(ls target/dist/*.deb)"
fi
