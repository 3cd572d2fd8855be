// Channels: unbuffered and buffered, close, select (default, timeout, nil
// channels, fairness), a worker pipeline across threads.
package main

import (
	"os"
	"runtime"
	"sync"
	"time"

	"winrun/tests/internal/t"
)

func pingPong() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 10000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, open := <-pong
	t.Ok(v == 10000, "unbuffered ping-pong: got %d, expected 10000", v)
	t.Ok(!open, "the echo goroutine closed its channel")
}

func buffered() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i // must not block
	}
	t.Ok(len(c) == 10 && cap(c) == 10, "buffered: len %d cap %d", len(c), cap(c))
	select {
	case c <- 99:
		t.Ok(false, "send to a full channel succeeded")
	default:
		t.Ok(true, "send to a full channel would block")
	}
	inOrder := true
	for i := 0; i < 10; i++ {
		if v := <-c; v != i {
			inOrder = false
		}
	}
	t.Ok(inOrder, "buffered channel is FIFO")
}

func closing() {
	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	close(c)
	var got []string
	for s := range c {
		got = append(got, s)
	}
	t.Ok(len(got) == 2 && got[0] == "a" && got[1] == "b", "range over a closed channel: %v", got)
	v, ok := <-c
	t.Ok(v == "" && !ok, "receive from closed channel: %q %v", v, ok)

	func() {
		defer func() {
			r := recover()
			err, isErr := r.(error)
			t.Ok(isErr && err.Error() == "send on closed channel", "send on a closed channel panics: %v", r)
		}()
		c <- "c"
	}()
	func() {
		defer func() {
			r := recover()
			err, isErr := r.(error)
			t.Ok(isErr && err.Error() == "close of closed channel", "close of a closed channel panics: %v", r)
		}()
		close(c)
	}()

	// closing wakes every blocked receiver
	done := make(chan struct{})
	var wg sync.WaitGroup
	woken := make(chan bool, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok := <-done
			woken <- !ok
		}()
	}
	time.Sleep(10 * time.Millisecond)
	close(done)
	wg.Wait()
	close(woken)
	n := 0
	for w := range woken {
		if w {
			n++
		}
	}
	t.Ok(n == 20, "close woke %d of 20 receivers", n)
}

func selects() {
	empty := make(chan int)
	select {
	case <-empty:
		t.Ok(false, "received from an empty channel")
	default:
		t.Ok(true, "select default on an empty channel")
	}

	start := time.Now()
	select {
	case <-empty:
		t.Ok(false, "received from an empty channel")
	case <-time.After(50 * time.Millisecond):
		d := time.Since(start)
		t.Ok(d >= 50*time.Millisecond && d < 2*time.Second, "select timeout after %v", d)
	}

	// both ready: each case must be chosen sometimes
	a, b := make(chan int, 1), make(chan int, 1)
	var nilc chan int
	na, nb := 0, 0
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		case <-nilc:
			t.Ok(false, "a nil channel was selected")
		}
	}
	t.Ok(na > 500 && nb > 500, "select chose a %d times, b %d times", na, nb)
}

func pipeline() {
	jobs := make(chan int)
	results := make(chan int, 16)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * j
			}
		}()
	}
	go func() {
		for i := 1; i <= 5000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum, count := 0, 0
	for r := range results {
		sum += r
		count++
	}
	want := 5000 * 5001 * 10001 / 6
	t.Ok(count == 5000 && sum == want, "pipeline: %d results, sum %d, expected %d", count, sum, want)
}

func main() {
	runtime.GOMAXPROCS(4)
	pingPong()
	buffered()
	closing()
	selects()
	pipeline()
	os.Exit(t.Done())
}
