#!/usr/bin/env bash
# Runs every suite of `make test` (unit, bad input, registry tool, programs, 7za, gui) and prints their combined total as the
# last line, "N passed, N failed", which CI reads.
#
#   tests/run-all.sh BUILD_DIR UNIT_TEST...
set -u
build=$1
shift
# the suites run on a prefix of their own, never the user's ~/.winrun, so
# that its winrun-server is this build's and its registry the tests' alone
# (made afresh each run, so it has the current defaults)
WINRUN_PREFIX=$(cd "$build" && pwd)/test-prefix
rm -rf "$WINRUN_PREFIX"
export WINRUN_PREFIX
passed=0
failed=0
# make SANITIZE=...: the sanitizers write their reports to files, so that
# those of processes whose stderr nobody reads (winrun-server's is
# /dev/null) count too; each report is one failure, shown at the end.
# (UBSan next to ASan in one program reports on stderr all the same, and
# stops it, which fails its test.)
san_dir=
if [ -n "${SANITIZE:-}" ]; then
    san_dir=$(cd "$build" && pwd)/sanitizer-reports
    rm -rf "$san_dir"
    mkdir -p "$san_dir"
    export ASAN_OPTIONS="log_path=$san_dir/asan${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
    export UBSAN_OPTIONS="log_path=$san_dir/ubsan:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
fi

# runs a suite, shows its output, adds its "N passed, N failed" line
tally() {
    local out line p f
    out=$("$@" 2>&1)
    local rc=$?
    printf '%s\n' "$out"
    line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    if [ -z "$line" ]; then
        echo "FAIL: $* printed no total (exit $rc)"
        failed=$((failed + 1))
        return
    fi
    p=${line%% passed*}
    f=${line#*, }
    f=${f%% failed*}
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
}

# Check prints "100%: Checks: N, Failures: F, Errors: E"
for t in "$@"; do
    out=$("$t" 2>&1)
    printf '%s\n' "$out"
    line=$(printf '%s\n' "$out" | grep -E 'Checks: [0-9]+' | tail -n 1)
    n=$(printf '%s' "$line" | sed -E 's/.*Checks: ([0-9]+).*/\1/')
    fl=$(printf '%s' "$line" | sed -E 's/.*Failures: ([0-9]+).*/\1/')
    er=$(printf '%s' "$line" | sed -E 's/.*Errors: ([0-9]+).*/\1/')
    if [ -z "$line" ]; then failed=$((failed + 1)); continue; fi
    passed=$((passed + n - fl - er))
    failed=$((failed + fl + er))
done

tally tests/badinput/run.sh "$build/bin/winrun" "$build"
# the fuzzers' regression corpora, one check per file (tests/fuzz/fuzz.mk)
for n in registry pe server resource spec; do
    tally "$build/fuzz/replay_$n" tests/fuzz/corpus/$n/*
done
tally tests/registry/run.sh "$build"
tally "$build/tests/server/test_server" "$build"
tally tests/prefix/run.sh "$build/bin/winrun" "$build"
# without a display: windows stay in memory (the gui suite brings its own Xvfb)
tally env -u DISPLAY tests/programs/run.sh "$build/bin/winrun" "$build/tests/programs"
tally tests/7za/run.sh "$build/bin/winrun" "$build"
tally tests/gui/run.sh "$build"

if [ -n "$san_dir" ]; then
    for f in "$san_dir"/*; do
        [ -e "$f" ] || continue
        echo "FAIL sanitizer report ${f##*/}:"
        cat "$f"
        failed=$((failed + 1))
    done
fi

echo "all suites: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
