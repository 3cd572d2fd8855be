#!/usr/bin/env bash
# run.sh - 7-Zip's MSVC-built 7za.exe (npm package 7zip-bin) under winrun:
# compress a few MB with two threads, test the archive, extract it, and
# compare every file byte for byte; then the archive itself against the
# one Windows makes of the same input (its SHA-256 below, confirmed under
# Wine), its error paths (a corrupt archive, missing files), and 7za's
# built-in benchmark to the end.
#
#   tests/7za/run.sh RUNNER BUILD_DIR
#
# The package is fetched once into BUILD_DIR/cache (npm pack, or curl from
# the registry). When neither can reach the registry, the suite prints a
# "skip" line and counts nothing: it does not pass.
set -u
runner=$1
build=$(cd "$2" && pwd)
# the programs run in a scratch directory: a runner given by path must
# still be found
case $runner in */*) runner=$(realpath "$runner") ;; esac
version=5.2.0
cache=$build/cache/7zip-bin-$version
exe=$cache/package/win/x64/7za.exe
passed=0 failed=0

ok()   { echo "ok 7za: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL 7za: $*"; failed=$((failed + 1)); }

fetch() {
    local tmp
    tmp=$(mktemp -d) || return 1
    if command -v npm >/dev/null && (cd "$tmp" && npm pack --silent "7zip-bin@$version" >/dev/null 2>&1); then
        :
    elif command -v curl >/dev/null &&
         curl -fsSL -o "$tmp/7zip-bin-$version.tgz" "https://registry.npmjs.org/7zip-bin/-/7zip-bin-$version.tgz"; then
        :
    else
        rm -rf "$tmp"
        return 1
    fi
    mkdir -p "$cache" && tar -xzf "$tmp/7zip-bin-$version.tgz" -C "$cache" package/win/x64/7za.exe
    local rc=$?
    rm -rf "$tmp"
    return $rc
}

if [ ! -f "$exe" ] && ! fetch; then
    echo "skip 7za: the npm registry cannot be reached; 7za.exe not tested"
    echo "0 passed, 0 failed"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/data
"$build/tests/7za/gendata" "$data" || { fail "gendata"; echo "$passed passed, $failed failed"; exit 1; }
# fixed times, so that the archive's bytes are fixed too
find "$data" -exec touch -h -d '2024-01-02 03:04:05 UTC' {} +

run7() {
    local name=$1
    shift
    (cd "$work" && timeout 300 $runner "$exe" "$@" >"$work/$name.out" 2>"$work/$name.err")
    local rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name: exit code $rc"
        sed 's/^/# /' "$work/$name.out" "$work/$name.err" | tail -n 15
        return 1
    fi
    ok "$name"
}

if run7 add a -mmt2 -bd test.7z data; then
    sum=$(sha256sum "$work/test.7z" | cut -d' ' -f1)
    if [ "$sum" = "$(cat "$(dirname "$0")/expected.sha256")" ]; then
        ok "archive is byte-identical to Windows' ($sum)"
    else
        fail "archive differs from Windows': $sum"
    fi
    if run7 test t -bd test.7z; then
        grep -q "Everything is Ok" "$work/test.out" && ok "test reports Everything is Ok" || fail "test output"
    fi
    if run7 extract x -bd -oout test.7z; then
        if diff -r "$data" "$work/out/data" >/dev/null; then ok "extracted files are identical"
        else fail "extracted files differ"; fi
    fi
fi
# Error paths: 7za reports them through C++ exceptions that its main
# catches (MSVC's _CxxThrowException and __CxxFrameHandler3, from
# msvcrt.dll). The exit codes and the lines that matter are Wine's; the
# texts of system errors are not compared (Wine's differ from Windows').
run7_rc() {
    local name=$1 want=$2
    shift 2
    (cd "$work" && timeout 300 $runner "$exe" "$@" >"$work/$name.out" 2>"$work/$name.err")
    local rc=$?
    tr -d '\r' <"$work/$name.out" >"$work/$name.stdout"
    tr -d '\r' <"$work/$name.err" >"$work/$name.stderr"
    if [ $rc -ne "$want" ]; then
        fail "$name: exit code $rc, expected $want"
        sed 's/^/# /' "$work/$name.stdout" "$work/$name.stderr" | tail -n 15
        return 1
    fi
    ok "$name: exit code $want"
}

# has_line NAME stdout|stderr LINE: that exact line was printed
has_line() {
    if grep -Fxq -- "$3" "$work/$1.$2"; then ok "$1: $2 has \"$3\""
    else fail "$1: $2 lacks \"$3\""; sed 's/^/# /' "$work/$1.$2" | tail -n 10; fi
}

awk 'BEGIN { for (i = 1; i <= 20000; i++) printf "line %d\r\n", i }' >"$work/small.txt"
touch -d '2024-01-02 03:04:05 UTC' "$work/small.txt"
if run7 small a -bd small.7z small.txt; then
    size=$(stat -c %s "$work/small.7z")
    cp "$work/small.7z" "$work/data_error.7z"
    cp "$work/small.7z" "$work/bad_header.7z"
    # the packed data starts at offset 32, the headers are the last ~100 bytes
    printf 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' | dd of="$work/data_error.7z" bs=1 seek=200 conv=notrunc 2>/dev/null
    printf 'XXXXXXXXXXXXXXXX' | dd of="$work/bad_header.7z" bs=1 seek=$((size - 90)) conv=notrunc 2>/dev/null
    if run7_rc data_error 2 t -bd data_error.7z; then
        has_line data_error stderr "ERROR: Data Error : small.txt"
        has_line data_error stdout "Sub items Errors: 1"
        has_line data_error stdout "Archives with Errors: 1"
    fi
    if run7_rc bad_header 2 t -bd bad_header.7z; then
        has_line bad_header stderr "Open ERROR: Cannot open the file as [7z] archive"
        has_line bad_header stderr "Headers Error"
        has_line bad_header stdout "Can't open as archive: 1"
    fi
fi
if run7_rc missing_archive 2 t -bd missing.7z; then
    has_line missing_archive stderr "missing.7z"
    has_line missing_archive stderr "System ERROR:"
fi
if run7_rc missing_input 1 a -bd missing.7z nofile.txt; then
    has_line missing_input stderr "nofile.txt"
    has_line missing_input stdout "Scan WARNINGS: 1"
fi

if run7 bench b -mmt2 -md18 -bd; then
    grep -q "^Tot:" "$work/bench.out" && ok "benchmark ran to the end" || fail "benchmark has no Tot: line"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
