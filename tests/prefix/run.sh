#!/usr/bin/env bash
# Prefixes and winrun.conf (docs/prefix.md): what a new prefix holds and
# costs on disk, and each setting of winrun.conf as a program sees it,
# through tests/programs/prefix_layout.exe's probe mode.
#
#   tests/prefix/run.sh WINRUN BUILD_DIR
set -u
winrun=$1
build=$2
probe=$build/tests/programs/prefix_layout.exe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {   # check NAME CONDITION-STATUS DETAIL
    if [ "$2" -eq 0 ]; then echo "ok prefix:$1"; passed=$((passed + 1))
    else echo "FAIL prefix:$1: $3"; failed=$((failed + 1)); fi
}

# a new prefix: made by the first run, small, with its layout and config
out=$("$winrun" --prefix "$work/new" "$probe" 2>&1)
check new_prefix_runs $? "$out"
size=$(du -sk "$work/new" | cut -f1)
[ "$size" -lt 1024 ]; check new_prefix_size $? "${size} KiB"
[ -f "$work/new/winrun.conf" ] && [ -L "$work/new/dosdevices/c:" ] && [ -L "$work/new/dosdevices/z:" ]
check new_prefix_layout $? "$(ls -la "$work/new" "$work/new/dosdevices")"

# what making a prefix costs: a run on a new prefix against the same
# run on an existing one, the fastest of 10 each (scheduling noise only adds)
hello=$build/samples/hello.exe
[ -f "$hello" ] || hello=$probe
ms_now() { date +%s%N; }
best_new=999999999999; best_old=999999999999
for i in 1 2 3 4 5 6 7 8 9 10; do
    t0=$(ms_now); "$winrun" --prefix "$work/timed$i" "$hello" > /dev/null 2>&1; t1=$(ms_now)
    "$winrun" --prefix "$work/timed$i" "$hello" > /dev/null 2>&1; t2=$(ms_now)
    [ $((t1 - t0)) -lt "$best_new" ] && best_new=$((t1 - t0))
    [ $((t2 - t1)) -lt "$best_old" ] && best_old=$((t2 - t1))
done
extra_us=$(( (best_new - best_old) / 1000 ))
# (a cost, not a check: `make bench` holds it against its target)
echo "# a new prefix costs ${extra_us} us ($((best_new / 1000)) us against $((best_old / 1000)) us)"

# winrun.conf settings, as the probe reports them
prefix=$work/conf
mkdir -p "$prefix"   # an empty directory is made a prefix
"$winrun" --prefix "$prefix" "$probe" version > /dev/null 2>&1   # creates it
mkdir -p "$work/data" && touch "$work/data/marker"
cat > "$prefix/winrun.conf" <<CONF
; a test configuration
[winrun]
version = win7

[dlls]
winmm = disabled

[drives]
d: = $work/data

[env]
WINRUN_CONF_VAR = from the config
USERNAME = configured

[app:other.exe]
winrun.version = win81

[app:prefix_layout.exe]
env.WINRUN_APP_VAR = only for the probe
CONF
out=$("$winrun" --prefix "$prefix" "$probe" version env WINRUN_CONF_VAR env USERNAME env WINRUN_APP_VAR \
      load winmm.dll load advapi32.dll exists 'D:\marker' 2>&1 | tr -d '\r')   # text mode: CRLF
grep -qx 'version 6.1' <<< "$out"; check version_win7 $? "$out"
grep -qx 'env WINRUN_CONF_VAR=from the config' <<< "$out"; check env_added $? "$out"
grep -qx 'env USERNAME=configured' <<< "$out"; check env_overrides $? "$out"
grep -qx 'env WINRUN_APP_VAR=only for the probe' <<< "$out"; check app_section $? "$out"
grep -q '^load winmm.dll failed 126$' <<< "$out"; check dll_disabled $? "$out"
grep -qx 'load advapi32.dll ok' <<< "$out"; check dll_default $? "$out"
grep -qx 'exists D:\\marker yes' <<< "$out"; check drive_mapped $? "$out"

sed -i 's/^version = win7/version = 10.0.22000/' "$prefix/winrun.conf"
out=$("$winrun" --prefix "$prefix" "$probe" version 2>&1 | tr -d '\r')
grep -qx 'version 6.2' <<< "$out"; check version_manifest_rule $? "a win10+ version keeps the manifest rule: $out"

# a broken line stops the program with one line naming the file and line
printf '[winrun]\nversion win7\n' > "$prefix/winrun.conf"
err=$("$winrun" --prefix "$prefix" "$probe" version 2>&1 >/dev/null)
rc=$?
[ "$rc" -eq 126 ] && [ "$(grep -c . <<< "$err")" -eq 1 ] && grep -q "^winrun: .*winrun.conf:2: " <<< "$err"
check bad_line $? "exit $rc: $err"
printf '[winrun]\nversion = win95\n' > "$prefix/winrun.conf"
err=$("$winrun" --prefix "$prefix" "$probe" version 2>&1 >/dev/null)
rc=$?
[ "$rc" -eq 126 ] && grep -q '^winrun: .*winrun.conf: version "win95"' <<< "$err"
check bad_version $? "exit $rc: $err"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
