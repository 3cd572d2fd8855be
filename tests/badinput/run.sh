#!/usr/bin/env bash
# Bad input: each case must give exactly one "winrun: " line on stderr that
# names the file and the reason, a non-zero exit code, and no signal death.
#
#   tests/badinput/run.sh WINRUN BUILD_DIR
#
# The malformed files are made here from a valid test program, so the
# cases stay in step with the PE parser's checks.
set -u
winrun=$1
build=$2
progs=$build/tests/programs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export WINRUN_PREFIX=$work/prefix
passed=0
failed=0

# expect NAME CODE PATTERN -- COMMAND...: exit code CODE, one stderr line
# matching PATTERN (an extended regex).
expect() {
    local name=$1 code=$2 pattern=$3
    shift 4
    local err rc lines
    err=$("$@" 2>&1 >/dev/null)
    rc=$?
    lines=$(printf '%s\n' "$err" | grep -c .)
    if [ "$rc" -eq "$code" ] && [ "$lines" -eq 1 ] && printf '%s\n' "$err" | grep -Eq "^winrun: $pattern\$"; then
        echo "ok badinput:$name"
        passed=$((passed + 1))
    else
        echo "FAIL badinput:$name: exit $rc (want $code), stderr: $err"
        failed=$((failed + 1))
    fi
}

# A crash report: one "winrun: " line, then frame lines "  #N where", the
# first of them matching FRAME.
expect_crash() {
    local name=$1 code=$2 pattern=$3 frame=$4
    shift 5
    local err rc
    err=$("$@" 2>&1 >/dev/null)
    rc=$?
    if [ "$rc" -eq "$code" ] && [ "$(printf '%s\n' "$err" | grep -c '^winrun: ')" -eq 1 ] &&
       printf '%s\n' "$err" | head -1 | grep -Eq "^winrun: $pattern\$" &&
       printf '%s\n' "$err" | sed -n 2p | grep -Eq "^  #0 $frame" &&
       ! printf '%s\n' "$err" | tail -n +2 | grep -vEq '^  #[0-9]+ '; then
        echo "ok badinput:$name"
        passed=$((passed + 1))
    else
        echo "FAIL badinput:$name: exit $rc (want $code), stderr: $err"
        failed=$((failed + 1))
    fi
}

hello=$progs/exit_code.exe
head -c 100 "$hello" > "$work/truncated.exe"
for i in 1 2 3 4 5 6 7 8; do echo 'this is a text file, not a program'; done > "$work/text.exe"
: > "$work/empty.exe"
cp /bin/true "$work/elf.exe"
mkdir "$work/dir.exe"
# a PE32 (i386) header: flip Machine and the optional header magic
cp "$hello" "$work/pe32.exe"
lfanew=$(od -An -tu4 -j60 -N4 "$hello" | tr -d ' ')
printf '\x4c\x01' | dd of="$work/pe32.exe" bs=1 seek=$((lfanew + 4)) conv=notrunc status=none
# a program whose import cannot be satisfied: rename a DLL it needs
sed 's/msvcrt\.dll/msvcrx.dll/' "$hello" > "$work/badimport.exe"
# a program importing a function kernel32 does not have
sed 's/GetTickCount/GetTickCounX/' "$progs/sleep_tick.exe" > "$work/badexport.exe"

expect missing     127 ".*nonexistent\.exe: No such file or directory" -- "$winrun" "$work/nonexistent.exe"
expect directory   126 ".*dir\.exe: is a directory"                      -- "$winrun" "$work/dir.exe"
expect empty       126 ".*empty\.exe: not a valid PE file \(file too small for a DOS header\)" -- "$winrun" "$work/empty.exe"
expect text        126 ".*text\.exe: not a valid PE file \(no MZ signature\)" -- "$winrun" "$work/text.exe"
expect elf         126 ".*elf\.exe: not a valid PE file \(no MZ signature\)" -- "$winrun" "$work/elf.exe"
# the internal option of a winrun parent's CreateProcess, given garbage
expect startup_fd  126 ".*text\.exe: unreadable start-up data from the parent process" -- "$winrun" --startup-fd 99 "$work/text.exe"
expect truncated   126 ".*truncated\.exe: not a valid PE file \(.*\)"      -- "$winrun" "$work/truncated.exe"
expect pe32        126 ".*pe32\.exe: not a valid PE file \(32-bit programs are not supported yet\)" -- "$winrun" "$work/pe32.exe"
expect missing_dll 126 "msvcrx\.dll: not found \(imported by badimport\.exe\)" -- "$winrun" "$work/badimport.exe"
expect missing_export 126 "badexport\.exe: function GetTickCounX not found in kernel32\.dll" -- "$winrun" "$work/badexport.exe"
expect stub_call   128 "unimplemented function kernel32\.SetSystemTime called from stub_call\.exe\+0x[0-9a-f]+" -- "$winrun" "$build/tests/badinput/stub_call.exe"
expect_crash crash 5 "unhandled exception c0000005 \(access violation writing 0x0000000000000010\) in thread 1" \
    "crash\.exe\+0x[0-9a-f]+" -- "$winrun" "$build/tests/badinput/crash.exe"
expect bad_option  2 "unknown option --frobnicate \(see winrun --help\)" -- "$winrun" --frobnicate x.exe
expect bad_prefix  126 ".*: the prefix is not a directory" -- env WINRUN_PREFIX=/etc/passwd "$winrun" "$hello"
# started from a directory that was removed under the shell
mkdir "$work/gone"
expect cwd_gone 126 ".*exit_code\.exe: the current directory no longer exists" -- \
    bash -c 'cd "$1" && rmdir "$1" && exec "$2" "$3"' - "$work/gone" "$(realpath "$winrun")" "$(realpath "$hello")"

# 200+ mutated variants of the sample hello world (tests/badinput/mutate.c):
# each must run or be refused with one winrun: line, never hang or die
# of a signal; every variant is one check
mkdir "$work/mutants"
mutants=0
while IFS= read -r line; do
    case $line in
    "ok "*) passed=$((passed + 1)); mutants=$((mutants + 1)) ;;
    "FAIL "*) echo "$line"; failed=$((failed + 1)); mutants=$((mutants + 1)) ;;
    esac
done < <("$build/tests/badinput/mutate" run "$winrun" "$build/samples/hello.exe" "$work/mutants")
if [ "$mutants" -lt 200 ]; then
    echo "FAIL badinput:mutants: only $mutants variants ran"
    failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
