#!/usr/bin/env bash
# Builds the installable Gramsci Lens: a jlink runtime holding the JDK modules the app uses and JavaFX,
# a jpackage app image with the bundled course, an AppCDS archive for a fast start, and (on Linux) a .deb.
# Run by 'mvn -Ppackage package', which first copies the jars this script needs; see packaging/README.md.
#
#   packaging/build.sh --jar APP.jar --libs DIR --javafx DIR --version V --out DIR [--types "app-image deb"]
#
#   --jar      the app's own (thin) jar, target/gramsci-lens-<version>.jar
#   --libs     its runtime dependencies, JavaFX excluded (they go on the class path)
#   --javafx   the JavaFX jars from Maven, platform-specific ones included (they go into the runtime)
#   --types    what to build: app-image always; deb (Linux), msi (Windows), dmg (macOS) as asked
set -euo pipefail

NAME=gramsci-lens
MAIN_CLASS=org.gramscilens.Main
VENDOR="Gramsci Lens contributors"
DESCRIPTION="An offline course on medical leadership read through Antonio Gramsci's ideas"
# JDK modules found by jdeps over the app and its dependencies, plus en locale data, extra charsets and
# java.management (bench lesson-switch reads the FX thread's CPU time);
# JavaFX modules come from the JavaFX jars.
MODULES=java.base,java.datatransfer,java.desktop,java.logging,java.management,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.charsets,jdk.localedata,javafx.controls,javafx.swing

here="$(cd "$(dirname "$0")" && pwd)"
project="$(dirname "$here")"
types="app-image"
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --libs) libs="$2"; shift 2 ;;
    --javafx) javafx="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --types) types="${2//,/ }"; shift 2 ;;
    *) echo "build.sh: unknown argument '$1' (see the comment at the top of the script)" >&2; exit 2 ;;
  esac
done
for v in jar libs javafx version out; do
  [ -n "${!v:-}" ] || { echo "build.sh: --$v is required" >&2; exit 2; }
done

say() { echo "[package] $*"; }
die() { echo "[package] error: $*" >&2; exit 1; }

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
[ -d "$JAVA_HOME/jmods" ] || die "no jmods in $JAVA_HOME: jlink needs them (Debian: openjdk-17-jdk-headless; set JAVA_HOME to a full JDK)"
jlink="$JAVA_HOME/bin/jlink"
jpackage="$JAVA_HOME/bin/jpackage"

case "$(uname -s)" in
  Linux) os=linux; natives='*.so'; native_dir=lib ;;
  Darwin) os=mac; natives='*.dylib'; native_dir=lib ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; natives='*.dll'; native_dir=bin ;;
  *) die "unsupported system $(uname -s)" ;;
esac

# The platform JavaFX jars are the ones with a classifier (javafx-graphics-21.0.11-linux.jar); the
# plain ones are empty placeholders Maven resolves beside them.
fx_jars=()
while IFS= read -r f; do fx_jars+=("$f"); done < <(ls "$javafx"/javafx-*.jar | grep -E -- '-[0-9][0-9.]*-[a-z][a-z0-9-]*\.jar$')
[ ${#fx_jars[@]} -ge 3 ] || die "no platform JavaFX jars in $javafx"
fx_path="$(IFS=:; echo "${fx_jars[*]}")"
[ "$os" = windows ] && fx_path="$(IFS=';'; echo "${fx_jars[*]}")"

rm -rf "$out/runtime" "$out/input" "$out/image"
mkdir -p "$out"

say "jlink: runtime with $MODULES"
sep=:; [ "$os" = windows ] && sep=';'
"$jlink" --module-path "$JAVA_HOME/jmods$sep$fx_path" --add-modules "$MODULES" \
  --include-locales=en --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$out/runtime"
# The no-compressed-oops archive serves heaps over 32 GB only.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
# JavaFX jars carry their native libraries as resources; left there, JavaFX would unpack them into
# ~/.openjfx/cache on first start. In the runtime's library folder they load directly.
for f in "${fx_jars[@]}"; do
  unzip -q -o -j "$f" "$natives" -d "$out/runtime/$native_dir" 2>/dev/null || true
done

say "staging the class path and the bundled course"
mkdir -p "$out/input"
cp "$jar" "$out/input/"
cp "$libs"/*.jar "$out/input/"
cp -r "$project/content" "$out/input/content"

icon="$here/icon/$NAME.png"
[ "$os" = windows ] && icon="$here/icon/$NAME.ico"
[ "$os" = mac ] && icon="$here/icon/$NAME.icns"

# $APPDIR is the launcher's own folder of app files (lib/app on Linux), expanded by the launcher.
# Start-up on small machines (docs/performance.md has the figures): on 2 cores the C2 compiler's threads
# compete with the toolkit and the course loader, and C1 alone paints the first lesson about a third
# sooner; long computations (searching 1,000 lessons, a 1 MB lesson) run up to 1.8 times slower, well
# inside their goals. SerialGC and a 64 MB initial heap keep the memory close to an empty window's.
# -Xlog: JVM warnings (a CDS archive that no longer matches, say) go to stderr, so that the command
# line's output stays only the app's.
java_options=(
  --java-options '-Dgramsci.content=$APPDIR/content'
  --java-options '-XX:SharedArchiveFile=$APPDIR/app.jsa'
  --java-options '-XX:TieredStopAtLevel=1'
  --java-options '-XX:+UseSerialGC'
  --java-options '-Xms64m'
  --java-options '-Xlog:disable'
  --java-options '-Xlog:all=warning:stderr'
)
common=(--name "$NAME" --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION"
  --copyright "CC BY-SA 4.0 course; code by $VENDOR")

say "jpackage: app image"
extra=()
if [ "$os" = windows ]; then
  # The main launcher is a windowed program; a second, console launcher serves the command line.
  extra+=(--add-launcher "$NAME-cli=$here/windows/cli-launcher.properties")
fi
"$jpackage" --type app-image "${common[@]}" --icon "$icon" \
  --runtime-image "$out/runtime" --input "$out/input" \
  --main-jar "$(basename "$jar")" --main-class "$MAIN_CLASS" "${java_options[@]}" "${extra[@]}" \
  --dest "$out/image"

case "$os" in
  linux) image="$out/image/$NAME"; launcher="$image/bin/$NAME"; appdir="$image/lib/app" ;;
  mac) image="$out/image/$NAME.app"; launcher="$image/Contents/MacOS/$NAME"; appdir="$image/Contents/app" ;;
  windows) image="$out/image/$NAME"; launcher="$image/$NAME-cli.exe"; appdir="$image/app" ;;
esac

# On Linux jpackage's native launcher asks rpm and then dpkg which package owns it, at every start, to
# find its own library (jdk.jpackage's LinuxPackage.c); on this machine that is 90 ms of a 650 ms start.
# A shell launcher does the same job with the same options and class path, read from the .cfg file
# jpackage wrote, without asking.
if [ "$os" = linux ]; then
  cfg="$appdir/$NAME.cfg"
  classpath="$(grep '^app.classpath=' "$cfg" | sed 's|^app.classpath=\$APPDIR/|$app/|' | paste -sd: -)"
  main_class="$(grep '^app.mainclass=' "$cfg" | cut -d= -f2-)"
  options=""
  while IFS= read -r o; do
    options="$options \"${o//\$APPDIR/\$app}\""
  done < <(grep '^java-options=' "$cfg" | cut -d= -f2-)
  cat > "$launcher" <<LAUNCHER
#!/bin/sh
# Gramsci Lens launcher, written by packaging/build.sh from lib/app/$NAME.cfg (see packaging/README.md).
root="\$(dirname "\$(dirname "\$(readlink -f "\$0")")")"
app="\$root/lib/app"
exec "\$root/lib/runtime/bin/java"$options -cp "$classpath" $main_class "\$@"
LAUNCHER
  chmod 755 "$launcher"
  rm -f "$image/lib/libapplauncher.so"
fi

# Runs a command that opens a window: as is where there is a display, else under Xvfb.
with_display() {
  if [ "$os" != linux ] || [ -n "${DISPLAY:-}" ]; then
    "$@"
  elif command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
  else
    die "no display and no xvfb-run: install Debian's xvfb to record the start-up classes"
  fi
}

if [ "$os" = linux ]; then
  say "AppCDS: recording the classes loaded up to the first painted lesson"
  data="$(mktemp -d)"
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$appdir/classes.lst" \
    with_display "$launcher" --data-dir "$data" bench startup 2>&1 | grep -v '^Picked up' || true
  rm -rf "$data"
  [ -s "$appdir/classes.lst" ] || die "the start-up run recorded no classes ($appdir/classes.lst is empty)"
  say "$(wc -l < "$appdir/classes.lst") classes recorded"
fi

# The archive records the absolute class path, so it is made where the app will run: here for the
# app image, and by the package's postinst script in the installed folder (packaging/linux/postinst).
# Linux only for now: a macOS app is dragged to /Applications after the build and a Windows one is
# installed by the .msi, so an archive made here would not match there (packaging/README.md).
make_archive() {
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$appdir/classes.lst" "$launcher" >/dev/null 2>&1 || true
  [ -s "$appdir/app.jsa" ] || die "no CDS archive was written to $appdir/app.jsa"
  JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" --version 2>/dev/null | grep -q "$version" \
    || die "the CDS archive $appdir/app.jsa does not map (-Xshare:on failed)"
  say "CDS archive $(du -h "$appdir/app.jsa" | cut -f1) maps with -Xshare:on"
}

for t in $types; do
  case "$t" in
    app-image) ;;
    deb)
      [ "$os" = linux ] || die "a .deb is built on Linux"
      command -v fakeroot >/dev/null || die "jpackage needs fakeroot for a .deb (apt-get install fakeroot)"
      command -v dpkg-deb >/dev/null || die "jpackage needs dpkg-deb for a .deb"
      say "jpackage: .deb (without the CDS archive: postinst makes it in /opt/$NAME)"
      rm -f "$appdir/app.jsa" "$out/$NAME"_*.deb
      "$jpackage" --type deb "${common[@]}" --icon "$icon" --app-image "$image" \
        --resource-dir "$here/linux" --linux-package-name "$NAME" --linux-deb-maintainer "packaging@gramsci-lens.invalid" \
        --linux-menu-group Education --linux-app-category education --linux-shortcut --dest "$out"
      ;;
    msi)
      [ "$os" = windows ] || die "an .msi is built on Windows"
      "$jpackage" --type msi "${common[@]}" --icon "$icon" --app-image "$image" \
        --win-menu --win-menu-group Education --win-shortcut --win-dir-chooser --dest "$out"
      ;;
    dmg)
      [ "$os" = mac ] || die "a .dmg is built on macOS"
      "$jpackage" --type dmg "${common[@]}" --icon "$icon" --app-image "$image" --dest "$out"
      ;;
    *) die "unknown package type '$t' (app-image, deb, msi, dmg)" ;;
  esac
done

if [ "$os" = linux ] && [ ! -s "$appdir/app.jsa" ]; then
  say "AppCDS: archive for the app image"
  make_archive
fi
say "app image: $image ($(du -sh "$image" | cut -f1))"
shopt -s nullglob
for t in $types; do
  for f in "$out"/*."$t"; do
    say "package: $f ($(du -h "$f" | cut -f1))"
  done
done
