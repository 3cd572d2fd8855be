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
check "MessageBox MB_ICONQUESTION: an icon, the text right of it" "$(grep "^msgicon" "$tmp/dlg" | tr -d "\r")" "msgicon 1 1"
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

# combo_scroll: a click on a drop-down's button opens its list, a click on
# an item selects it (CBN_SELCHANGE); a click on a window scroll bar's
# down arrow sends WM_VSCROLL SB_LINEDOWN
"$winrun" "$build/tests/gui/combo_scroll.exe" >"$tmp/cs" 2>"$tmp/cs_err" &
prog=$!
if wait_for "$tmp/cs" "^ready "; then
    ok "combo_scroll painted"
    sleep 0.2
    set -- $(grep "^ready" "$tmp/cs" | tr -d "\r")
    "$probe" click "$2" "$3"
    if wait_for "$tmp/cs" "^dropped "; then
        ok "the button opened the list"
        sleep 0.2
        set -- $(grep "^dropped" "$tmp/cs" | tr -d "\r")
        "$probe" click "$2" "$3"
        wait_for "$tmp/cs" "^selchange "
    else
        fail "the button did not open the list"
    fi
    set -- $(grep "^ready" "$tmp/cs" | tr -d "\r")
    "$probe" click "$4" "$5"
    wait_for "$tmp/cs" "^vscroll "
else
    fail "combo_scroll did not paint"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "combo_scroll exit code" $? 0
check "the clicked item selected" "$(grep "^selchange" "$tmp/cs" | tr -d "\r")" "selchange 1"
check "the down arrow scrolled a line" "$(grep "^vscroll" "$tmp/cs" | tr -d "\r")" "vscroll 1"
[ -s "$tmp/cs_err" ] && sed 's/^/# stderr: /' "$tmp/cs_err"

# caption_close: the close button user32 draws in the caption, and a
# click on it: WM_NCHITTEST's HTCLOSE, the press tracked until the
# release, WM_SYSCOMMAND SC_CLOSE, WM_CLOSE
"$winrun" "$build/tests/gui/caption_close.exe" >"$tmp/cc" 2>"$tmp/cc_err" &
prog=$!
if wait_for "$tmp/cc" "^ready "; then
    ok "caption_close shown"
    sleep 0.3
    set -- $(grep "^ready" "$tmp/cc" | tr -d "\r")
    n=$("$probe" count $(($2 - 6)) $(($3 - 5)) 12 10 000000)
    if [ "${n:-0}" -gt 8 ]; then ok "close glyph drawn ($n pixels of COLOR_BTNTEXT)"
    else fail "close glyph: ${n:-no} pixels of COLOR_BTNTEXT around $2,$3"; fi
    "$probe" click "$2" "$3"
    wait_for "$tmp/cc" "^close"
else
    fail "caption_close did not show its window"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "caption_close exit code" $? 0
check "a click on the close button: SC_CLOSE, then WM_CLOSE" \
    "$(grep -E "^(syscommand|close)" "$tmp/cc" | tr -d "\r" | tr "\n" ";")" "syscommand f060;close;"
[ -s "$tmp/cc_err" ] && sed 's/^/# stderr: /' "$tmp/cc_err"

# x11_input: keys through xkbcommon (VKs, extended and Alt bits, WM_CHAR
# with Shift and Ctrl), the wheel and an X button, the caption text on
# the server, the window moved and sized from outside as a window
# manager would, and activation following the X keyboard focus
"$winrun" "$build/tests/gui/x11_input.exe" >"$tmp/xi" 2>"$tmp/xi_err" &
prog=$!
if wait_for "$tmp/xi" "^ready "; then
    ok "x11_input shown"
    sleep 0.3
    set -- $(grep "^ready" "$tmp/xi" | tr -d "\r")
    cx=$2 cy=$3 inset_x=$4 inset_y=$5
    n=$("$probe" count "$6" "$7" "$8" "$9" "${10}")
    if [ "${n:-0}" -gt 20 ]; then ok "caption text drawn ($n pixels of COLOR_CAPTIONTEXT)"
    else fail "caption text: ${n:-no} pixels of COLOR_CAPTIONTEXT ${10} in the caption band"; fi
    "$probe" click $((cx + 20)) $((cy + 20))   # the pointer over the window: its keys
    "$probe" key 0x61                # a
    "$probe" key 0xffe1+0x61         # Shift+a
    "$probe" key 0xffe3+0x61         # Ctrl+a
    "$probe" key 0xff53              # Right
    "$probe" key 0xffe9+0x78         # Alt+x
    "$probe" button $((cx + 30)) $((cy + 30)) 4
    "$probe" button $((cx + 30)) $((cy + 30)) 5
    "$probe" button $((cx + 30)) $((cy + 30)) 8
    wait_for "$tmp/xi" "^xbutton"
    "$probe" click $((cx + 100)) $((cy - inset_y + 18))   # the caption, drawn by us
    wait_for "$tmp/xi" "^ncdown"
    "$probe" move XXXXXXXXXXXXXXXX 100 120 400 300
    wait_for "$tmp/xi" "^size"
    "$probe" unmap XXXXXXXXXXXXXXXX   # iconified by a window manager
    wait_for "$tmp/xi" "^size 1 "
    "$probe" map XXXXXXXXXXXXXXXX
    sleep 0.3
    "$probe" focus "x11 other"
    wait_for "$tmp/xi" "^activate other"
    "$probe" key 0x63                # c: the program sets the clipboard
    wait_for "$tmp/xi" "^clipset"
    check "the program's clipboard text read from X" "$("$probe" gettext)" "winrun clip é"
    "$probe" settext "from X ü" &
    setter=$!
    sleep 0.3
    "$probe" key 0x76                # v: the program reads the clipboard
    wait_for "$tmp/xi" "^clipget"
    kill $setter 2>/dev/null
    wait $setter 2>/dev/null
    check "X's clipboard text read by the program" "$(grep "^clipget" "$tmp/xi" | tr -d "\r")" "clipget from X ü"
    "$probe" key 0xff1b              # Escape ends it
else
    fail "x11_input did not show its window"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "x11_input exit code" $? 0
xi=$(tr -d "\r" <"$tmp/xi")
check "keys in order" "$(echo "$xi" | grep -E "^(sys)?(keydown|char)" | tr "\n" ";")" \
"keydown 41 0 0 0 0;char 61;keydown 10 0 0 0 1;keydown 41 0 0 0 1;char 41;keydown 11 0 0 0 0;keydown 41 0 0 0 0;char 1;\
keydown 27 1 0 0 0;syskeydown 12 0 0 1 0;syskeydown 58 0 0 1 0;syschar 78;keydown 43 0 0 0 0;char 63;\
keydown 56 0 0 0 0;char 76;keydown 1b 0 0 0 0;char 1b;"
check "wheel up: WHEEL_DELTA at the screen point" "$(echo "$xi" | grep "^wheel" | head -1)" "wheel 120 $((cx + 30)) $((cy + 30))"
check "wheel down" "$(echo "$xi" | grep "^wheel" | sed -n 2p)" "wheel -120 $((cx + 30)) $((cy + 30))"
check "button 8 is XBUTTON1" "$(echo "$xi" | grep "^xbutton")" "xbutton 1"
check "a press on the caption: WM_NCHITTEST's HTCAPTION in WM_NCLBUTTONDOWN" "$(echo "$xi" | grep "^ncdown")" "ncdown 2"
check "moved from outside: WM_MOVE with the client origin" "$(echo "$xi" | grep "^move" | head -1)" "move $((100 + inset_x)) $((120 + inset_y))"
check "restored to the same place" "$(echo "$xi" | grep "^move" | tail -1)" "move $((100 + inset_x)) $((120 + inset_y))"
check "sized from outside: WM_SIZE with the client size" "$(echo "$xi" | grep "^size" | head -1)" "size 0 $((400 - 2 * inset_x)) $((300 - inset_y - inset_x))"
check "unmapped from outside: SIZE_MINIMIZED, mapped: SIZE_RESTORED" "$(echo "$xi" | grep "^size" | sed -n '2,$p' | cut -d' ' -f2 | tr "\n" " ")" "1 0 "
check "X focus moved: the old window deactivated, the new one activated" "$(echo "$xi" | grep "^activate" | tail -2 | tr "\n" ";")" "activate main 0;activate other 1;"
[ -s "$tmp/xi_err" ] && sed 's/^/# stderr: /' "$tmp/xi_err"

# x11_control: the pointer (SetCursorPos warps the X pointer, GetCursorPos
# reads it, ShowCursor hides it, ClipCursor clamps it), activation moving
# the X focus, a dead key composing with the next key, and 900,000
# characters of clipboard text both ways (INCR). The apostrophe key (code
# 48) is dead_acute/dead_diaeresis meanwhile, as in the us(intl) layout.
"$probe" remap 48 0xfe51 0xfe57 >"$tmp/remap" &
remap=$!
wait_for "$tmp/remap" remapped
"$winrun" "$build/tests/gui/x11_control.exe" >"$tmp/xc" 2>"$tmp/xc_err" &
prog=$!
if wait_for "$tmp/xc" "^ready "; then
    set -- $(grep "^ready" "$tmp/xc" | tr -d "\r")
    cx=$2 cy=$3
    check "ShowWindow(SW_SHOW) of a new top-level makes it the foreground window" "$4" foreground
    sleep 0.3
    check "... and gives its X window the keyboard focus" "$("$probe" getfocus)" "x11 control"
    "$probe" click $((cx + 150)) $((cy + 100))   # where keys go without a focus (Wine)
    "$probe" key 0x70                # p: SetCursorPos(client 50,60)
    wait_for "$tmp/xc" "^mousemove"
    check "SetCursorPos moved the X pointer" "$("$probe" pointer)" "$((cx + 50)) $((cy + 60))"
    "$probe" key 0x68                # h: ShowCursor(FALSE)
    wait_for "$tmp/xc" "^hide"
    sleep 0.2
    check "ShowCursor(FALSE): the pointer has no visible pixels" "$("$probe" cursor)" 0
    "$probe" key 0x73                # s: ShowCursor(TRUE)
    wait_for "$tmp/xc" "^show"
    sleep 0.2
    n=$("$probe" cursor)
    if [ "${n:-0}" -gt 10 ]; then ok "ShowCursor(TRUE): the arrow is back ($n pixels)"
    else fail "ShowCursor(TRUE): ${n:-no} pointer pixels"; fi
    "$probe" click $((cx + 120)) $((cy + 30))   # the pointer moved from outside
    "$probe" key 0x67                # g: GetCursorPos
    wait_for "$tmp/xc" "^getpos"
    "$probe" key 0x6c                # l: ClipCursor, SetCursorPos(0,0)
    wait_for "$tmp/xc" "^clipped"
    check "ClipCursor keeps SetCursorPos in its rectangle (the X pointer)" "$("$probe" pointer)" "$((cx + 10)) $((cy + 10))"
    "$probe" key 0x66                # f: SetForegroundWindow(second)
    wait_for "$tmp/xc" "^activate second 1"
    sleep 0.2
    check "SetForegroundWindow moved the X focus" "$("$probe" getfocus)" "x11 second"
    "$probe" key 0x66                # f, in the second window: back to the main one
    wait_for "$tmp/xc" "^activate main 1"
    sleep 0.2
    check "... and back" "$("$probe" getfocus)" "x11 control"
    seq -f '%06g é ' 0 99999 | tr -d '\n' >"$tmp/big"
    { cat "$tmp/big"; echo; } >"$tmp/big_line"
    "$probe" key 0x62                # b: the program puts the big text on the clipboard
    wait_for "$tmp/xc" "^bigset"
    "$probe" gettext >"$tmp/big_got"
    if cmp -s "$tmp/big_line" "$tmp/big_got"; then ok "1,000,000 bytes of the program's clipboard text read from X (INCR)"
    else fail "the program's big clipboard text: got $(wc -c <"$tmp/big_got") bytes, want $(wc -c <"$tmp/big_line")"; fi
    "$probe" settext - <"$tmp/big" &
    setter=$!
    sleep 0.3
    "$probe" key 0x6e                # n: the program reads it
    wait_for "$tmp/xc" "^bigget"
    kill $setter 2>/dev/null
    wait $setter 2>/dev/null
    "$probe" key 0x6b                # k: characters printed from now on
    wait_for "$tmp/xc" "^compose"
    "$probe" key 0xfe51              # dead acute
    "$probe" key 0x65                # e
    "$probe" key 0xfe51
    "$probe" key 0x20                # space
    "$probe" key 0xfe51
    "$probe" key 0x78                # x
    "$probe" key 0xff1b              # Escape ends it
else
    fail "x11_control did not show its window"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "x11_control exit code" $? 0
kill $remap 2>/dev/null
wait $remap 2>/dev/null
xc=$(tr -d "\r" <"$tmp/xc")
check "SetCursorPos: WM_MOUSEMOVE at the client point" "$(echo "$xc" | grep "^mousemove")" "mousemove 50 60"
check "ShowCursor counts" "$(echo "$xc" | grep -E "^(hide|show)" | tr "\n" ";")" "hide -1;show 0;"
check "GetCursorPos reads the X pointer" "$(echo "$xc" | grep "^getpos")" "getpos $((cx + 120)) $((cy + 30))"
check "ClipCursor clamps SetCursorPos" "$(echo "$xc" | grep "^clipped")" "clipped 10 10"
check "X's 1,000,000-byte clipboard text read by the program (INCR)" "$(echo "$xc" | grep "^bigget")" "bigget 900000 same"
check "dead key: WM_DEADCHAR, then the composed WM_CHAR; with space the compose table's apostrophe; with x both characters" \
    "$(echo "$xc" | grep -E "^(dead)?char" | tr "\n" ";")" "char 6b;deadchar b4;char e9;deadchar b4;char 27;deadchar b4;char b4;char 78;"
[ -s "$tmp/xc_err" ] && sed 's/^/# stderr: /' "$tmp/xc_err"

# file_dialog: GetOpenFileName shows the directory ([..], the folder
# first, then the files the filter lets through); a name typed into the
# edit and Return end the dialog with that name
"$winrun" "$build/tests/gui/file_dialog.exe" >"$tmp/fd" 2>"$tmp/fd_err" &
prog=$!
if wait_for "$tmp/fd" "^shown "; then
    set -- $(grep "^shown" "$tmp/fd" | tr -d "\r")
    check "the open dialog lists the directory" "$2 $3 $4" "3 [..] alpha.txt"
    sleep 0.3
    "$probe" click "$5" "$6"
    "$probe" key 0x62   # b
    "$probe" key 0x63   # c
    "$probe" key 0xff0d   # Return
else
    fail "file_dialog did not show the dialog"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "file_dialog exit code" $? 0
check "the typed name returned" "$(grep "^result" "$tmp/fd" | tr -d "\r")" "result bc"
[ -s "$tmp/fd_err" ] && sed 's/^/# stderr: /' "$tmp/fd_err"

# animation: a square moved by WM_TIMER, painted by WM_PAINT each tick
# (the queue gives the pending WM_PAINT before the next WM_TIMER, so every
# tick is a frame), seen moving on the server, its trail erased
"$winrun" "$build/tests/gui/animation.exe" >"$tmp/an" 2>"$tmp/an_err" &
prog=$!
if wait_for "$tmp/an" "^ready "; then
    ok "animation shown"
    set -- $(grep "^ready" "$tmp/an" | tr -d "\r")
    ox=$2 oy=$3
    wait_for "$tmp/an" "^frame 5 "
    x1=$("$probe" find "$ox" "$oy" 300 ff0000)
    sleep 0.3
    x2=$("$probe" find "$ox" "$oy" 300 ff0000)
    if [ "${x1:--1}" -ge 0 ] && [ "${x2:--1}" -gt "$x1" ]; then ok "the square moves on the server ($x1 then $x2)"
    else fail "the square did not move on the server: at ${x1:-?} then ${x2:-?}"; fi
    if wait_for "$tmp/an" "^done "; then
        sleep 0.3
        set -- $(grep "^done" "$tmp/an" | tr -d "\r")
        check "40 ticks" "$2" 40
        if [ "$4" -ge 1440 ]; then ok "no tick came early (40 ticks of 40 ms in $4 ms)"
        else fail "40 ticks of 40 ms took only $4 ms"; fi
        check "the last frame's square at client x $3" "$("$probe" pixel $((ox + $3 + 10)) "$oy")" ff0000
        check "its trail erased" "$("$probe" find "$ox" "$oy" "$3" ff0000)" -1
        check "a frame painted for each tick" "$(grep -c "^frame" "$tmp/an")" 41
        "$probe" click $((ox + 5)) "$oy"
        "$probe" key 0xff1b   # Escape
    else
        fail "the animation did not finish"
    fi
else
    fail "animation did not show its window"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "animation exit code" $? 0
[ -s "$tmp/an_err" ] && sed 's/^/# stderr: /' "$tmp/an_err"

# tree_click: a click on a tree view's plus button expands the item
# (TVN_ITEMEXPANDED) and the children's rows are painted: more
# COLOR_WINDOWTEXT pixels in the tree than before
"$winrun" "$build/tests/gui/tree_click.exe" >"$tmp/tc" 2>"$tmp/tc_err" &
prog=$!
if wait_for "$tmp/tc" "^ready "; then
    ok "tree_click painted"
    sleep 0.3
    set -- $(grep "^ready" "$tmp/tc" | tr -d "\r")
    before=$("$probe" count "$4" "$5" "$6" "$7" 000000)
    "$probe" click "$2" "$3"
    if wait_for "$tmp/tc" "^expanded"; then
        ok "the button expanded the item"
        sleep 0.3
        after=$("$probe" count "$4" "$5" "$6" "$7" 000000)
        if [ "${after:-0}" -gt $((${before:-0} * 2)) ]; then ok "the children painted ($before -> $after text pixels)"
        else fail "the children not painted: $before -> $after text pixels"; fi
    else
        fail "the button did not expand the item"
    fi
else
    fail "tree_click did not paint"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "tree_click exit code" $? 0
[ -s "$tmp/tc_err" ] && sed 's/^/# stderr: /' "$tmp/tc_err"

# listview_click: a click in the second column of a full-row-select
# list view's third row selects it (LVN_ITEMCHANGED) and the row is
# repainted in COLOR_HIGHLIGHT
"$winrun" "$build/tests/gui/listview_click.exe" >"$tmp/lvc" 2>"$tmp/lvc_err" &
prog=$!
if wait_for "$tmp/lvc" "^ready "; then
    ok "listview_click painted"
    sleep 0.3
    set -- $(grep "^ready" "$tmp/lvc" | tr -d "\r")
    check "the row before the click (COLOR_WINDOW) at $2,$3" "$("$probe" pixel "$2" "$3")" ffffff
    "$probe" click "$2" "$3"
    if wait_for "$tmp/lvc" "^selected"; then
        check "the click selected item 2" "$(grep "^selected" "$tmp/lvc" | tr -d "\r")" "selected 2"
        sleep 0.2
        check "the selected row in COLOR_HIGHLIGHT at $2,$3" "$("$probe" pixel "$2" "$3")" "$4"
    else
        fail "the click did not select an item"
    fi
else
    fail "listview_click did not paint"
fi
for _ in $(seq 100); do kill -0 $prog 2>/dev/null || break; sleep 0.1; done
kill $prog 2>/dev/null
wait $prog
check "listview_click exit code" $? 0
[ -s "$tmp/lvc_err" ] && sed 's/^/# stderr: /' "$tmp/lvc_err"

# comdlg_color and comdlg_font (tests/programs) on the display: the
# ChooseColor and ChooseFont dialogs driven by the programs' own timers
# (edits, lists, OK, Cancel); their checks count here
for name in comdlg_color comdlg_font; do
    timeout 30 "$winrun" "$build/tests/programs/$name.exe" >"$tmp/$name" 2>"$tmp/${name}_err"
    check "$name exit code" $? 0
    while read -r line; do
        case $line in ok*) ok "$name: ${line#ok }" ;; FAIL*) fail "$name: ${line#FAIL }" ;; esac
    done < <(tr -d "\r" <"$tmp/$name")
    grep -q "^done [0-9]* checks, 0 failed" "$tmp/$name" || fail "$name did not finish: $(tail -1 "$tmp/$name")"
    [ -s "$tmp/${name}_err" ] && sed 's/^/# stderr: /' "$tmp/${name}_err"
done

# the sample GUI program (samples/sketchpad) on this Xvfb: tests/gui/sample.sh
# keeps its screenshots in $build/tests/gui/sample*.ppm
sample_out=$(tests/gui/sample.sh "$build")
echo "$sample_out" | sed '$d'
set -- $(echo "$sample_out" | tail -1)
passed=$((passed + ${1:-0}))
failed=$((failed + ${3:-1}))

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
