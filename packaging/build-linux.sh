#!/usr/bin/env bash
# Builds a self-contained Tematik for Linux from `mvn package`:
#   target/dist/Tematik/            app image with a jlinked Java runtime (run bin/Tematik; bin/tematik-cli for commands)
#   target/dist/tematik_*.deb       Debian package (needs fakeroot: apt-get install -y fakeroot), with --deb
# Usage: packaging/build-linux.sh [--deb | --msi | --dmg] [--skip-build]
#   --msi  on Windows only (Git Bash; needs WiX 3 on PATH): target/dist/Tematik-<version>.msi
#   --dmg  on macOS only: target/dist/Tematik-<version>.dmg
# jpackage cannot cross-build: each installer type is made on its own OS (see packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

want_deb=false
installer=""
build=true
for arg in "$@"; do
  case "$arg" in
    --deb) want_deb=true ;;
    --msi) installer=msi ;;
    --dmg) installer=dmg ;;
    --skip-build) build=false ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if $build; then
  mvn -B -q package -DskipTests
fi
[ -f target/tematik.jar ] || { echo "target/tematik.jar is missing: run mvn package (or drop --skip-build)" >&2; exit 1; }
# The project version: the first <version> of pom.xml (it has no parent); jpackage wants digits only.
version=$(sed -n '0,/<version>/s:.*<version>\([^<]*\)</version>.*:\1:p' pom.xml | sed 's/-SNAPSHOT//')
[ -n "$version" ] || version=0.1.0

rm -rf target/jpkg-in target/rt target/dist
mkdir -p target/jpkg-in target/dist
cp target/tematik.jar target/jpkg-in/
cp -r target/lib target/jpkg-in/lib

# The modules Tematik needs (chosen by hand: jdeps stalls on POI's modular jars, see shared toolchain notes).
# jdk.management: Lucene reads the JVM's flags through it (without it, every run warns on stderr), and
# `tematik bench` reads the collectors' notifications and JIT settings through it.
jlink --add-modules java.base,java.desktop,java.sql,java.xml,java.logging,java.naming,java.management,jdk.management,java.scripting,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output target/rt

common=(--name Tematik --app-version "$version" --input target/jpkg-in --main-jar tematik.jar
        --main-class org.tematik.Main --runtime-image target/rt
        --description "Qualitative research coding with a tamper-evident audit trail" --vendor "Tematik"
        --add-launcher tematik-cli=packaging/cli-launcher.properties)  # bin/tematik-cli: JVM flags for short runs
case "$(uname -s)" in
  Linux) common+=(--icon packaging/tematik.png) ;;  # .msi wants an .ico and .dmg an .icns: not made yet
esac
jpackage --type app-image "${common[@]}" --dest target/dist
echo "app image: target/dist/Tematik (run target/dist/Tematik/bin/Tematik; the command line: bin/tematik-cli)"

if $want_deb; then
  # jpackage 17 makes a menu entry for every launcher (linux-shortcut=false is ignored for added ones):
  # packaging/linux/tematik-cli.desktop hides the command-line one (NoDisplay)
  jpackage --type deb "${common[@]}" --linux-package-name tematik --linux-package-deps libgtk-3-0 \
    --linux-shortcut --linux-menu-group Education --resource-dir packaging/linux --dest target/dist
  echo "deb: $(ls target/dist/*.deb)"
fi

case "$installer" in
  msi) jpackage --type msi "${common[@]}" --win-menu --win-menu-group Tematik --win-shortcut --win-dir-chooser \
         --win-upgrade-uuid 6f1c3f0e-2b7a-4c55-9d0e-7f4a3c1e9b21 --dest target/dist ;;
  dmg) jpackage --type dmg "${common[@]}" --mac-package-name Tematik --mac-package-identifier org.tematik \
         --dest target/dist ;;
esac
