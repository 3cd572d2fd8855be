// GC churn under load for a number of seconds (argument 1, default 2):
// goroutines spin in tight loops that make no function calls, so the
// runtime can only stop them for the GC's stop-the-world phases by
// preempting their threads asynchronously (SuspendThread, GetThreadContext,
// SetThreadContext to inject a call, ResumeThread); meanwhile other
// goroutines allocate garbage and keep checked data alive, and the main
// goroutine forces collections. Without working preemption runtime.GC()
// never returns.
package main

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"winrun/tests/internal/t"
)

type node struct {
	next  *node
	value int
	data  []byte
}

var sink uint64

// spin loops with no calls until stop is set; atomic loads are inlined.
func spin(stop *int32, count *uint64) {
	x := uint64(1)
	n := uint64(0)
	for atomic.LoadInt32(stop) == 0 {
		for i := 0; i < 1000; i++ {
			x = x*6364136223846793005 + 1442695040888963407
		}
		n++
	}
	atomic.AddUint64(count, n)
	atomic.StoreUint64(&sink, x) // keeps the loop's work
}

// churn builds lists, keeps one of every few alive for a while, and checks
// each before dropping it: a GC bug shows as a corrupted list.
func churn(stop *int32, bad *int32, lists *uint64) {
	var keep []*node
	for atomic.LoadInt32(stop) == 0 {
		var head *node
		for i := 0; i < 1000; i++ {
			head = &node{next: head, value: i, data: make([]byte, 64+i%128)}
			head.data[0] = byte(i)
		}
		m := make(map[int]string, 100)
		for i := 0; i < 100; i++ {
			m[i] = strconv.Itoa(i)
		}
		if m[57] != "57" {
			atomic.AddInt32(bad, 1)
		}
		keep = append(keep, head)
		if len(keep) > 20 {
			for _, h := range keep {
				i := 999
				for p := h; p != nil; p = p.next {
					if p.value != i || p.data[0] != byte(i) || len(p.data) != 64+i%128 {
						atomic.AddInt32(bad, 1)
						break
					}
					i--
				}
				if i != -1 {
					atomic.AddInt32(bad, 1)
				}
			}
			keep = keep[:0]
		}
		atomic.AddUint64(lists, 1)
	}
}

func main() {
	seconds := 2.0
	if len(os.Args) > 1 {
		if v, err := strconv.ParseFloat(os.Args[1], 64); err == nil && v > 0 {
			seconds = v
		}
	}
	duration := time.Duration(seconds * float64(time.Second))
	runtime.GOMAXPROCS(4)

	var stop, bad int32
	var spins, lists uint64
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() { defer wg.Done(); spin(&stop, &spins) }()
	}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() { defer wg.Done(); churn(&stop, &bad, &lists) }()
	}

	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	forced := 0
	var worst time.Duration
	for time.Since(start) < duration {
		s := time.Now()
		runtime.GC()
		if d := time.Since(s); d > worst {
			worst = d
		}
		forced++
		time.Sleep(10 * time.Millisecond)
	}
	atomic.StoreInt32(&stop, 1)
	wg.Wait()
	elapsed := time.Since(start)

	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	gcs := after.NumGC - before.NumGC
	t.Trace("%v: %d forced GCs, %d GCs in all, slowest runtime.GC() %v, %d lists, %d spin rounds, max pause %v",
		elapsed.Round(time.Millisecond), forced, gcs, worst, lists, spins,
		time.Duration(maxPause(&after)))
	// a loaded machine slows each stop-the-world (every spinning goroutine's
	// thread is suspended): progress is the check, not a rate
	t.Ok(forced >= 2, "%d forced GCs in %v", forced, elapsed)
	t.Ok(gcs >= uint32(forced), "NumGC went up by %d for %d forced", gcs, forced)
	t.Ok(worst < 5*time.Second, "slowest runtime.GC() took %v", worst)
	t.Ok(lists > 0, "churning goroutines made %d lists", lists)
	t.Ok(spins > 0, "spinning goroutines made %d rounds", spins)
	t.Ok(bad == 0, "%d corrupted lists or maps", bad)
	t.Ok(elapsed < duration+10*time.Second, "ran %v for %v asked", elapsed, duration)
	os.Exit(t.Done())
}

func maxPause(m *runtime.MemStats) uint64 {
	var worst uint64
	for _, p := range m.PauseNs {
		if p > worst {
			worst = p
		}
	}
	return worst
}
