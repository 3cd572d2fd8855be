// Timers: time.Sleep, time.After, Timer Stop/Reset, AfterFunc, Ticker,
// many concurrent sleepers, context deadlines. Bounds are loose (a loaded
// machine is slow), but a sleep must never end early.
package main

import (
	"context"
	"os"
	"runtime"
	"sync"
	"time"

	"winrun/tests/internal/t"
)

const slack = 2 * time.Second // how late anything may be

func sleep() {
	start := time.Now()
	time.Sleep(100 * time.Millisecond)
	d := time.Since(start)
	t.Ok(d >= 100*time.Millisecond && d < 100*time.Millisecond+slack, "Sleep(100ms) took %v", d)

	// short sleeps: Go asks for a high-resolution timer (or timeBeginPeriod(1))
	start = time.Now()
	for i := 0; i < 50; i++ {
		time.Sleep(time.Millisecond)
	}
	d = time.Since(start)
	t.Trace("50 x Sleep(1ms) took %v", d)
	t.Ok(d >= 50*time.Millisecond && d < 50*time.Millisecond+slack, "50 x Sleep(1ms) took %v", d)
}

func after() {
	start := time.Now()
	<-time.After(30 * time.Millisecond)
	d := time.Since(start)
	t.Ok(d >= 30*time.Millisecond && d < 30*time.Millisecond+slack, "time.After(30ms) fired after %v", d)

	tm := time.NewTimer(time.Hour)
	t.Ok(tm.Stop(), "Stop of a pending timer returns true")
	select {
	case <-tm.C:
		t.Ok(false, "a stopped timer fired")
	case <-time.After(50 * time.Millisecond):
		t.Ok(true, "a stopped timer does not fire")
	}
	start = time.Now()
	tm.Reset(20 * time.Millisecond)
	<-tm.C
	d = time.Since(start)
	t.Ok(d >= 20*time.Millisecond && d < 20*time.Millisecond+slack, "Reset(20ms) fired after %v", d)
	t.Ok(!tm.Stop(), "Stop of a fired timer returns false")

	fired := make(chan time.Duration, 1)
	start = time.Now()
	time.AfterFunc(40*time.Millisecond, func() { fired <- time.Since(start) })
	d = <-fired
	t.Ok(d >= 40*time.Millisecond && d < 40*time.Millisecond+slack, "AfterFunc(40ms) ran after %v", d)
}

func ticker() {
	tk := time.NewTicker(20 * time.Millisecond)
	start := time.Now()
	prev := start
	early := 0
	for i := 0; i < 10; i++ {
		tick := <-tk.C
		if tick.Before(prev) {
			early++
		}
		prev = tick
	}
	tk.Stop()
	d := time.Since(start)
	t.Ok(d >= 190*time.Millisecond && d < 200*time.Millisecond+slack, "10 ticks of 20ms took %v", d)
	t.Ok(early == 0, "tick times increase (%d went back)", early)
}

// 200 goroutines sleeping 1..50 ms each: all wake, none early.
func manySleepers() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	early, late := 0, 0
	start := time.Now()
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			want := time.Duration(1+i%50) * time.Millisecond
			s := time.Now()
			time.Sleep(want)
			d := time.Since(s)
			mu.Lock()
			if d < want {
				early++
			}
			if d > want+slack {
				late++
			}
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	t.Ok(early == 0 && late == 0, "200 sleepers in %v: %d woke early, %d late", time.Since(start), early, late)
}

func deadline() {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Millisecond)
	defer cancel()
	start := time.Now()
	<-ctx.Done()
	d := time.Since(start)
	t.Ok(ctx.Err() == context.DeadlineExceeded, "context error %v", ctx.Err())
	t.Ok(d >= 59*time.Millisecond && d < 60*time.Millisecond+slack, "context deadline after %v", d)
}

func clock() {
	now := time.Now()
	t.Ok(now.Year() >= 2023 && now.Year() < 2200, "wall clock year %d", now.Year())
	// the monotonic clock goes on while the wall clock is read repeatedly
	a := time.Now()
	for i := 0; i < 1000; i++ {
		time.Now()
	}
	t.Ok(time.Since(a) >= 0, "monotonic time does not go back")
}

func main() {
	runtime.GOMAXPROCS(4)
	sleep()
	after()
	ticker()
	manySleepers()
	deadline()
	clock()
	os.Exit(t.Done())
}
