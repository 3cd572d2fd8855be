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

# dialog_box: a modal dialog on the display, a click on its check box and
# on OK ends it with 11; a MessageBox closed with Enter returns IDOK (1)
"$winrun" "$build/tests/gui/dialog_box.exe" >"$tmp/dlg" 2>"$tmp/dlg_err" &
prog=$!
if wait_for "$tmp/dlg" "^ok "; then
    ok "dialog_box shown"
    set -- $(grep "^check" "$tmp/dlg" | tr -d "\r")
    check "dialog background (COLOR_BTNFACE) at 2,2" "$("$probe" pixel 2 2)" f0f0f0
    "$probe" click "$2" "$3"
    sleep 0.3
    set -- $(grep "^ok" "$tmp/dlg" | tr -d "\r")
    check "OK button face (COLOR_BTNFACE) at $2,$(($3 + 5))" "$("$probe" pixel "$2" $(($3 + 5)))" f0f0f0
    "$probe" click "$2" "$3"
    if wait_for "$tmp/dlg" "^msgbox "; then
        set -- $(grep "^msgbox " "$tmp/dlg" | tr -d "\r")
        sleep 0.3
        "$probe" click "$2" "$3"
        "$probe" key 0xff0d   # Return
    else
        fail "the MessageBox did not come up"
    fi
else
    fail "dialog_box did not show its dialog"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "dialog_box exit code" $? 0
check "DialogBox returned with the box checked" "$(grep "dialog returned" "$tmp/dlg" | tr -d "\r")" "dialog returned 11"
check "MessageBox closed by Enter returned IDOK" "$(grep "msgbox returned" "$tmp/dlg" | tr -d "\r")" "msgbox returned 1"
[ -s "$tmp/dlg_err" ] && sed 's/^/# stderr: /' "$tmp/dlg_err"

# menu_window: a click on the menu bar opens the popup, a click on its
# first item sends WM_COMMAND; F5 through the accelerator table sends
# WM_COMMAND with HIWORD 1
"$winrun" "$build/tests/gui/menu_window.exe" >"$tmp/menu" 2>"$tmp/menu_err" &
prog=$!
if wait_for "$tmp/menu" ready; then
    ok "menu_window painted"
    sleep 0.2
    set -- $(grep ready "$tmp/menu" | tr -d "\r")
    check "menu bar background (COLOR_MENU) at 300,$3" "$("$probe" pixel 300 "$3")" f0f0f0
    "$probe" click "$2" "$3"
    if wait_for "$tmp/menu" popup; then
        ok "the popup opened"
        set -- $(grep popup "$tmp/menu" | tr -d "\r")
        sleep 0.2
        check "popup item background (COLOR_MENU) at $4,$3" "$("$probe" pixel "$4" "$3")" f0f0f0
        "$probe" click "$2" "$3"
        wait_for "$tmp/menu" command
    else
        fail "the popup did not open"
    fi
    "$probe" key 0xffc2   # F5
    wait_for "$tmp/menu" accel
else
    fail "menu_window did not paint"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "menu_window exit code" $? 0
check "menu item WM_COMMAND" "$(grep command "$tmp/menu" | tr -d "\r")" "command 201"
check "accelerator WM_COMMAND" "$(grep accel "$tmp/menu" | tr -d "\r")" "accel 204"
[ -s "$tmp/menu_err" ] && sed 's/^/# stderr: /' "$tmp/menu_err"

# edit_list: a click in an Edit and typed keys reach its text (EN_CHANGE,
# WM_GETTEXT); a click on a ListBox item selects it (LBN_SELCHANGE) and
# paints it in the highlight colour
"$winrun" "$build/tests/gui/edit_list.exe" >"$tmp/el" 2>"$tmp/el_err" &
prog=$!
if wait_for "$tmp/el" ready; then
    ok "edit_list painted"
    sleep 0.2
    set -- $(grep ready "$tmp/el" | tr -d "\r")
    "$probe" click "$2" "$3"
    "$probe" key 0x68   # h
    "$probe" key 0x69   # i
    wait_for "$tmp/el" "^text "
    "$probe" click "$4" "$5"
    if wait_for "$tmp/el" "^selected "; then
        sleep 0.2
        check "the selected item is highlighted at $4,$5" "$("$probe" pixel "$4" "$5")" "$6"
    fi
else
    fail "edit_list did not paint"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "edit_list exit code" $? 0
check "typed keys in the edit's text" "$(grep "^text" "$tmp/el" | tr -d "\r")" "text hi"
check "the clicked list item selected" "$(grep "^selected" "$tmp/el" | tr -d "\r")" "selected 2"
[ -s "$tmp/el_err" ] && sed 's/^/# stderr: /' "$tmp/el_err"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
