// How a Go program ends: run.sh runs it with one of
//   exit N     os.Exit(N) after the done line (a deferred call must not run)
//   panic      an unrecovered panic: the runtime prints it and exits with 2
//   nil        an unrecovered nil dereference: the fault is reported as a
//              panic with the exception code, exit 2
//   deadlock   every goroutine blocked: "fatal error: ... deadlock!", exit 2
// and checks the exit code and what stderr must contain.
package main

import (
	"fmt"
	"os"
	"strconv"

	"winrun/tests/internal/t"
)

type point struct{ x, y int }

//go:noinline
func deref(p *point) int { return p.y }

func main() {
	if !t.Ok(len(os.Args) >= 2, "arguments %q", os.Args) {
		os.Exit(t.Done())
	}
	switch os.Args[1] {
	case "exit":
		code := 0
		if len(os.Args) > 2 {
			code, _ = strconv.Atoi(os.Args[2])
		}
		t.Ok(true, "exiting with %d", code)
		t.Done()
		defer fmt.Println("FAIL a deferred call ran after os.Exit")
		os.Exit(code)
	case "panic":
		t.Ok(true, "panicking")
		t.Done()
		defer fmt.Println("# deferred calls run while panicking")
		panic("go_exit test panic")
	case "nil":
		t.Ok(true, "dereferencing nil")
		t.Done()
		var p *point
		fmt.Println(deref(p))
	case "deadlock":
		t.Ok(true, "blocking forever")
		t.Done()
		c := make(chan int)
		<-c
	default:
		t.Ok(false, "unknown mode %q", os.Args[1])
		os.Exit(t.Done())
	}
}
