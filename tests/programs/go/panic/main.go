// panic and recover: explicit panics, runtime errors the compiler checks
// (index, nil map, type assertion, divide by zero) and runtime errors that
// are hardware faults turned into panics by the runtime's exception
// handler (nil pointer dereference, nil func call, a fault at a mapped but
// inaccessible address with debug.SetPanicOnFault).
package main

import (
	"errors"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"unsafe"

	"winrun/tests/internal/t"
)

// catch runs f and returns what it panicked with (nil if it returned).
func catch(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

// runtimeError checks that r is a runtime.Error whose text is want.
func runtimeError(what string, r interface{}, want string) {
	err, isRuntime := r.(runtime.Error)
	msg := ""
	if isRuntime {
		msg = err.Error()
	}
	t.OkDepth(1, isRuntime && msg == want, "%s: recovered %T %q, expected runtime.Error %q", what, r, msg, want)
}

var errSentinel = errors.New("sentinel")

type point struct{ x, y int }

//go:noinline
func deref(p *point) int { return p.y }

//go:noinline
func store(p *point, v int) { p.x = v }

//go:noinline
func divide(a, b int) int { return a / b }

//go:noinline
func index(s []int, i int) int { return s[i] }

func explicit() {
	r := catch(func() { panic("boom") })
	t.Ok(r == "boom", "panic(\"boom\") recovered %v", r)

	r = catch(func() { panic(errSentinel) })
	err, _ := r.(error)
	t.Ok(errors.Is(err, errSentinel), "panic(error) recovered %v", r)

	var order []int
	catch(func() {
		defer func() { order = append(order, 1) }()
		defer func() { order = append(order, 2) }()
		panic("x")
	})
	t.Ok(len(order) == 2 && order[0] == 2 && order[1] == 1, "deferred calls run last-in first-out: %v", order)

	// a panic in a deferred call replaces the first one
	r = catch(func() {
		defer func() { panic("second") }()
		panic("first")
	})
	t.Ok(r == "second", "panic during panicking: recovered %v", r)

	// re-panic after recover
	r = catch(func() {
		defer func() {
			v := recover()
			panic("again: " + v.(string))
		}()
		panic("one")
	})
	t.Ok(r == "again: one", "re-panic recovered %v", r)

	// a goroutine recovers its own panic
	done := make(chan interface{})
	go func() { done <- catch(func() { panic(42) }) }()
	r = <-done
	t.Ok(r == 42, "panic on another goroutine recovered %v", r)
	t.Ok(recover() == nil, "recover outside a deferred call returns nil")
}

func checked() {
	s := []int{1, 2, 3}
	n := 5
	runtimeError("index", catch(func() { index(s, n) }), "runtime error: index out of range [5] with length 3")
	runtimeError("slice", catch(func() { _ = s[1:n] }), "runtime error: slice bounds out of range [:5] with capacity 3")
	var m map[string]int
	runtimeError("nil map", catch(func() { m["a"] = 1 }), "assignment to entry in nil map")
	var i interface{} = "str"
	r := catch(func() { _ = i.(int) })
	_, isTA := r.(*runtime.TypeAssertionError)
	t.Ok(isTA, "failed type assertion: recovered %T %v", r, r)
	runtimeError("divide", catch(func() { divide(7, 0) }), "runtime error: integer divide by zero")
	zero := 0
	runtimeError("modulo", catch(func() { _ = 7 % zero }), "runtime error: integer divide by zero")
	t.Ok(divide(-9, 2) == -4, "divide still works: %d", divide(-9, 2))
}

// These fault in hardware: the runtime's vectored exception handler sees
// EXCEPTION_ACCESS_VIOLATION and makes the thread continue in sigpanic.
func faults() {
	var p *point
	runtimeError("nil read", catch(func() { deref(p) }), "runtime error: invalid memory address or nil pointer dereference")
	runtimeError("nil write", catch(func() { store(p, 1) }), "runtime error: invalid memory address or nil pointer dereference")
	var f func() int
	runtimeError("nil func", catch(func() { f() }), "runtime error: invalid memory address or nil pointer dereference")

	// the goroutine goes on normally after a fault
	q := &point{3, 4}
	t.Ok(deref(q) == 4, "deref after a recovered fault: %d", deref(q))

	// many faults, on several goroutines at once
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func() {
			n := 0
			for i := 0; i < 250; i++ {
				if catch(func() { deref(p) }) != nil {
					n++
				}
			}
			done <- n
		}()
	}
	total := 0
	for g := 0; g < 4; g++ {
		total += <-done
	}
	t.Ok(total == 1000, "1000 faults on 4 goroutines: %d recovered", total)

	// a fault at a reserved, uncommitted address: with SetPanicOnFault the
	// runtime panics with an error that carries the address
	kernel32 := syscall.NewLazyDLL("kernel32.dll")
	virtualAlloc := kernel32.NewProc("VirtualAlloc")
	const memReserve, pageNoAccess = 0x2000, 0x01
	base, _, _ := virtualAlloc.Call(0, 1<<16, memReserve, pageNoAccess)
	t.Ok(base != 0, "VirtualAlloc(MEM_RESERVE) %#x", base)
	if base != 0 {
		old := debug.SetPanicOnFault(true)
		addr := base + 0x100
		r := catch(func() { _ = *(*int)(unsafe.Pointer(addr)) })
		debug.SetPanicOnFault(old)
		re, isRuntime := r.(runtime.Error)
		msg := ""
		if isRuntime {
			msg = re.Error()
		}
		t.Ok(isRuntime && strings.Contains(msg, "invalid memory address"), "fault at %#x: recovered %T %q", addr, r, msg)
		fa, hasAddr := r.(interface{ Addr() uintptr })
		got := uintptr(0)
		if hasAddr {
			got = fa.Addr()
		}
		t.Ok(hasAddr && got == addr, "the error's Addr() is %#x, expected %#x", got, addr)
	}
}

func main() {
	runtime.GOMAXPROCS(4)
	explicit()
	checked()
	faults()
	os.Exit(t.Done())
}
