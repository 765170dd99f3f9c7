#!/usr/bin/env bash
# The distribution's build steps that are not a Maven plugin's, run by mock-server/pom.xml (exec):
#
#   dist/build.sh image JDK JAR DIST   DIST/runtime: a jlink image of JDK with the modules jdeps finds
#                                      in JAR; DIST/lib/expcenter-mock.jar; DIST/bin/expcenter-mock.
#   dist/build.sh npm DIST VERSION NPM NPM/expcenter-mock/: DIST with a package.json, packed by
#                                      `npm pack` into NPM/expcenter-mock-VERSION.tgz.
#
# The training run between the two is dist/Train.java; the tarball is maven-assembly-plugin's
# (dist/assembly.xml).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)

# Modules no class references but the mock can need: EC keys in a --jwt-jwks file (JDK 17-21; the
# module is empty from JDK 22, where EC moved into java.base).
EXTRA_MODULES=(jdk.crypto.ec)

image() {
  local jdk=$1 jar=$2 dist=$3
  local feature
  feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
  [[ -n "$feature" ]] || { echo "build.sh: no JAVA_VERSION in $jdk/release" >&2; exit 1; }

  local modules
  modules=$("$jdk/bin/jdeps" --multi-release "$feature" --ignore-missing-deps --print-module-deps "$jar")
  local available
  available=$("$jdk/bin/java" --list-modules)
  for m in "${EXTRA_MODULES[@]}"; do
    if grep -q "^$m@" <<<"$available"; then modules+=",$m"; fi
  done

  # --compress: JDK 21 names the levels zip-0..zip-9 (2 is deprecated there). JDK 17-24: a dynamic
  # AppCDS archive (the JDK 17 cache) needs the image's default CDS archive, --generate-cds-archive;
  # a JDK 25 AOT cache holds the JDK's classes itself, so its image goes without (13 MB less).
  local options=(--strip-debug --no-header-files --no-man-pages)
  if (( feature >= 21 )); then options+=(--compress=zip-6); else options+=(--compress=2); fi
  if (( feature < 25 )); then options+=(--generate-cds-archive); fi

  rm -rf "$dist"
  mkdir -p "$dist/bin" "$dist/lib"
  echo "dist: jlink of $jdk (Java $feature): $modules"
  "$jdk/bin/jlink" --add-modules "$modules" "${options[@]}" --output "$dist/runtime"
  # jlink links the legal notices of a module to java.base's; copies travel in any archive format.
  find "$dist/runtime/legal" -type l | while read -r link; do
    cp --remove-destination "$(readlink -f "$link")" "$link"
  done
  cp "$jar" "$dist/lib/expcenter-mock.jar"
  # The time the launcher keeps the jar at (the caches check it): npm's, which npm install does not keep.
  TZ=UTC0 touch -t 198510260815.00 "$dist/lib/expcenter-mock.jar"
  install -m 755 "$HERE/expcenter-mock" "$dist/bin/expcenter-mock"
  echo "dist: runtime image $(du -sm "$dist/runtime" | cut -f 1) MB"
}

npm_package() {
  local dist=$1 version=$2 npm=$3
  local package=$npm/expcenter-mock
  rm -rf "$package" "$npm/expcenter-mock-$version.tgz"
  mkdir -p "$npm"
  cp -al "$dist" "$package" 2>/dev/null || cp -a "$dist" "$package" # hard links: no second copy on disk
  sed "s/@VERSION@/$version/" "$HERE/npm/package.json" > "$package/package.json"
  cp "$HERE/npm/README.md" "$package/README.md"
  (cd "$npm" && npm pack --silent --no-fund --no-audit "./expcenter-mock" >/dev/null)
  [[ -f "$npm/expcenter-mock-$version.tgz" ]] || { echo "build.sh: npm pack made no $npm/expcenter-mock-$version.tgz" >&2; exit 1; }
  echo "dist: $npm/expcenter-mock-$version.tgz ($(du -m "$npm/expcenter-mock-$version.tgz" | cut -f 1) MB)"
}

case "${1:-}" in
  image) shift; image "$@" ;;
  npm) shift; npm_package "$@" ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
