#!/usr/bin/env bash
# Builds Verbatim's installers with a bundled, trimmed Java runtime. One command, every OS:
#
#   packaging/build.sh              # app-image + this OS's installer (.deb / .msi / .dmg)
#   packaging/build.sh app-image    # only the runnable app-image (target/installer/Verbatim...)
#   packaging/build.sh deb|rpm|msi|exe|dmg|pkg   # app-image (reused if current) + that installer
#
# Output: target/installer/. Needs JDK 17+ (jlink, jpackage, jdeps; JAVA_HOME or PATH) and Maven.
# Linux .deb needs fakeroot, dpkg-deb and objcopy (binutils); the (Linux-only) AppCDS step runs the app
# once with --smoke and needs a display (xvfb-run is used when there is none). Windows .msi needs WiX 3.
# Steps: mvn package (if the jar is stale) -> jdeps -> jlink runtime (JDK + JavaFX modules, JavaFX
# natives copied into it) -> jpackage app-image -> AppCDS archive -> jpackage installer from the image.
set -euo pipefail
# Git Bash on Windows: `pwd -W` gives C:/... paths, which both bash and the native JDK tools accept
PWD_FLAGS=""; case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) PWD_FLAGS="-W" ;; esac
HERE="$(cd "$(dirname "$0")" && pwd $PWD_FLAGS)"
ROOT="$(cd "$HERE/.." && pwd $PWD_FLAGS)"
cd "$ROOT"
# shellcheck source=jpackage.conf
source "$HERE/jpackage.conf"

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# ---- which OS, which tools ---------------------------------------------------------------------
case "$(uname -s)" in
  Linux*) OS=linux; FX_NATIVE='*.so'; NATIVE_DIR=lib; PATH_SEP=':'; DEFAULT_TYPE=deb ;;
  Darwin*) OS=mac; FX_NATIVE='*.dylib'; NATIVE_DIR=lib; PATH_SEP=':'; DEFAULT_TYPE=dmg ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; FX_NATIVE='*.dll'; NATIVE_DIR=bin/javafx; PATH_SEP=';'; DEFAULT_TYPE=msi ;;
  *) die "unknown OS $(uname -s)" ;;
esac
TYPE="${1:-$DEFAULT_TYPE}"
# The JDK that links the runtime (the app itself is built for Java 17 by Maven, whatever links it):
# $PACKAGING_JDK, else $JAVA_HOME, else on Linux the newest JDK 25+ under /usr/lib/jvm, else the PATH's.
# JDK 25+ is preferred because its AOT cache (JEP 483) starts the window faster than JDK 17's AppCDS.
newest_jdk25() {
  local d v best="" bestv=0
  for d in /usr/lib/jvm/*/; do
    [ -x "$d/bin/jlink" ] && [ -x "$d/bin/jpackage" ] || continue
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release" 2>/dev/null)"
    if [ -n "$v" ] && [ "$v" -ge 25 ] && [ "$v" -gt "$bestv" ]; then best="${d%/}"; bestv="$v"; fi
  done
  echo "$best"
}
PKG_JDK="${PACKAGING_JDK:-${JAVA_HOME:-}}"
if [ -z "$PKG_JDK" ] && [ "$OS" = linux ]; then PKG_JDK="$(newest_jdk25)"; fi
if [ -n "$PKG_JDK" ]; then JBIN="${PKG_JDK//\\//}/bin/"; else JBIN=""; fi
EXE=""; [ "$OS" = windows ] && EXE=".exe"
for t in jlink jpackage jdeps jar; do
  command -v "${JBIN}${t}${EXE}" >/dev/null 2>&1 || die "${JBIN}${t} not found: set JAVA_HOME to a JDK 17+"
done
JLINK="${JBIN}jlink${EXE}"; JPACKAGE="${JBIN}jpackage${EXE}"; JDEPS="${JBIN}jdeps${EXE}"; JAR="${JBIN}jar${EXE}"
JDK_MAJOR="$("$JLINK" --version | sed -E 's/^([0-9]+).*/\1/')"
[ "$JDK_MAJOR" -ge 17 ] || die "JDK 17+ needed, jlink is $JDK_MAJOR"
# the jmods of the JDK running jlink (JDK 24+ builds without jmods link from the runtime itself)
JLINK_PATH="$(command -v "$JLINK")"
JLINK_PATH="$(readlink -f "$JLINK_PATH" 2>/dev/null || echo "$JLINK_PATH")"   # /usr/bin/jlink -> the JDK's
JDK_HOME="$(cd "$(dirname "$JLINK_PATH")/.." && pwd $PWD_FLAGS)"
JMODS=""; [ -d "$JDK_HOME/jmods" ] && JMODS="$JDK_HOME/jmods"

# ---- version from the pom: the project's own <version>, the first one indented by two spaces ---
APP_VERSION="$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -1)"
[ -n "$APP_VERSION" ] || die "no <version> in pom.xml"
# installers want a plain numeric version (1.2.3); a -SNAPSHOT suffix is dropped for them
PKG_VERSION="${APP_VERSION%%-*}"

TARGET="$ROOT/target"
WORK="$TARGET/packaging"        # scratch: input jars, runtime, jpackage temp dirs
OUT="$TARGET/installer"         # what we ship
case "$OS" in
  linux) APP_IMAGE="$OUT/$APP_NAME"; APP_DIR="$APP_IMAGE/lib/app"; LAUNCHER="$APP_IMAGE/bin/$APP_NAME" ;;
  mac) APP_IMAGE="$OUT/$APP_NAME.app"; APP_DIR="$APP_IMAGE/Contents/app"; LAUNCHER="$APP_IMAGE/Contents/MacOS/$APP_NAME" ;;
  windows) APP_IMAGE="$OUT/$APP_NAME"; APP_DIR="$APP_IMAGE/app"; LAUNCHER="$APP_IMAGE/$APP_NAME.exe" ;;
esac
CFG="$APP_DIR/$APP_NAME.cfg"

# ---- 1. mvn package, if the jar is missing or older than a source ------------------------------
if [ ! -f "$TARGET/$MAIN_JAR" ] || [ ! -d "$TARGET/lib" ] || [ ! -d "$TARGET/build-tools" ] \
   || [ -n "$(find pom.xml src/main data -newer "$TARGET/$MAIN_JAR" -print -quit 2>/dev/null)" ]; then
  log "mvn -DskipTests package"
  mvn -B -ntp -q -DskipTests package
fi

image_is_current() {
  [ -f "$CFG" ] && [ -f "$APP_DIR/$MAIN_JAR" ] && cmp -s "$TARGET/$MAIN_JAR" "$APP_DIR/$MAIN_JAR" \
    && [ -z "$(find "$TARGET/lib" "$HERE" -newer "$CFG" -print -quit)" ]
}

build_app_image() {
  rm -rf "$WORK" "$APP_IMAGE"
  mkdir -p "$WORK/input/lib" "$WORK/fx" "$OUT"

  # ---- 2. split the jars: JavaFX (modular, OS-specific classifier) to jlink, the rest to --input
  local fxjars=() j
  for j in "$TARGET"/lib/javafx-*.jar; do
    # the classifier-less javafx-*.jar are empty placeholders; the real ones are javafx-x-21-linux.jar
    if [[ "$(basename "$j")" =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\.jar$ ]]; then fxjars+=("$j"); fi
  done
  [ "${#fxjars[@]}" -gt 0 ] || die "no platform JavaFX jars in target/lib"
  cp "$TARGET/$MAIN_JAR" "$WORK/input/"
  for j in "$TARGET"/lib/*.jar; do
    case "$(basename "$j")" in javafx-*) ;; *) cp "$j" "$WORK/input/lib/" ;; esac
  done
  local fxpath; fxpath="$(IFS="$PATH_SEP"; echo "${fxjars[*]}")"

  # ---- 3. which JDK modules: jdeps over every application jar, plus the fixed list in jpackage.conf
  log "jdeps"
  local found
  found="$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 \
             --module-path "$fxpath" "$WORK/input/$MAIN_JAR" "$WORK"/input/lib/*.jar 2>/dev/null | tail -1)"
  local modules
  modules="$(printf '%s,%s,%s' "$found" "$EXTRA_MODULES" "$JAVAFX_MODULES" | tr ',' '\n' \
             | grep -v '^$' | sort -u | paste -sd, -)"
  echo "modules: $modules" >&2

  # ---- 4. jlink: JDK + JavaFX modules into one trimmed runtime with a default CDS archive
  log "jlink"
  local compress="--compress=2"; [ "$JDK_MAJOR" -ge 21 ] && compress="--compress=zip-6"
  local mp="$fxpath"; [ -n "$JMODS" ] && mp="$JMODS$PATH_SEP$fxpath"
  # Linux: drop native debug symbols (needs objcopy from binutils); Java line numbers stay for stack traces
  local strip=()
  if [ "$OS" = linux ] && command -v objcopy >/dev/null; then
    strip=(--strip-native-debug-symbols=exclude-debuginfo-files)
  fi
  # no --strip-native-commands: --generate-cds-archive runs the image's own java to dump the archive
  "$JLINK" --module-path "$mp" --add-modules "$modules" --output "$WORK/runtime" \
    "$compress" --no-header-files --no-man-pages --generate-cds-archive "${strip[@]}"
  # the archive for -XX:-UseCompressedOops (heaps over 32 GB) is 12 MB the app never uses
  rm -f "$WORK"/runtime/lib/server/classes_nocoops.jsa "$WORK"/runtime/bin/server/classes_nocoops.jsa

  # JavaFX, loaded from a jlink image (jrt:), first looks for its natives in $java.home/lib (Linux,
  # macOS) or $java.home/bin/javafx (Windows) (com.sun.glass.utils.NativeLibLoader), and only then
  # extracts them from the module into ~/.openjfx/cache; jlink keeps them only as module resources, so
  # copy them out of the platform jars here. Verified on Linux: -Djavafx.verbose=true prints
  # "Loaded .../lib/runtime/lib/libglass.so from relative path" and no ~/.openjfx appears.
  mkdir -p "$WORK/runtime/$NATIVE_DIR"
  for j in "${fxjars[@]}"; do
    (cd "$WORK/fx" && "$JAR" xf "$j")
  done
  find "$WORK/fx" -maxdepth 1 -name "$FX_NATIVE" -exec cp {} "$WORK/runtime/$NATIVE_DIR/" \;
  ls "$WORK/runtime/$NATIVE_DIR" | grep -Ei 'glass|prism' >/dev/null || die "no JavaFX natives copied"

  # ---- 5. jpackage app-image
  log "jpackage --type app-image"
  local icon_args=()
  case "$OS" in
    linux) icon_args=(--icon "$HERE/icon/png/verbatim-256.png") ;;
    windows) icon_args=(--icon "$HERE/icon/verbatim.ico") ;;
    mac) icon_args=(--icon "$HERE/icon/verbatim.icns" --mac-package-identifier "$MAC_BUNDLE_ID"
                     --mac-package-name "$MAC_BUNDLE_NAME" --mac-app-category "$MAC_APP_CATEGORY") ;;
  esac
  local jopts=()
  [ -n "$JAVA_OPTIONS" ] && jopts=(--java-options "$JAVA_OPTIONS")
  # JDK 22+ warns on stderr at every start when JavaFX loads its native libraries, unless allowed
  [ "$JDK_MAJOR" -ge 22 ] && jopts+=(--java-options "--enable-native-access=javafx.graphics")
  # JDK 24+ warns once per run when JavaFX 21's Marlin rasterizer uses sun.misc.Unsafe's off-heap memory
  [ "$JDK_MAJOR" -ge 23 ] && jopts+=(--java-options "--sun-misc-unsafe-memory-access=allow")
  "$JPACKAGE" --type app-image --dest "$OUT" --temp "$WORK/tmp-image" \
    --name "$APP_NAME" --app-version "$PKG_VERSION" --vendor "$APP_VENDOR" \
    --description "$APP_DESCRIPTION" --copyright "$APP_COPYRIGHT" \
    --input "$WORK/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
    --runtime-image "$WORK/runtime" "${icon_args[@]}" "${jopts[@]}"

  # ---- 6. Linux: a plain launcher script instead of jpackage's native one (why: write_linux_launcher)
  write_linux_launcher

  # ---- 7. AppCDS: run the image once to its first frame, archive the classes it loaded
  make_appcds
  write_linux_launcher   # again: make_appcds added the archive's option to the .cfg
}

write_linux_launcher() {
  # jpackage's Linux launcher asks the package manager which package owns it on every start (a forked
  # helper runs `rpm -qf` and `dpkg -S`, twice; LinuxPackage.c) to find its own files, although they sit
  # beside it. `dpkg -S` reads every package's file list: measured 0.28 s a run here, 0.6-0.7 s of wall time
  # per start before the JVM even begins. This script starts the bundled runtime with what the .cfg holds
  # (class path, main class, JVM options; the script sets $APPDIR to lib/app as jpackage does), so the
  # .cfg stays the one place for them; it is rewritten whenever build.sh changes the .cfg. macOS and Windows keep jpackage's launcher.
  [ "$OS" = linux ] || return 0
  local cp="" opts="" line value
  while IFS= read -r line; do
    case "$line" in
      app.classpath=*) value="${line#app.classpath=}"; cp="${cp:+$cp:}$value" ;;
      java-options=*) value="${line#java-options=}"; opts="$opts \"$value\"" ;;
    esac
  done < "$CFG"
  cat > "$LAUNCHER" <<SCRIPT
#!/bin/sh
# Verbatim's launcher, written by packaging/build.sh from lib/app/$APP_NAME.cfg (see write_linux_launcher
# there: jpackage's own launcher spends 0.3-0.7 s per start asking dpkg/rpm which package owns it).
self=\$(readlink -f "\$0")
APPDIR="\${self%/bin/*}/lib/app"
exec "\${self%/bin/*}/lib/runtime/bin/java"$opts "-Djpackage.app-path=\$self" \\
  -cp "$cp" $MAIN_CLASS "\$@"
SCRIPT
  chmod 755 "$LAUNCHER"
}

run_smoke() { # run the app-image launcher (or a given launcher) with --smoke, on a display
  local launcher="$1"; shift
  if [ "$OS" = linux ] && [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || die "no DISPLAY and no xvfb-run (apt-get install xvfb xauth)"
    xvfb-run -a -s "-screen 0 1280x1024x24" "$launcher" --smoke "$@"
  else
    "$launcher" --smoke "$@"
  fi
}

make_appcds() {
  # AppCDS on JDK 17: an archive records the absolute class path it was made with and is refused when the
  # app sits anywhere else (measured: "APP classpath mismatch" after copying the image), and a dynamic
  # archive (-XX:ArchiveClassesAtExit) can only be made by running the app to its window. So: record the
  # classes the first frame needs once here (one --smoke run with -XX:DumpLoadedClassList), and make a
  # static archive from that list with -Xshare:dump wherever the app lands: here for the app-image, and
  # in the .deb's postinst for /opt/verbatim. -Xshare:dump loads the listed classes and exits without
  # starting the app, so it needs no display (about 2 s). The launcher's .cfg names the archive as
  # $APPDIR/app.jsa; a missing or stale archive is ignored (sharing is -Xshare:auto, the JVM's default).
  if [ "${VERBATIM_NO_APPCDS:-}" = 1 ]; then log "AppCDS skipped (VERBATIM_NO_APPCDS=1)"; return; fi
  if [ "$JDK_MAJOR" -ge 25 ]; then make_aot_cache; return; fi
  # Windows and macOS installers have no install-time hook here to make the archive where the app lands,
  # and a .cfg naming a missing archive turns class sharing off altogether (slower than jlink's default
  # CDS archive alone, measured), so only Linux gets AppCDS
  if [ "$OS" != linux ]; then log "AppCDS: Linux only; $OS uses jlink's default CDS archive"; return; fi
  log "AppCDS: class list from one --smoke run, then -Xshare:dump"
  local list="$APP_DIR/classes.lst"
  rm -f "$list" "$APP_DIR/app.jsa"
  if ! JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" run_smoke "$LAUNCHER" || [ ! -s "$list" ]; then
    echo "warning: no class list (the app did not reach its first frame); the image has no AppCDS" >&2
    rm -f "$list"; return 0
  fi
  add_java_option '-XX:SharedArchiveFile=$APPDIR/app.jsa'
  dump_appcds
}

make_aot_cache() {
  # JDK 25+: an AOT cache (JEP 483: classes loaded and linked ahead of time, plus JDK 25's method
  # profiles) from one --smoke training run. Unlike JDK 17's AppCDS it is accepted after the image moves
  # (the class path is checked relative to the launcher: measured the same 0.74 s in a copied image), so
  # it is made once here and shipped inside every installer; nothing runs at install time.
  # The training run is the app's usual start, the second one: the first start keeps the bundled
  # comparison in the user's cache (io/AnalysisCache) and later ones read it, so one plain --smoke run
  # first, in a cache folder of the build's own, lets the training record the classes and profiles of
  # reading it rather than of the analysis
  log "AOT cache: one --smoke run, then one --smoke training run (JDK $JDK_MAJOR)"
  rm -f "$APP_DIR/app.aot" "$APP_DIR/classes.lst" "$APP_DIR/app.jsa"
  local -x XDG_CACHE_HOME="$WORK/cache"
  run_smoke "$LAUNCHER" > "$WORK/aot.log" 2>&1 || true
  if ! JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$APP_DIR/app.aot" run_smoke "$LAUNCHER" >> "$WORK/aot.log" 2>&1 \
     || [ ! -s "$APP_DIR/app.aot" ]; then
    cat "$WORK/aot.log" >&2
    echo "warning: no AOT cache (the training run did not reach its first frame); the image starts slower" >&2
    rm -f "$APP_DIR/app.aot"; return 0
  fi
  add_java_option '-XX:AOTCache=$APPDIR/app.aot'
  ls -l "$APP_DIR/app.aot" >&2
}

dump_appcds() { # (re)make $APP_DIR/app.jsa from the class list, through the launcher so its class path is used
  # JAVA_TOOL_OPTIONS comes before the .cfg's options, which is why the .cfg must not say -Xshare:auto:
  # it would override -Xshare:dump
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$APP_DIR/classes.lst" "$LAUNCHER" \
    > "$WORK/cds-dump.log" 2>&1 || { cat "$WORK/cds-dump.log" >&2; die "AppCDS dump failed"; }
  [ -s "$APP_DIR/app.jsa" ] || die "AppCDS dump made no $APP_DIR/app.jsa"
  ls -l "$APP_DIR/app.jsa" >&2
}

add_java_option() { # append one java-options line to the launcher's .cfg ([JavaOptions] section)
  local opt="$1"
  grep -qxF "java-options=$opt" "$CFG" && return 0
  if grep -q '^\[JavaOptions\]' "$CFG"; then
    awk -v line="java-options=$opt" '{print} /^\[JavaOptions\]/{print line}' "$CFG" > "$CFG.new"
    mv "$CFG.new" "$CFG"
  else
    printf '\n[JavaOptions]\njava-options=%s\n' "$opt" >> "$CFG"
  fi
}

if image_is_current && [ "$TYPE" != app-image ]; then
  log "app-image is current: $APP_IMAGE"
else
  build_app_image
fi

# ---- 7. the installer, from the finished app-image ----------------------------------------------
# jpackage packs the app-image as it is; stage a copy so the installer can differ from the local image:
# no app.jsa (it is valid only where it was made: the .deb's postinst makes it at /opt/verbatim; the .msi
# and .dmg go without, see the README), and on Linux the icon sizes and MIME type the postinst installs.
stage_image() {
  local stage="$WORK/stage"
  rm -rf "$stage"; mkdir -p "$stage"
  cp -a "$APP_IMAGE" "$stage/"
  STAGED="$stage/$(basename "$APP_IMAGE")"
  rm -f "$STAGED/${APP_DIR#"$APP_IMAGE"/}/app.jsa"
  if [ "$OS" = linux ]; then
    mkdir -p "$STAGED/lib/share/icons" "$STAGED/lib/share/mime"
    local n
    for n in 16 24 32 48 64 128 256 512; do
      cp "$HERE/icon/png/verbatim-$n.png" "$STAGED/lib/share/icons/$n.png"
    done
    cp "$HERE/linux/application-x-verbatim.xml" "$STAGED/lib/share/mime/"
    man_pages "$STAGED/lib/share/man/man1"
  fi
}

# The man pages (verbatim(1), verbatim-compare(1), …): AsciiDoc written by picocli-codegen from the
# command line's own model (cli/ManPage), rendered to roff by asciidoctor; the postinst installs them.
man_pages() {
  if ! command -v asciidoctor >/dev/null; then
    echo "warning: no asciidoctor (apt-get install asciidoctor): the package has no man pages" >&2
    return 0
  fi
  local adoc="$WORK/man-adoc" sep=":"; [ "$OS" = windows ] && sep=";"
  rm -rf "$adoc"; mkdir -p "$adoc" "$1"
  "${JBIN}java${EXE}" -cp "$TARGET/$MAIN_JAR$sep$TARGET/lib/*$sep$TARGET/build-tools/*" app.verbatim.cli.ManPage "$adoc"
  asciidoctor -b manpage -a reproducible -D "$1" "$adoc"/*.adoc
  gzip -9n "$1"/*.1
}

# jpackage finds resource overrides by fixed names (Verbatim.desktop, postinst, ...); the repository keeps
# friendlier names, so the resource dir is assembled here
stage_resources() {
  RES="$WORK/resources-$OS"
  rm -rf "$RES"; mkdir -p "$RES"
  local src="$HERE/$OS"; [ "$OS" = mac ] && src="$HERE/macos"
  find "$src" -maxdepth 1 -type f ! -name '*.properties' ! -name '*.md' -exec cp {} "$RES/" \;
  if [ "$OS" = linux ]; then mv "$RES/verbatim.desktop" "$RES/$APP_NAME.desktop"; fi
}

build_installer() {
  local type="$1" args=()
  local fa="$HERE/$([ "$OS" = mac ] && echo macos || echo "$OS")/verbatim-file.properties"
  stage_image
  stage_resources
  case "$OS" in
    linux)
      args=(--linux-package-name "$LINUX_PACKAGE" --linux-menu-group "$LINUX_MENU_GROUP"
            --linux-shortcut --linux-app-category "$LINUX_APP_CATEGORY"
            --linux-deb-maintainer "$LINUX_MAINTAINER" --icon "$HERE/icon/png/verbatim-256.png") ;;
    windows)
      args=(--win-menu --win-menu-group "$WIN_MENU_GROUP" --win-shortcut --win-dir-chooser
            --win-upgrade-uuid "$WIN_UPGRADE_UUID" --icon "$HERE/icon/verbatim.ico") ;;
    mac)
      args=(--mac-package-identifier "$MAC_BUNDLE_ID" --mac-package-name "$MAC_BUNDLE_NAME"
            --icon "$HERE/icon/verbatim.icns") ;;
  esac
  log "jpackage --type $type"
  rm -rf "$WORK/tmp-$type"
  rm -f "$OUT"/*."$type"     # one installer of each type, so `apt-get install ./target/installer/*.deb` is unambiguous
  "$JPACKAGE" --type "$type" --app-image "$STAGED" --dest "$OUT" --temp "$WORK/tmp-$type" \
    --name "$APP_NAME" --app-version "$PKG_VERSION" --vendor "$APP_VENDOR" \
    --description "$APP_DESCRIPTION" --copyright "$APP_COPYRIGHT" \
    --resource-dir "$RES" --file-associations "$fa" "${args[@]}"
}

if [ "$TYPE" != app-image ]; then
  build_installer "$TYPE"
fi

# ---- sizes ---------------------------------------------------------------------------------------
log "output in $OUT"
du -sh "$APP_IMAGE" | sed 's/^/app-image (installed size)  /'
du -sh "$APP_IMAGE"/lib/runtime "$APP_IMAGE"/runtime "$APP_IMAGE"/Contents/runtime 2>/dev/null | sed 's/^/  runtime  /' || true
find "$OUT" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.rpm' -o -name '*.msi' -o -name '*.exe' \
  -o -name '*.dmg' -o -name '*.pkg' \) -exec ls -l {} \; | awk '{printf "installer  %s  %.1f MB\n", $NF, $5/1048576}'
