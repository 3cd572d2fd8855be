#!/usr/bin/env bash
# The sample GUI program (samples/sketchpad) on an X display: takes a
# screenshot, checks by pixels that it looks right, then drives it with
# XTest (a menu to its About dialog, Enter, Ctrl+N, a click, Alt+F4 and the
# MessageBox) and checks what it logged. Prints "ok ..."/"FAIL ..." lines
# and "N passed, N failed" last. run.sh calls it with its Xvfb; to compare
# with Wine:
#   xvfb-run -a -s "-screen 0 1024x768x24" tests/gui/sample.sh BUILD_DIR wine
#
#   tests/gui/sample.sh BUILD_DIR [RUNNER]    (RUNNER: BUILD_DIR/bin/winrun)
# The screenshots stay in BUILD_DIR/tests/gui/sample.ppm (the window) and
# sample-about.ppm (with the dialog open).
set -u
build=$1
runner=${2:-$build/bin/winrun}
probe=$build/tests/gui/xprobe
shots=$build/tests/gui
passed=0
failed=0
ok() { echo "ok sample: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL sample: $*"; failed=$((failed + 1)); }
check() { if [ "$2" = "$3" ]; then ok "$1"; else fail "$1: got '$2', want '$3'"; fi; }
# at_least NAME GOT MIN
at_least() { if [ "$2" -ge "$3" ] 2>/dev/null; then ok "$1 ($2)"; else fail "$1: got '$2', want at least $3"; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=$tmp/out

# wait_for TEXT: up to 10 s for a line starting with TEXT in the log
wait_for() {
    for _ in $(seq 100); do grep -q "^$1" "$out" 2>/dev/null && return 0; sleep 0.1; done
    return 1
}
# field TEXT: that log line without its CR
field() { grep "^$1" "$out" | head -1 | tr -d "\r"; }
# px X Y in client coordinates
px() { "$probe" pixel $((cx + $1)) $((cy + $2)); }
# nonbg X Y W H RRGGBB (screen coordinates): pixels of the box not of that colour
nonbg() { echo $(($3 * $4 - $("$probe" count "$1" "$2" "$3" "$4" "$5"))); }

mkdir -p "$shots"
"$runner" "$build/samples/sketchpad.exe" >"$out" 2>"$tmp/err" &
prog=$!
if wait_for ready; then
    ok "the window painted"
    set -- $(field ready)
    cx=$2 cy=$3 hx=$4 hy=$5
    sleep 0.5
    "$probe" shot "$shots/sample.ppm" && echo "# screenshot: $shots/sample.ppm"
    # looks right
    at_least "menu bar text drawn (non-COLOR_MENU pixels in its band)" "$(nonbg "$cx" $((hy - 6)) 160 12 f0f0f0)" 40
    at_least "title text in its colour (0x002060 pixels in its box)" "$("$probe" count $((cx + 16)) $((cy + 8)) 240 34 002060)" 100
    check "red rectangle" "$(px 56 86)" dc0000
    check "green ellipse" "$(px 152 86)" 00a000
    check "outside the ellipse's corner" "$(px 114 58)" ffffff
    check "blue triangle" "$(px 248 100)" 0000ff
    check "black line" "$(px 150 126)" 000000
    check "bitmap 1:1, top left quadrant" "$(px 19 139)" ffd700
    check "bitmap 1:1, bottom right quadrant" "$(px 28 148)" 202020
    check "bitmap stretched, top left" "$(px 64 152)" ffd700
    check "bitmap stretched, top right" "$(px 96 152)" 00a0a0
    check "bitmap stretched, bottom left" "$(px 64 184)" 8000c0
    check "bitmap stretched, bottom right" "$(px 96 184)" 202020
    at_least "status line text drawn" "$(nonbg $((cx + 16)) $((cy + 212)) 200 20 ffffff)" 40
    # Help > About... opens the dialog; Enter presses its default button (OK)
    "$probe" click "$hx" "$hy"
    if wait_for "menu "; then
        set -- $(field "menu ")
        sleep 0.2
        "$probe" click "$2" "$3"
        if wait_for "about shown"; then
            set -- $(field "about shown")
            sleep 0.5
            "$probe" shot "$shots/sample-about.ppm" && echo "# screenshot: $shots/sample-about.ppm"
            check "the dialog's face (COLOR_BTNFACE)" "$("$probe" pixel "$3" "$4")" f0f0f0
            "$probe" key 0xff0d   # Return
            wait_for "about closed"
        fi
    fi
    check "Help > About... then Enter" "$(field "about closed")" "about closed 1"
    "$probe" key 0xffe3+0x6e   # Ctrl+N
    wait_for "command new"
    check "Ctrl+N through the accelerator table" "$(field "command new")" "command new 1"
    "$probe" click $((cx + 300)) $((cy + 160))
    wait_for "dot"
    check "the click reached the client area" "$(field dot)" "dot 300 160"
    sleep 0.3
    check "a dot drawn where clicked" "$(px 300 160)" 800080
    "$probe" key 0xffe9+0xffc1   # Alt+F4: the drawing is modified, so a MessageBox asks
    wait_for "closing"
    sleep 0.5
    "$probe" key 0xff0d   # Return: OK
    wait_for "bye"
    check "Alt+F4 asks, Enter answers OK" "$(field "exit asked")" "exit asked 1"
else
    fail "the window did not paint"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "exit code" $? 0
[ -s "$tmp/err" ] && grep -v "^fixme\|^err:\|^warn" "$tmp/err" | sed 's/^/# stderr: /'
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
