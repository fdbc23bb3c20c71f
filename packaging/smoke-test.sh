#!/usr/bin/env bash
# Smoke test of a built app image or an installed app: the launcher's command line, the bundled course,
# the AppCDS archive and one real start of the window (under Xvfb when there is no display).
#
#   packaging/smoke-test.sh [DIR]    DIR: target/packaging/image/gramsci-lens (default) or /opt/gramsci-lens
set -uo pipefail
dir="${1:-$(dirname "$0")/../target/packaging/image/gramsci-lens}"
launcher="$dir/bin/gramsci-lens"
passed=0
failed=0
check() {
  local what="$1"; shift
  if "$@"; then
    echo "ok    $what"; passed=$((passed + 1))
  else
    echo "FAIL  $what"; failed=$((failed + 1))
  fi
}

quietly() { "$@" >/dev/null 2>&1; }

[ -x "$launcher" ] || { echo "smoke-test: no launcher at $launcher" >&2; exit 1; }
version_out="$("$launcher" --version 2>&1)"; version_rc=$?
check "--version prints the version and exits 0 ($version_out)" \
  test "$version_rc" = 0 -a -n "$(echo "$version_out" | grep -E '^gramsci-lens [0-9]+\.[0-9]+')"
validate_out="$("$launcher" validate 2>&1)"; validate_rc=$?
check "validate finds the bundled course and exits 0 ($validate_out)" \
  test "$validate_rc" = 0 -a -n "$(echo "$validate_out" | grep '^ok ')"
"$launcher" validate /nonexistent-course >/dev/null 2>&1; rc=$?
check "validate of a missing folder exits 1" test "$rc" = 1
"$launcher" --no-such-option >/dev/null 2>&1; rc=$?
check "a wrong option exits 2" test "$rc" = 2
if [ -f "$dir/lib/app/classes.lst" ]; then
  check "the AppCDS archive maps (-Xshare:on)" \
    quietly env JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version
fi
data="$(mktemp -d)"
run_window() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1600x1000x24" "$@"; fi
}
paint="$(run_window "$launcher" --data-dir "$data" bench startup 2>/dev/null | grep '^first-paint-ms')"
rm -rf "$data"
check "the window opens and paints the first lesson ($paint)" test -n "$paint"

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
