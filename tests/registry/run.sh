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

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
