#!/usr/bin/env bash
# winrun-reg against a scratch prefix: import a .reg file, query it back,
# export and compare, change and delete, and the errors of bad input.
# The store itself is unit-tested (tests/unit/test_registry.c); this checks
# the tool and the files it leaves in the prefix.
#
#   tests/registry/run.sh BUILD_DIR
set -u
build=$1
reg=$build/bin/winrun-reg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
mkdir "$prefix"
passed=0
failed=0

check() {   # NAME COND...
    local name=$1
    shift
    if "$@"; then
        echo "ok registry:$name"
        passed=$((passed + 1))
    else
        echo "FAIL registry:$name"
        failed=$((failed + 1))
    fi
}

# expect_error NAME PATTERN -- COMMAND...: exit 1 and one "winrun-reg: " line
expect_error() {
    local name=$1 pattern=$2
    shift 3
    local err rc
    err=$("$@" 2>&1 >/dev/null)
    rc=$?
    if [ "$rc" -eq 1 ] && [ "$(printf '%s\n' "$err" | grep -c .)" -eq 1 ] &&
       printf '%s\n' "$err" | grep -Eq "^winrun-reg: .*$pattern"; then
        echo "ok registry:$name"
        passed=$((passed + 1))
    else
        echo "FAIL registry:$name: exit $rc, stderr: $err"
        failed=$((failed + 1))
    fi
}

r() { "$reg" --prefix "$prefix" "$@"; }

# a regedit-style file with CRLF, every kind of value and a continuation
printf '%s\r\n' 'REGEDIT4' '' \
    '[HKEY_CURRENT_USER\Software\WinrunTest]' \
    '@="default"' \
    '"Str"="a \"quoted\" C:\\path"' \
    '"Num"=dword:0000002a' \
    '"Bin"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,16,\' \
    '  17,18,19' \
    '"Exp"=hex(2):25,00,54,00,45,00,4d,00,50,00,25,00,00,00' \
    '"Multi"=hex(7):61,00,00,00,62,00,00,00,00,00' \
    '"Q"=hex(b):01,00,00,00,00,00,00,00' \
    '' \
    '[HKEY_CURRENT_USER\Software\WinrunTest\Sub]' \
    '"x"=""' \
    '' \
    '[HKLM\Software\WinrunTest]' \
    '"M"="machine"' > "$work/in.reg"

r import "$work/in.reg"
check import-exit test $? -eq 0
check user-file-written test -s "$prefix/user.reg"
check machine-file-written test -s "$prefix/system.reg"
check no-temp-files-left test -z "$(ls "$prefix" | grep tmp)"

out=$(r query 'HKCU\software\winrunTEST')
check query-string grep -q '^    Str    REG_SZ    a "quoted" C:\\path$' <<<"$out"
check query-default grep -q '^    (Default)    REG_SZ    default$' <<<"$out"
check query-dword grep -q '^    Num    REG_DWORD    0x2a$' <<<"$out"
check query-binary grep -q '^    Bin    REG_BINARY    000102030405060708090A0B0C0D0E0F10111213141516171819$' <<<"$out"
check query-expand grep -q '^    Exp    REG_EXPAND_SZ    %TEMP%$' <<<"$out"
check query-multi grep -q '^    Multi    REG_MULTI_SZ    a\\0b$' <<<"$out"
check query-qword grep -q '^    Q    REG_QWORD    0x1$' <<<"$out"
check query-subkey grep -q '^HKEY_CURRENT_USER\\Software\\WinrunTest\\Sub$' <<<"$out"
out=$(r query 'HKLM\Software\WinrunTest' m)
check query-one-value grep -q '^    M    REG_SZ    machine$' <<<"$out"

# export, then import the export into a new prefix: the same text again
r export 'HKEY_CURRENT_USER\Software\WinrunTest' "$work/out.reg"
check export-exit test $? -eq 0
check export-header test "$(head -1 "$work/out.reg")" = REGEDIT4
check export-matches-input diff <(tr -d '\r' < "$work/in.reg" | sed -n '3,15p') <(sed -n '3,15p' "$work/out.reg")
mkdir "$work/prefix2"
"$reg" --prefix "$work/prefix2" import "$work/out.reg"
"$reg" --prefix "$work/prefix2" export 'HKCU\Software\WinrunTest' - > "$work/out2.reg"
check export-round-trip cmp -s "$work/out.reg" "$work/out2.reg"

# defaults are there without any file, and survive a first write
out=$(r query 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' CurrentBuildNumber)
check default-build grep -q 'CurrentBuildNumber    REG_SZ    19045' <<<"$out"
out=$("$reg" --prefix "$work/prefix2" query 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' ProductName)
check default-without-files grep -q 'ProductName    REG_SZ    Windows 10 Pro' <<<"$out"

# add and delete, reg.exe style
r add 'HKCU\Software\WinrunTest\New' /v Count /t REG_DWORD /d 0x10 /f
check add-dword grep -q 'Count    REG_DWORD    0x10' <<<"$(r query 'HKCU\Software\WinrunTest\New')"
r add 'HKCU\Software\WinrunTest\New' /v List /t REG_MULTI_SZ /d 'x\0y'
check add-multi grep -q 'List    REG_MULTI_SZ    x\\0y' <<<"$(r query 'HKCU\Software\WinrunTest\New' list)"
r delete 'HKCU\Software\WinrunTest\New' /v Count
check delete-value test "$(r query 'HKCU\Software\WinrunTest\New' Count 2>/dev/null)" = ""
r delete 'HKCU\Software\WinrunTest'
expect_error delete-tree 'HKCU\\Software\\WinrunTest: key not found' -- r query 'HKCU\Software\WinrunTest'
check delete-kept-machine grep -q machine <<<"$(r query 'HKLM\Software\WinrunTest')"

# errors: one line, exit 1, and nothing changed
printf 'REGEDIT4\n\n[HKCU\\Software\\Partial]\n"a"="b"\n"c"=dword:xyz\n' > "$work/bad.reg"
cp "$prefix/user.reg" "$work/user.before"
expect_error corrupt-import 'bad.reg:5: bad dword' -- r import "$work/bad.reg"
check corrupt-import-changes-nothing cmp -s "$prefix/user.reg" "$work/user.before"
expect_error unknown-root 'HKEY_USERS\\x: unknown root key' -- r query 'HKEY_USERS\x'
expect_error missing-value 'value "nope" not found' -- r query 'HKLM\Software\WinrunTest' nope
expect_error bad-dword 'zz: not a number' -- r add 'HKCU\x' /v n /t REG_DWORD /d zz
expect_error no-prefix 'no prefix there' -- "$reg" --prefix "$work/none" query HKLM
printf 'REGEDIT4\n[HKEY_LOCAL_MACHINE\\A]\n"x"=hex:1,\n' > "$prefix/system.reg"
expect_error corrupt-hive 'system.reg:3: bad hex data.*left as it is' -- r add 'HKLM\B'
check corrupt-hive-kept grep -q 'hex:1,' "$prefix/system.reg"
"$reg" --prefix "$prefix" bogus 2>/dev/null
check usage-exit-2 test $? -eq 2

# ---- the registry served by winrun-server ----
# A Windows program writes through the server; the value is on disk within
# a second, so a SIGKILL after that loses nothing; a corrupt hive is kept
# aside and replaced, with one line saying so; winrun-reg works through a
# running server.
winrun=$build/bin/winrun
prog=$build/tests/programs/registry_persist.exe
p2=$work/served
mkdir "$p2"
w() { WINRUN_PREFIX=$p2 WINRUN_SERVER_GRACE_MS=${GRACE:-3000} "$winrun" "$prog" "$@"; }
g() { w get "$1" 2>&1 | tr -d '\r'; }   # the value's line, without the CR of text mode
server_pid() {   # [PREFIX]: the pid in the server's lock file, for PREFIX (default $p2)
    local dir=${XDG_RUNTIME_DIR:+$XDG_RUNTIME_DIR/winrun}
    dir=${dir:-/tmp/winrun-$(id -u)}
    local dev ino
    read -r dev ino < <(stat -c '%d %i' "${1:-$p2}")
    cat "$dir/$(printf 'server-%x-%x.lock' "$dev" "$ino")" 2>/dev/null
}
if [ ! -x "$prog" ]; then
    echo "FAIL registry:served: $prog is not built (make test-programs)"
    failed=$((failed + 1))
else
    GRACE=20000 w set Killed 'before the kill'
    check served-set test $? -eq 0
    sleep 1.3
    pid=$(server_pid)
    check served-server-running kill -0 "${pid:-0}"
    kill -9 "${pid:-0}" 2>/dev/null
    check served-saved-before-kill grep -q '"Killed"="before the kill"' "$p2/user.reg"
    out=$(g Killed)
    check served-read-after-kill test "$out" = 'Killed=before the kill'

    # winrun-reg while the server owns the registry: reads what the server
    # holds (not yet saved), changes go through it
    GRACE=5000 w set Fresh 'not saved yet'
    out=$("$reg" --prefix "$p2" query 'HKCU\Software\winrun-test-persist' Fresh)
    check served-tool-query grep -q 'Fresh    REG_SZ    not saved yet' <<<"$out"
    "$reg" --prefix "$p2" add 'HKCU\Software\winrun-test-persist' /v FromTool /d 'tool value'
    check served-tool-add test $? -eq 0
    out=$(g FromTool)
    check served-tool-add-seen test "$out" = 'FromTool=tool value'
    "$reg" --prefix "$p2" delete 'HKCU\Software\winrun-test-persist' /v Fresh
    w get Fresh >/dev/null 2>&1
    check served-tool-delete-seen test $? -eq 1
    printf 'REGEDIT4\n\n[HKEY_CURRENT_USER\\Software\\winrun-test-persist]\n"Imported"="yes"\n' > "$work/imp.reg"
    "$reg" --prefix "$p2" import "$work/imp.reg"
    check served-tool-import test "$(g Imported)" = 'Imported=yes'
    pid=$(server_pid)
    kill "${pid:-0}" 2>/dev/null     # SIGTERM: saves and exits
    for _ in $(seq 50); do kill -0 "${pid:-0}" 2>/dev/null || break; sleep 0.1; done
    check served-saved-at-exit grep -q '"FromTool"="tool value"' "$p2/user.reg"

    # a corrupt hive: kept aside (never over an earlier copy), defaults used
    printf 'REGEDIT4\n\n[HKEY_LOCAL_MACHINE\\A]\n"x"=hex:1,\n' > "$p2/system.reg"
    err=$(GRACE=0 w set After corrupt 2>&1 >/dev/null)
    check served-corrupt-runs test $? -eq 0
    check served-corrupt-message grep -q "^winrun: $p2/system.reg: line 4: .*; kept as $p2/system.reg.corrupt, using a fresh registry\$" <<<"$err"
    check served-corrupt-one-line test "$(printf '%s\n' "$err" | grep -c .)" -eq 1
    check served-corrupt-kept grep -q 'hex:1,' "$p2/system.reg.corrupt"
    check served-corrupt-user-kept test "$(g Killed)" = 'Killed=before the kill'
    check served-corrupt-defaults grep -q 'ProductName    REG_SZ    Windows 10 Pro' \
        <<<"$("$reg" --prefix "$p2" query 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' ProductName)"
    for _ in $(seq 50); do [ -z "$(server_pid)" ] || ! kill -0 "$(server_pid)" 2>/dev/null && break; sleep 0.1; done
    printf 'garbage\n' > "$p2/system.reg"
    err=$(GRACE=0 w set After again 2>&1 >/dev/null)
    check served-corrupt-second-copy grep -q "kept as $p2/system.reg.corrupt.1," <<<"$err"
    check served-corrupt-first-copy-intact grep -q 'hex:1,' "$p2/system.reg.corrupt"

    # HKEY_USERS\.DEFAULT is kept in PREFIX/userdef.reg
    p3=$work/durable
    mkdir "$p3"
    w3() { WINRUN_PREFIX=$p3 WINRUN_SERVER_GRACE_MS=20000 "$winrun" "$prog" "$@"; }
    stop_server() {   # PREFIX: SIGTERM (saves) and wait for the exit
        local pid
        pid=$(server_pid "$1")
        kill "${pid:-0}" 2>/dev/null
        for _ in $(seq 50); do kill -0 "${pid:-0}" 2>/dev/null || break; sleep 0.1; done
    }
    w3 setdef Def 'default user'
    check default-user-set test $? -eq 0
    stop_server "$p3"
    check default-user-file grep -qx '"Def"="default user"' "$p3/userdef.reg"
    check default-user-section grep -qx '\[HKEY_USERS\\.DEFAULT\\Software\\winrun-test-persist\]' "$p3/userdef.reg"
    check default-user-read-back test "$(w3 getdef Def 2>&1 | tr -d '\r')" = 'Def=default user'
    check default-user-tool grep -q 'Def    REG_SZ    default user' \
        <<<"$("$reg" --prefix "$p3" query 'HKU\.DEFAULT\Software\winrun-test-persist')"
    stop_server "$p3"

    # winrun.conf's version: queries, enumeration and counts of
    # CurrentVersion agree (registry_defaults.exe checks them)
    p4=$work/win7
    mkdir "$p4"
    WINRUN_PREFIX=$p4 "$winrun" "$prog" get Nothing >/dev/null 2>&1   # creates the prefix
    printf '[winrun]\nversion = win7\n' > "$p4/winrun.conf"
    out=$(WINRUN_PREFIX=$p4 WINRUN_SERVER_GRACE_MS=0 "$winrun" "$build/tests/programs/registry_defaults.exe" 2>&1)
    check version-override-consistent test $? -eq 0
    grep -v '^ok ' <<<"$out" | grep -v '^done ' >&2

    # Durability: a stream of writes, the server SIGKILLed at a random
    # point; the file on disk always parses and holds every write that
    # returned more than a second (the flush interval and then some) before
    # the kill. Each round tags its values, so an earlier round's do not count.
    for round in 1 2 3; do
        WINRUN_PREFIX=$p3 WINRUN_SERVER_GRACE_MS=20000 "$winrun" "$prog" stream 1000000 "r$round" \
            > "$work/stream.out" 2>/dev/null &
        spid=$!
        sleep "1.$((RANDOM % 10))"
        early=$(wc -l < "$work/stream.out")
        sleep "1.$((RANDOM % 10))"
        pid=$(server_pid "$p3")
        kill -9 "${pid:-0}" 2>/dev/null
        wait "$spid" 2>/dev/null
        out=$("$reg" --prefix "$p3" export 'HKCU\Software\winrun-test-stream' - 2>&1)
        check "durable-$round-parses" test $? -eq 0
        held=$(awk -F'"' -v n="$early" -v tag="r$round" \
            '$2 ~ /^S[0-9]+$/ && $4 == tag " " substr($2, 2) && substr($2, 2) + 0 < n { c++ } END { print c + 0 }' \
            <<<"$out")
        check "durable-$round-holds-$early-writes" test "$early" -gt 0 -a "$held" -eq "$early"
        check "durable-$round-nothing-aside" test -z "$(ls "$p3" | grep corrupt)"
    done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
