#!/usr/bin/env bash
# The GUI suite of `make test`: starts its own Xvfb on a free display,
# runs tests/gui programs under winrun on it, checks what reached the X
# server (tests/gui/xprobe reads root-window pixels and sends XTest
# input) and what the program saw. Prints "ok ..."/"FAIL ..." lines and
# "N passed, N failed" last.
#
#   tests/gui/run.sh BUILD_DIR
set -u
build=$1
winrun=$build/bin/winrun
probe=$build/tests/gui/xprobe
passed=0
failed=0
ok() { echo "ok $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
check() { if [ "$2" = "$3" ]; then ok "$1"; else fail "$1: got '$2', want '$3'"; fi; }

if ! command -v Xvfb >/dev/null; then
    fail "Xvfb is not installed (apt-get install xvfb)"
    echo "$passed passed, $failed failed"
    exit 1
fi
for n in $(seq 90 140); do
    [ -e /tmp/.X$n-lock ] || [ -e /tmp/.X11-unix/X$n ] || break
done
Xvfb :$n -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
tmp=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null; rm -rf "$tmp"' EXIT
export DISPLAY=:$n
for _ in $(seq 50); do "$probe" pixel 0 0 >/dev/null 2>&1 && break; sleep 0.1; done

# wait_for FILE TEXT: up to 10 s for TEXT to appear in FILE
wait_for() {
    for _ in $(seq 100); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
    return 1
}

# paint_window: pixels of WM_PAINT on the server, a click and a key back
"$winrun" "$build/tests/gui/paint_window.exe" >"$tmp/out" 2>"$tmp/err" &
prog=$!
if wait_for "$tmp/out" painted; then
    ok "paint_window painted"
    sleep 0.2
    check "red rectangle at 20,20" "$("$probe" pixel 20 20)" ff0000
    check "window background at 5,5" "$("$probe" pixel 5 5)" ffffff
    check "blue ellipse at 140,60" "$("$probe" pixel 140 60)" 0000ff
    check "outside the ellipse at 102,22" "$("$probe" pixel 102 22)" ffffff
    check "outside the window at 300,300" "$("$probe" pixel 300 300)" 000000
    "$probe" click 30 40
    "$probe" key 0x61
else
    fail "paint_window did not paint"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "paint_window exit code" $? 0
check "WM_LBUTTONDOWN at client 30,40" "$(grep click "$tmp/out" | tr -d "\r")" "click 30 40"
check "WM_KEYDOWN with VK 'A'" "$(grep key "$tmp/out" | tr -d "\r")" "key 65"
[ -s "$tmp/err" ] && sed 's/^/# stderr: /' "$tmp/err"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
