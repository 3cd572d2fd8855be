# tests/bench/bench.mk - builds `make bench` (tests/bench/README.md).
#
# Included by the top-level Makefile (B, CC, MINGW_CC, ALL_CFLAGS). Every
# tests/bench/NAME.c is a Windows program -> $(B)/tests/bench/NAME.exe;
# every tests/bench/native/NAME.c is the same work as a Linux program ->
# $(B)/tests/bench/native/NAME; benchexec runs them and measures.
# Nothing here is part of `make test`.

BENCH_SRC := tests/bench
BENCH_OUT := $(B)/tests/bench
BENCH_EXES := $(patsubst $(BENCH_SRC)/%.c,$(BENCH_OUT)/%.exe,$(filter-out $(BENCH_SRC)/benchexec.c,$(wildcard $(BENCH_SRC)/*.c)))
BENCH_NATIVE := $(patsubst $(BENCH_SRC)/native/%.c,$(BENCH_OUT)/native/%,$(wildcard $(BENCH_SRC)/native/*.c))
BENCHEXEC := $(BENCH_OUT)/benchexec

# -O2 on both sides, so that the Windows and native loops compile alike
$(BENCH_OUT)/%.exe: $(BENCH_SRC)/%.c $(BENCH_SRC)/bench.h
	@mkdir -p $(@D)
	$(MINGW_CC) -O2 -Wall -Wextra -D__USE_MINGW_ANSI_STDIO=0 -o $@ $<

$(BENCH_OUT)/native/%: $(BENCH_SRC)/native/%.c $(wildcard $(BENCH_SRC)/native/*.h)
	@mkdir -p $(@D)
	$(CC) -std=gnu11 -O2 -Wall -Wextra -o $@ $< -lpthread

$(BENCHEXEC): $(BENCH_SRC)/benchexec.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $<

# make bench [QUICK=1]: the table of tests/bench/run.sh
bench: all $(BENCH_EXES) $(BENCH_NATIVE) $(BENCHEXEC)
	QUICK=$(QUICK) tests/bench/run.sh $(B)

.PHONY: bench
