#!/usr/bin/env bash
# run.sh - `make bench`: start-up and API costs of winrun against the same
# work done natively and, where Wine is installed, under Wine, in one run.
#
#   tests/bench/run.sh BUILD_DIR          (QUICK=1: fewer runs, shorter loops,
#                                          no 7za and no cold Wine prefix)
#
# Each row runs the Windows program under winrun, its native twin, and the
# same program under Wine, RUNS times each through benchexec, which keeps
# the medians. The inner-loop rows take the program's own "bench NAME VALUE
# UNIT" line (so start-up is not counted); the start-up rows take the wall
# time and peak RSS of whole runs. The table is Markdown, printed and kept
# in BUILD_DIR/bench/table.md; progress and the programs' stderr go to
# BUILD_DIR/bench/bench.log. Nothing here asserts: "met" only compares the
# ratio with the issue's target.
#
# winrun runs in its own prefix (BUILD_DIR/bench/prefix) and Wine in its own
# (BUILD_DIR/bench/wine-prefix, made once, then kept warm by a persistent
# wineserver for the length of the run). NO_WINE=1 leaves Wine out.
set -u
build=$(cd "$1" && pwd)
bin=$build/tests/bench
benchexec=$bin/benchexec
winrun=$build/bin/winrun
work=$build/bench
log=$work/bench.log
quick=${QUICK:-}
if [ -n "$quick" ]; then runs=3 loop=-t20; else runs=5 loop=-t100; fi

mkdir -p "$work/files" "$work/prefix"
: >"$log"
export WINRUN_PREFIX=$work/prefix

wine=
if [ -z "${NO_WINE:-}" ]; then
    if command -v wine >/dev/null; then wine=wine
    elif command -v wine64 >/dev/null; then wine=wine64; fi
fi
if [ -n "$wine" ]; then
    export WINEPREFIX=$work/wine-prefix WINEDEBUG=-all
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        echo "bench: making the Wine prefix $WINEPREFIX (once; not timed)" >&2
        $wine wineboot -i >>"$log" 2>&1
        wineserver -w
    fi
    # a persistent server keeps Wine warm between runs; ended on exit
    wineserver -p
    trap 'wineserver -k 2>/dev/null' EXIT
fi

# 10000 files for the directory listing row, made once
finddir=$work/find10k
if [ ! -f "$work/find10k.done" ]; then
    rm -rf "$finddir" && mkdir -p "$finddir"
    (cd "$finddir" && seq -f "File%05g.Dat" 0 9999 | xargs touch) && touch "$work/find10k.done"
fi

declare -A res_w res_n res_x

# measure KEY [-t SECONDS] WINDOWS_ARGS... [-- NATIVE_ARGS...]: runs the
# Windows program (first word: NAME.exe in BUILD_DIR/tests/bench, or a path)
# under winrun and Wine, and the native command (first word: the name of a
# program in BUILD_DIR/tests/bench/native, or a path); keeps benchexec's lines
measure() {
    local key=$1 limit=120 win=() native=() exe
    shift
    if [ "$1" = -t ]; then limit=$2; shift 2; fi
    while [ $# -gt 0 ] && [ "$1" != -- ]; do win+=("$1"); shift; done
    [ $# -gt 0 ] && { shift; native=("$@"); }
    case ${win[0]} in /*) exe=${win[0]} ;; *) exe=$bin/${win[0]} ;; esac
    echo "bench: $key" >&2
    echo "== $key" >>"$log"
    res_w[$key]=$("$benchexec" -t "$limit" "$runs" "$winrun" "$exe" "${win[@]:1}" 2>>"$log")
    if [ ${#native[@]} -gt 0 ]; then
        case ${native[0]} in /*) ;; *) native[0]=$bin/native/${native[0]} ;; esac
        res_n[$key]=$("$benchexec" -t "$limit" "$runs" "${native[@]}" 2>>"$log")
    fi
    [ -n "$wine" ] && res_x[$key]=$("$benchexec" -t "$limit" "$runs" $wine "$exe" "${win[@]:1}" 2>>"$log")
}

# field RESULT wall|rss|value: the number, or nothing
field() {
    set -- $1 "$2"
    [ "$1" = ok ] || return 0
    case ${!#} in
        wall) echo "$2" ;;
        rss) echo "$3" ;;
        value) [ "$4" = - ] || echo "$4" ;;
    esac
}

# cell RESULT FIELD: what the table shows
cell() {
    local v
    case $1 in
        "") echo "-"; return ;;
        na*) echo "n/a"; return ;;
        fail*) echo "FAIL"; return ;;
    esac
    v=$(field "$1" "$2")
    [ -z "$v" ] && { echo "-"; return; }
    case $2 in
        wall) awk -v v="$v" 'BEGIN { printf "%.1f ms", v }' ;;
        rss) awk -v v="$v" 'BEGIN { printf "%.1f MiB", v / 1024 }' ;;
        value) set -- $1
               awk -v v="$v" -v u="$5" 'BEGIN { if (v >= 100) printf "%.0f %s", v, u; else printf "%.3g %s", v, u }' ;;
    esac
}

ratio() {
    [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b }'
}

notes=()
table=()

# row LABEL KEY FIELD CHECK TARGET_TEXT: one line of the table. CHECK is
# native<=K, native>=K, wine<=K, wine>=K (the ratio winrun/that) or
# abs<=K (winrun's figure in ms, or MiB for rss), for the "met" column.
row() {
    local label=$1 key=$2 fld=$3 check=$4 text=$5
    local w=${res_w[$key]-} n=${res_n[$key]-} x=${res_x[$key]-}
    local fw fn fx rn rx met="?" k v
    fw=$(field "$w" "$fld"); fn=$(field "$n" "$fld"); fx=$(field "$x" "$fld")
    rn=$(ratio "$fw" "$fn"); rx=$(ratio "$fw" "$fx")
    k=${check#*[<>]=}
    case $check in
        native*) v=${rn%x} ;;
        wine*) v=${rx%x} ;;
        abs*) v=$fw; [ "$fld" = rss ] && [ -n "$v" ] && v=$(awk -v v="$v" 'BEGIN { print v / 1024 }') ;;
    esac
    if [ -n "$v" ]; then
        case $check in
            *'<='*) met=$(awk -v v="$v" -v k="$k" 'BEGIN { print (v <= k ? "yes" : "NO") }') ;;
            *'>='*) met=$(awk -v v="$v" -v k="$k" 'BEGIN { print (v >= k ? "yes" : "NO") }') ;;
        esac
    fi
    local r
    for r in "winrun:$w" "native:$n" "Wine:$x"; do
        case ${r#*:} in
            na*|fail*) notes+=("$label, ${r%%:*}: ${r#*:}") ;;
        esac
    done
    table+=("| $label | $(cell "$w" "$fld") | $(cell "$n" "$fld") | $(cell "$x" "$fld") | ${rn:--} | ${rx:--} | $text | $met |")
}

# ---- measurements ----
measure hello hello.exe -- hello
# the first run in a new prefix: a fresh one every run
walls=()
for i in $(seq "$runs"); do
    rm -rf "$work/newprefix"
    r=$("$benchexec" 1 "$winrun" --prefix "$work/newprefix" "$bin/hello.exe" 2>>"$log")
    [ "${r%% *}" = ok ] || { res_w[newprefix]=$r; break; }
    walls+=("$(field "$r" wall)")
done
if [ ${#walls[@]} -eq "$runs" ]; then
    res_w[newprefix]="ok $(printf '%s\n' "${walls[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }') 0 - -"
    res_w[prefixsize]="ok 0 0 $(du -sk "$work/newprefix" | awk '{ printf "%.3f", $1 / 1024 }') MiB"
fi
rm -rf "$work/newprefix"
if [ -n "$wine" ] && [ -z "$quick" ]; then
    echo "bench: a new Wine prefix (one run)" >&2
    rm -rf "$work/wine-new"
    res_x[newprefix]=$(WINEPREFIX=$work/wine-new "$benchexec" -t 300 1 $wine "$bin/hello.exe" 2>>"$log")
    WINEPREFIX=$work/wine-new wineserver -k 2>/dev/null
    WINEPREFIX=$work/wine-new wineserver -w 2>/dev/null
    [ "${res_x[newprefix]%% *}" = ok ] &&
        res_x[prefixsize]="ok 0 0 $(du -sk "$work/wine-new" | awk '{ printf "%.3f", $1 / 1024 }') MiB"
    rm -rf "$work/wine-new"
fi
measure lasterror lasterror.exe $loop -- lasterror $loop
measure critsec critsec.exe $loop -- critsec $loop
measure heap heap.exe $loop -- heap $loop
measure event_threads -t 60 event_threads.exe $loop -- event_threads $loop
measure event_procs -t 30 event_procs.exe $loop -- event_procs $loop
measure createfile createfile.exe $loop "$work/files" -- createfile $loop "$work/files"
measure write fileio.exe $loop write "$work/files" -- fileio $loop write "$work/files"
measure read fileio.exe $loop read "$work/files" -- fileio $loop read "$work/files"
measure find find.exe $loop "$finddir" -- find $loop "$finddir"
measure spawn spawn.exe $loop "$bin/hello.exe" -- spawn $loop "$bin/native/hello"
sevenzip=$build/cache/7zip-bin-5.2.0/package/win/x64/7za.exe
if [ -n "$quick" ]; then
    notes+=("7za: skipped with QUICK=1")
elif [ ! -f "$sevenzip" ]; then
    notes+=("7za: $sevenzip is not there (make test-7za B=... fetches it)")
else
    # 3 passes at one dictionary size (4 MiB): about 12 s a run instead of
    # 30 to 60 s for the default, and the same code paths
    echo "bench: 7za b 3 -mmt1 -md22" >&2
    res_w[7za]=$("$benchexec" -7 -t 120 1 "$winrun" "$sevenzip" b 3 -mmt1 -md22 2>>"$log")
    [ -n "$wine" ] && res_x[7za]=$("$benchexec" -7 -t 120 1 $wine "$sevenzip" b 3 -mmt1 -md22 2>>"$log")
fi
measure fillrect gdi.exe $loop fillrect
measure textout gdi.exe $loop textout
measure bitblt gdi.exe $loop bitblt

# ---- the table ----
row "start-up: hello.exe (wall)" hello wall native\<=3 "<= 3x native"
row "first run in a new prefix (wall)" newprefix wall abs\<=20 "<= 20 ms"
row "new prefix size (du)" prefixsize value abs\<=1 "<= 1 MiB"
row "peak RSS of hello.exe" hello rss abs\<=8 "<= 8 MiB"
row "SetLastError+GetLastError" lasterror value native\<=1.2 "<= 1.2x a plain call pair"
row "Enter/LeaveCriticalSection" critsec value native\<=1 "<= pthread_mutex"
row "HeapAlloc/HeapFree churn" heap value native\<=1 "<= glibc malloc/free"
row "event ping-pong, 2 threads" event_threads value native\<=1.5 "<= 1.5x futex"
row "named event ping-pong, 2 processes" event_procs value native\<=2 "<= 2x futex"
row "CreateFile+CloseHandle, mixed case" createfile value native\<=3 "<= 3x open+close"
row "WriteFile 64 KiB blocks" write value native\>=0.95 ">= 0.95x write"
row "ReadFile 64 KiB blocks" read value native\>=0.95 ">= 0.95x read"
row "FindFirst/NextFile, 10k files (per file)" find value native\<=2 "<= 2x readdir+stat"
row "CreateProcess+wait of hello.exe" spawn value native\<=3 "<= 3x posix_spawn+wait"
row "7za b 3 -mmt1 -md22 (rating)" 7za value wine\>=0.98 ">= 0.98x Wine"
row "GDI FillRect 64x64 into a DIB" fillrect value wine\<=1 "<= Wine"
row "GDI TextOut 11 chars into a DIB" textout value wine\<=1 "<= Wine"
row "GDI BitBlt 256x256 DIB to DIB" bitblt value wine\<=1 "<= Wine"

{
    echo "| what | winrun | native | Wine | winrun/native | winrun/Wine | target | met |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
    printf '%s\n' "${table[@]}"
    echo
    echo "$runs runs each, medians$([ -n "$quick" ] && echo " (QUICK=1)"); Wine: $([ -n "$wine" ] && $wine --version 2>/dev/null || echo "not used")."
    [ -z "$wine" ] && echo "Wine is not installed (apt-get install wine64): its column is empty."
    for note in "${notes[@]}"; do echo "- $note"; done
} | tee "$work/table.md"
