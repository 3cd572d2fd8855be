// Goroutines across OS threads: GOMAXPROCS(4), many goroutines joined with
// sync.WaitGroup, mutex and atomic counters, goroutines locked to threads.
package main

import (
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"

	"winrun/tests/internal/t"
)

var getCurrentThreadId = syscall.NewLazyDLL("kernel32.dll").NewProc("GetCurrentThreadId")

// fib is recursive so that a goroutine's stack grows (copied by the runtime).
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func manyGoroutines() {
	const n = 1000
	var wg sync.WaitGroup
	results := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sum := 0
			for k := 0; k <= i; k++ {
				sum += k
			}
			results[i] = sum
		}(i)
	}
	wg.Wait()
	bad := 0
	for i, r := range results {
		if r != i*(i+1)/2 {
			bad++
		}
	}
	t.Ok(bad == 0, "%d goroutines: %d wrong results", n, bad)
}

func mutexCounter() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	t.Ok(counter == 160000, "mutex counter: got %d, expected 160000", counter)
}

func atomicCounter() {
	var wg sync.WaitGroup
	var counter int64
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50000; i++ {
				atomic.AddInt64(&counter, 1)
			}
		}()
	}
	wg.Wait()
	t.Ok(counter == 800000, "atomic counter: got %d, expected 800000", counter)
}

// Four goroutines locked to their threads must be on four distinct
// Windows threads, all alive at once (a barrier holds them).
func lockedThreads() {
	const n = 4
	var wg sync.WaitGroup
	var arrived int32
	ids := make([]uintptr, n)
	main, _, _ := getCurrentThreadId.Call()
	for g := 0; g < n; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			ids[g], _, _ = getCurrentThreadId.Call()
			atomic.AddInt32(&arrived, 1)
			for atomic.LoadInt32(&arrived) < n {
				runtime.Gosched()
			}
		}(g)
	}
	wg.Wait()
	distinct := map[uintptr]bool{}
	for _, id := range ids {
		if id != 0 {
			distinct[id] = true
		}
	}
	t.Ok(len(distinct) == n, "locked goroutines ran on %d distinct threads, expected %d (ids %v)", len(distinct), n, ids)
	t.Trace("main goroutine started on thread %d", main)
}

func stackGrowth() {
	done := make(chan int)
	go func() { done <- fib(27) }()
	r := <-done
	t.Ok(r == 196418, "fib(27) on a goroutine: got %d", r)
}

func condAndOnce() {
	var once sync.Once
	var calls int32
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { atomic.AddInt32(&calls, 1) })
			mu.Lock()
			ready++
			cond.Broadcast()
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 10 {
		cond.Wait()
	}
	mu.Unlock()
	wg.Wait()
	t.Ok(calls == 1, "sync.Once ran %d times", calls)
	t.Ok(ready == 10, "sync.Cond: %d goroutines reported", ready)
}

func main() {
	prev := runtime.GOMAXPROCS(4)
	t.Trace("NumCPU %d, previous GOMAXPROCS %d", runtime.NumCPU(), prev)
	t.Ok(runtime.NumCPU() >= 1, "NumCPU %d", runtime.NumCPU())
	t.Ok(runtime.GOMAXPROCS(0) == 4, "GOMAXPROCS %d", runtime.GOMAXPROCS(0))
	manyGoroutines()
	mutexCounter()
	atomicCounter()
	lockedThreads()
	stackGrowth()
	condAndOnce()
	os.Exit(t.Done())
}
