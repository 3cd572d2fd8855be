#!/usr/bin/env bash
# run.sh - runs the Win32 test programs and counts their checks.
#
# Usage: tests/programs/run.sh RUNNER DIR
#   RUNNER  command that runs an exe: build/bin/winrun, or wine (split on
#           spaces, so "valgrind build/bin/winrun" works too)
#   DIR     directory holding the built *.exe and the suite's DLLs
#
# Every DIR/*.exe is run (sorted by name), with a timeout of
# $WINRUN_TEST_TIMEOUT seconds (default 60), stdin from /dev/null, stdout
# and stderr into files.  Counting: each stdout line "ok ..." is a pass,
# "FAIL ..." a failure; a program that dies or times out, exits with an
# unexpected code, does not print "done N checks, F failed", or whose
# done line disagrees with the lines before it counts as one more
# failure, reported on a "FAIL run.sh: ..." line.  stderr lines are shown
# as "# stderr: ..." and not counted.  The last line is exactly
# "N passed, N failed"; the exit status is 1 if anything failed or no
# check ran at all.
#
# All programs get WINRUN_TEST_VAR="hello world" and WINRUN_TEST_UTF8
# (U+00E9 U+20AC) in the environment, as plain Unix variables that the
# runner must pass through.  Under wine, WINEDEBUG=-all is set and winedbg
# is disabled.  If the locale is not UTF-8, LC_ALL=C.UTF-8 is set for the
# programs.
#
# Programs needing more are listed in the table below (variants/setup):
# a program may run several times ("variants"), each with
#   ARGS     its arguments
#   RC       the exit code the shell must see, or several separated by |
#            (checked and reported as an ok line); unset means 0, checked
#            silently
#   STDIN    null (default) | file | pipe: the last two carry STDIN_DATA
#   STDOUT   file (default) | pipe: stdout and stderr through pipes (FIFOs)
#   ENVS     VAR=value settings for this run (e.g. TZ)
#   COMPARE  NAME: stdout and stderr must equal, byte for byte, what the
#            functions expect_NAME_out and expect_NAME_err print; such a
#            run's stdout is not echoed, the comparison gives ok/FAIL lines
#   STDERR   fixed strings that stderr must contain, each checked and
#            reported as an ok/FAIL line (e.g. a Go panic's message)
#   STDERR_WINRUN  the same, checked only when the runner is not wine
#            (winrun's own messages, such as its crash report)
# A program not in the table runs once with none of these.

set -u

STDIN_DATA=$'line one\r\nline two\n'
UTF8_ARG=$'\xc3\xa9\xe2\x82\xac'         # U+00E9 U+20AC, whatever the locale

variants() {
    case $1 in
    console_redirect) echo file pipe ;;
    cxx_eh_basic) echo default terminate ;;
    crt_assert) echo default assert wassert ;;
    comdlg_print) echo default interactive ;;
    exit_code)  echo return3 exit255 _exit7 exitprocess1027 exitprocess256 ;;
    filetype)   echo disk pipe null ;;
    go_exit)    echo exit7 panic nil deadlock ;;
    cxx_eh_msvc) echo default uncaught handler ;;
    seh_crash)  echo av int3 div thread_av raise overflow ;;
    seh_badstack) echo heap_rsp noaccess_rsp ret_data smash ;;
    seh_raise)  echo default filter_execute ;;
    stdio_text) echo file pipe ;;
    *)          echo default ;;
    esac
}

setup() {
    ARGS=() RC='' STDIN=null STDOUT=file COMPARE='' ENVS=() STDERR=() STDERR_WINRUN=()
    case $1:$2 in
    cmdline:*)      ARGS=(one 'two words') ;;
    timezone:*)     ENVS=(TZ=America/New_York) ;;
    # without a display MessageBox prints one line and returns the default button
    user_dialog:*)  STDERR_WINRUN=('winrun: MessageBox "Question": Save the file?') ;;
    # without a display GetOpenFileName prints one line and "cancels"
    comdlg_file:*)  STDERR_WINRUN=('winrun: GetOpenFileName: no display') ;;
    comdlg_color:*) STDERR_WINRUN=('winrun: ChooseColor: no display') ;;
    comdlg_font:*)  STDERR_WINRUN=('winrun: ChooseFont: no display') ;;
    comdlg_print:interactive) ARGS=(interactive) STDERR_WINRUN=('winrun: MessageBox "Print": No printers are installed.') ;;
    # without a display ShellAbout prints one line: the title, then the '#' line and the text
    shell_drag:*)   STDERR_WINRUN=('winrun: ShellAbout "Drag Test": Version 1 Some text') ;;
    # the default control handler exits with STATUS_CONTROL_C_EXIT (0xC000013A)
    console_ctrl:*) RC=58 ;;
    console_redirect:file) ARGS=(file) ;;
    console_redirect:pipe) ARGS=(pipe) STDOUT=pipe ;;
    args:*)         # must match `expected` in args.c, plus a non-ASCII one
                    # shellcheck disable=SC1003 # the backslashes are literal
                    ARGS=('' 'a"b' 'c\"d' 'e\' 'f g' ' lead' 'x\\y' '"' 'tail\\'
                          $'tab\there' '\\srv\share\' "$UTF8_ARG") ;;
    # an uncaught C++ exception: terminate() -> abort() (3), or the
    # set_terminate handler, which exits with 42
    cxx_eh_msvc:uncaught)     ARGS=(uncaught) RC=3 ;;
    cxx_eh_msvc:handler)      ARGS=(handler) RC=42 ;;
    # _assert/_wassert: the message on stderr, then abort() (3)
    crt_assert:default) STDERR=('narrow: No such file or directory' 'wide: Permission denied') ;;
    crt_assert:assert)  ARGS=(assert) RC=3 STDERR=('Assertion failed: x == 1, file file.c, line 12') ;;
    crt_assert:wassert) ARGS=(wassert) RC=3 STDERR=('Assertion failed: y != 2, file wfile.c, line 345') ;;
    exit_code:return3)        ARGS=(return 3) RC=3 ;;
    exit_code:exit255)        ARGS=(exit 255) RC=255 ;;
    exit_code:_exit7)         ARGS=(_exit 7) RC=7 ;;
    exit_code:exitprocess1027) ARGS=(ExitProcess 1027) RC=3 ;;  # only the low 8 bits reach the shell
    # a non-zero code whose low byte is 0 reaches the shell as 1, so that a
    # failure never looks like success (winrun and Wine agree)
    exit_code:exitprocess256)  ARGS=(ExitProcess 256) RC=1 ;;
    filetype:disk)  ARGS=(disk disk disk) STDIN=file ;;
    filetype:pipe)  ARGS=(pipe pipe pipe) STDIN=pipe STDOUT=pipe ;;
    filetype:null)  ARGS=(char disk disk) ;;              # /dev/null is the device NUL
    stdio_text:file) COMPARE=stdio_text ;;
    stdio_text:pipe) COMPARE=stdio_text STDOUT=pipe ;;
    ucrt_basic:*)   ARGS=(alpha 'beta gamma') RC=7 ;;
    # an unhandled exception ends the process with its code (low byte)
    seh_crash:av)   ARGS=(av) RC=5      # 0xC0000005
                    STDERR_WINRUN=('winrun: unhandled exception c0000005 (access violation writing 0x0000000000000010) in thread 1'
                                   'seh_crash.exe+0x') ;;
    seh_crash:int3) ARGS=(int3) RC=3    # 0x80000003
                    STDERR_WINRUN=('winrun: unhandled exception 80000003') ;;
    seh_crash:div)  ARGS=(div) RC=148   # 0xC0000094
                    STDERR_WINRUN=('winrun: unhandled exception c0000094') ;;
    seh_crash:thread_av) ARGS=(thread_av) RC=5
                    STDERR_WINRUN=('winrun: unhandled exception c0000005 (access violation writing 0x0000000000000010)') ;;
    seh_crash:raise) ARGS=(raise) RC=35  # 0xE0000123
                    STDERR_WINRUN=('winrun: unhandled exception e0000123') ;;
    seh_crash:overflow) ARGS=(overflow) RC=253  # 0xC00000FD
                    # Wine 8's dispatcher overflows the little stack left and exits with 1
                    [[ -n ${UNDER_WINE:-} ]] && RC='253|1'
                    STDERR_WINRUN=('winrun: unhandled exception c00000fd') ;;
    # faults with a corrupted stack (seh_badstack.c): 0xC0000005 in each mode;
    # its unhandled filter exits 76 if called in heap_rsp mode
    seh_badstack:heap_rsp) ARGS=(heap_rsp) RC=5
                    STDERR=('vectored handler: c0000005')
                    STDERR_WINRUN=('winrun: unhandled exception c0000005 (access violation writing 0x0000000000000010) in thread 1'
                                   'seh_badstack.exe+0x') ;;
    # no stack to dispatch on: no handler runs (Wine 8 dies of SIGSEGV itself)
    seh_badstack:noaccess_rsp) ARGS=(noaccess_rsp) RC=5
                    [[ -n ${UNDER_WINE:-} ]] && RC='5|139'
                    STDERR_WINRUN=('winrun: unhandled exception c0000005 (access violation writing 0x0000000000000010) in thread 1'
                                   'seh_badstack.exe+0x') ;;
    seh_badstack:ret_data) ARGS=(ret_data) RC=5
                    STDERR=('vectored handler: c0000005')
                    STDERR_WINRUN=('winrun: unhandled exception c0000005 (access violation executing 0x') ;;
    seh_badstack:smash) ARGS=(smash) RC=5
                    STDERR=('vectored handler: c0000005')
                    STDERR_WINRUN=('winrun: unhandled exception c0000005 (access violation reading 0xffffffffffffffff) in thread 1'
                                   'seh_badstack.exe+0x') ;;
    # the unhandled exception filter answers EXCEPTION_EXECUTE_HANDLER for 0xE0070042
    seh_raise:filter_execute) ARGS=(filter_execute) RC=66 ;;
    # an uncaught C++ exception: the std::set_terminate handler exits with 77
    cxx_eh_basic:terminate) ARGS=(terminate) RC=77 ;;
    go_os:*)        ARGS=(one 'two words' "$UTF8_ARG") ;;
    go_gc:*)        ARGS=(2.5) ;;   # seconds of GC churn (issue 4 asks 10 once)
    go_exit:exit7)  ARGS=(exit 7) RC=7 ;;
    # Go's runtime prints an unrecovered panic or fatal error and exits with 2
    go_exit:panic)  ARGS=(panic) RC=2
                    STDERR=('panic: go_exit test panic' 'goroutine 1 [running]:') ;;
    # the access violation (read at nil + 8) is reported with its code
    go_exit:nil)    ARGS=(nil) RC=2
                    STDERR=('panic: runtime error: invalid memory address or nil pointer dereference'
                            '[signal 0xc0000005 code=0x0 addr=0x8 pc=') ;;
    go_exit:deadlock) ARGS=(deadlock) RC=2
                    STDERR=('fatal error: all goroutines are asleep - deadlock!') ;;
    esac
}

# What stdio_text.exe writes in text mode: "\n" -> "\r\n" except where it
# uses WriteFile or binary mode.
expect_stdio_text_out() {
    printf 'printf 42\r\nputs line\r\nfputs line\r\nfwrite line\r\na\r\nb\r\ncrlf\r\r\n'
    printf 'raw\nbinary\nlowio\r\n'
    printf '%5000s' '' | tr ' ' x
    printf '\r\ndone 0 checks, 0 failed\r\nafter done\r\natexit\r\n'
}
expect_stdio_text_err() {
    printf 'stderr line\r\nerr2\r\n'
}

if [[ $# -ne 2 ]]; then
    echo "usage: $0 RUNNER DIR" >&2
    exit 2
fi
read -r -a RUNNER <<< "$1"
DIR=$2
TIMEOUT=${WINRUN_TEST_TIMEOUT:-60}

export WINRUN_TEST_VAR='hello world'
export WINRUN_TEST_UTF8=$UTF8_ARG
# Non-ASCII arguments and variables are UTF-8, which Wine only decodes as
# such in a UTF-8 locale.
if [[ $(locale charmap 2>/dev/null) != UTF-8 ]]; then
    export LC_ALL=C.UTF-8
fi
case ${RUNNER[0]##*/} in
# no crash debugger: an unhandled exception ends the process with its code
# at once, as on Windows without a debugger (winedbg races with the exit)
wine*) export WINEDEBUG=-all WINEDLLOVERRIDES="winedbg.exe=d${WINEDLLOVERRIDES:+;$WINEDLLOVERRIDES}"
       UNDER_WINE=1 ;;
esac

TMP=$(mktemp -d "${TMPDIR:-/tmp}/winrun-programs.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

pass=0
fail=0

# report ok|FAIL LABEL MESSAGE: one of the runner's own checks
report() {
    if [[ $1 == ok ]]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
    fi
    printf '%s run.sh: %s: %s\n' "$1" "$2" "$3"
}

# Run one exe as set up; leaves $TMP/out, $TMP/err and the status in $rc.
run_one() {
    local exe=$1 in=/dev/null out_pid err_pid
    rm -f "$TMP"/*
    case $STDIN in
    file) printf '%s' "$STDIN_DATA" > "$TMP/in"; in=$TMP/in ;;
    pipe) mkfifo "$TMP/in"; printf '%s' "$STDIN_DATA" > "$TMP/in" & in=$TMP/in ;;
    esac
    if [[ $STDOUT == pipe ]]; then
        mkfifo "$TMP/out.fifo" "$TMP/err.fifo"
        cat "$TMP/out.fifo" > "$TMP/out" & out_pid=$!
        cat "$TMP/err.fifo" > "$TMP/err" & err_pid=$!
        env "${ENVS[@]}" timeout -k 5 "$TIMEOUT" "${RUNNER[@]}" "$exe" "${ARGS[@]}" \
            < "$in" > "$TMP/out.fifo" 2> "$TMP/err.fifo"
        rc=$?
        wait "$out_pid" "$err_pid"
    else
        env "${ENVS[@]}" timeout -k 5 "$TIMEOUT" "${RUNNER[@]}" "$exe" "${ARGS[@]}" \
            < "$in" > "$TMP/out" 2> "$TMP/err"
        rc=$?
    fi
    wait    # the stdin writer, if any
}

# Count and show the lines of the run just made.
evaluate() {
    local label=$1 line n_ok=0 n_fail=0 done_line='' expect=${RC:-0}
    local re='^done ([0-9]+) checks, ([0-9]+) failed$'

    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%$'\r'}
        [[ -z $COMPARE ]] && printf '%s\n' "$line"
        case $line in
        'ok '*)   pass=$((pass + 1)); n_ok=$((n_ok + 1)) ;;
        'FAIL '*) fail=$((fail + 1)); n_fail=$((n_fail + 1)) ;;
        'done '*)
            if [[ -z $done_line && $line =~ $re ]]; then
                done_line=$line
                if [[ ${BASH_REMATCH[1]} -ne $((n_ok + n_fail)) || ${BASH_REMATCH[2]} -ne $n_fail ]]; then
                    report FAIL "$label" "'$line' but $((n_ok + n_fail)) check lines, $n_fail failed, came before it"
                fi
            fi ;;
        esac
    done < "$TMP/out"

    if [[ -n $COMPARE ]]; then
        compare "$label" out
        compare "$label" err
    else
        while IFS= read -r line || [[ -n $line ]]; do
            printf '# stderr: %s\n' "${line%$'\r'}"
        done < "$TMP/err"
    fi
    local want
    [[ -z ${UNDER_WINE:-} ]] && STDERR+=("${STDERR_WINRUN[@]}")
    for want in "${STDERR[@]}"; do
        if grep -qF -- "$want" "$TMP/err"; then
            report ok "$label" "stderr has '$want'"
        else
            report FAIL "$label" "stderr lacks '$want'"
        fi
    done

    if [[ $rc -eq 124 || $rc -eq 137 ]]; then
        report FAIL "$label" "timed out after ${TIMEOUT}s"
    elif [[ "|$expect|" != *"|$rc|"* ]]; then
        # a program whose checks failed returns 1: already counted
        if ! [[ $rc -eq 1 && $expect == 0 && $n_fail -gt 0 ]]; then
            report FAIL "$label" "exit code $rc, expected $expect"
        fi
    elif [[ -n $RC ]]; then
        report ok "$label" "exit code $rc"
    fi
    if [[ -z $done_line && $rc -ne 124 && $rc -ne 137 ]]; then
        report FAIL "$label" "no done line (exit code $rc): crashed or stopped early"
    fi
}

# compare LABEL out|err: the captured stream against expect_NAME_STREAM
compare() {
    local label=$1 stream=$2
    "expect_${COMPARE}_$stream" > "$TMP/expected"
    if cmp -s "$TMP/expected" "$TMP/$stream"; then
        report ok "$label" "std$stream matches byte for byte ($(wc -c < "$TMP/$stream") bytes)"
    else
        report FAIL "$label" "std$stream differs from the expected bytes"
        diff <(od -An -c "$TMP/expected") <(od -An -c "$TMP/$stream") | head -n 20 | sed 's/^/# /'
    fi
}

mapfile -t exes < <(printf '%s\n' "$DIR"/*.exe | LC_ALL=C sort)
for exe in "${exes[@]}"; do
    if [[ ! -f $exe ]]; then
        echo "run.sh: no programs in $DIR" >&2
        break
    fi
    name=${exe##*/}
    name=${name%.exe}
    for variant in $(variants "$name"); do
        setup "$name" "$variant"
        label=$name.exe
        [[ $variant != default ]] && label="${label}[$variant]"
        echo "--- $label"
        run_one "$exe"
        evaluate "$label"
    done
done

echo "$pass passed, $fail failed"
[[ $fail -eq 0 && $((pass + fail)) -gt 0 ]]
