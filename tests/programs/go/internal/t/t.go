// Package t gives the Go test programs test.h's output: one line per
// check, "ok FILE:LINE message" or "FAIL FILE:LINE message", "# ..." for
// traces, then "done N checks, F failed" (tests/programs/run.sh counts
// these lines). Each line is one write to the standard output, which Go
// does not buffer, so a crash later leaves the lines printed so far.
// Safe to call from any goroutine.
package t

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

var (
	mu       sync.Mutex
	checks   int
	failures int
)

func line(prefix string, depth int, format string, args []interface{}) string {
	where := ""
	if _, file, ln, ok := runtime.Caller(depth + 1); ok {
		where = fmt.Sprintf("%s:%d ", filepath.Base(file), ln)
	}
	return prefix + " " + where + fmt.Sprintf(format, args...) + "\n"
}

// Ok records one check and prints its line; it returns cond.
func Ok(cond bool, format string, args ...interface{}) bool {
	return OkDepth(1, cond, format, args...)
}

// OkDepth is Ok for helpers: the line reported is depth calls up.
func OkDepth(depth int, cond bool, format string, args ...interface{}) bool {
	prefix := "ok"
	if !cond {
		prefix = "FAIL"
	}
	s := line(prefix, depth+1, format, args)
	mu.Lock()
	checks++
	if !cond {
		failures++
	}
	os.Stdout.WriteString(s)
	mu.Unlock()
	return cond
}

// Trace prints a "# ..." line that the runner shows but does not count.
func Trace(format string, args ...interface{}) {
	s := "# " + fmt.Sprintf(format, args...) + "\n"
	mu.Lock()
	os.Stdout.WriteString(s)
	mu.Unlock()
}

// Done prints the "done" line and returns the exit code: 0 if every
// check passed, else 1. Programs end with os.Exit(t.Done()).
func Done() int {
	mu.Lock()
	defer mu.Unlock()
	fmt.Fprintf(os.Stdout, "done %d checks, %d failed\n", checks, failures)
	if failures != 0 {
		return 1
	}
	return 0
}
