/* cxx_thread.cpp - C++11 threads, built with mingw's posix thread model
 * (libstdc++ over winpthreads, both linked statically): std::thread
 * start and join, std::mutex, std::condition_variable, std::atomic and
 * thread_local (emulated TLS in mingw's gcc, with per-thread destructors
 * run at thread exit). */
#include "test.h"
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

static std::mutex lock;
static long counter;
static std::atomic<long> atomic_counter(0);

static thread_local int tls_value = 5;
static std::atomic<int> tls_destroyed(0);

/* an object with a destructor in thread_local storage */
struct Tracker {
    int live = 1;
    ~Tracker() { tls_destroyed++; }
};
static thread_local Tracker tracker;

static void add_many(int n)
{
    for (int i = 0; i < n; i++) {
        std::lock_guard<std::mutex> guard(lock);
        counter++;
    }
    for (int i = 0; i < n; i++) atomic_counter.fetch_add(1);
}

static void test_threads(void)
{
    std::vector<std::thread> threads;
    DWORD main_id = GetCurrentThreadId(), other_id = 0;

    std::thread t([&other_id] { other_id = GetCurrentThreadId(); });
    ok(t.joinable(), "thread joinable");
    t.join();
    ok(!t.joinable() && other_id && other_id != main_id, "thread ran on its own thread: %lu (main %lu)",
       other_id, main_id);

    for (int i = 0; i < 4; i++) threads.emplace_back(add_many, 20000);
    for (auto &th : threads) th.join();
    ok(counter == 80000, "mutex-protected counter: %ld", counter);
    ok(atomic_counter.load() == 80000, "atomic counter: %ld", atomic_counter.load());

    ok(std::thread::hardware_concurrency() >= 1, "hardware_concurrency %u", std::thread::hardware_concurrency());
    ok(std::this_thread::get_id() != std::thread::id(), "this_thread id is not the empty id");

    std::atomic<int> a(10);
    int expected = 10;
    bool swapped = a.compare_exchange_strong(expected, 20);
    ok(swapped && a == 20, "cas succeeds: %d", a.load());
    expected = 10;
    swapped = a.compare_exchange_strong(expected, 30);
    ok(!swapped && expected == 20, "cas fails, expected now %d", expected);
    ok(a.exchange(7) == 20 && a == 7, "exchange");

    std::mutex m;
    ok(m.try_lock(), "try_lock free mutex");
    bool other_got = true;
    std::thread([&] { other_got = m.try_lock(); }).join();
    ok(!other_got, "try_lock from another thread fails while held");
    m.unlock();
}

static void test_condvar(void)
{
    std::mutex m;
    std::condition_variable cv;
    int stage = 0;

    std::thread producer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        {
            std::lock_guard<std::mutex> g(m);
            stage = 1;
        }
        cv.notify_one();
        std::unique_lock<std::mutex> u(m);
        cv.wait(u, [&] { return stage == 2; });
        stage = 3;
        u.unlock();
        cv.notify_one();
    });
    {
        std::unique_lock<std::mutex> u(m);
        cv.wait(u, [&] { return stage == 1; });
        ok(stage == 1, "woken by notify: stage %d", stage);
        stage = 2;
    }
    cv.notify_one();
    {
        std::unique_lock<std::mutex> u(m);
        bool done = cv.wait_for(u, std::chrono::seconds(10), [&] { return stage == 3; });
        ok(done && stage == 3, "ping-pong: stage %d", stage);
    }
    producer.join();

    /* nobody notifies: wait_for times out after about the time asked */
    std::unique_lock<std::mutex> u(m);
    auto start = std::chrono::steady_clock::now();
    std::cv_status st = cv.wait_for(u, std::chrono::milliseconds(100));
    long ms = (long)std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
                  .count();
    ok(st == std::cv_status::timeout && ms >= 90 && ms < 5000, "wait_for times out: %ld ms", ms);
}

static void test_thread_local(void)
{
    int seen_initial = 0, seen_after = 0;

    tls_value = 42;
    ok(tracker.live == 1, "main thread's thread_local object constructed");
    std::thread t([&] {
        seen_initial = tls_value;       /* a new thread starts from the initialiser */
        tls_value = 99;
        seen_after = tls_value;
        (void)tracker.live;             /* constructs this thread's Tracker */
    });
    t.join();
    ok(seen_initial == 5 && seen_after == 99, "thread_local in new thread: %d then %d", seen_initial,
       seen_after);
    ok(tls_value == 42, "main thread's copy untouched: %d", tls_value);
    ok(tls_destroyed == 1, "thread_local destructor ran at thread exit: %d", tls_destroyed.load());
}

int main(void)
{
    test_threads();
    test_condvar();
    test_thread_local();
    return test_done();
}
