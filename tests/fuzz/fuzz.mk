# Fuzz harnesses (tests/fuzz/): one per input parser, each linking the real
# sources. `make fuzz` builds them with clang's libFuzzer and runs each for
# FUZZ_SECONDS; `make test` replays the regression corpora
# (tests/fuzz/corpus/NAME/) through the same targets built with $(CC) and
# a plain driver (replay.c), one check per file.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
# misaligned reads are left out: a hostile image puts its tables at any
# offset, x86-64 loads tolerate it, and the loader reads them in place
FUZZ_CFLAGS  := -std=gnu11 -g -O1 -Iinclude -Idlls/ntdll -fsanitize=fuzzer,address,undefined \
                -fno-sanitize-recover=undefined -fno-sanitize=alignment \
                -DSERVER_PROTOCOL_CHECKSUM=$(PROTOCOL_CHECKSUM)u
FUZZ_NAMES   := registry pe server resource spec

FUZZ_SRCS_registry := tests/fuzz/fuzz_registry.c $(REGISTRY_SRCS)
FUZZ_SRCS_pe       := tests/fuzz/fuzz_pe.c dlls/ntdll/pe.c dlls/ntdll/pe_dirs.c
# the server without main.c (the harness gives `server` and server_log)
FUZZ_SRCS_server   := tests/fuzz/fuzz_server.c $(filter-out server/main.c,$(SERVER_SRCS))
# resource.c with pe_dirs.c's check; the harness stands in for the module list
FUZZ_SRCS_resource := tests/fuzz/fuzz_resource.c dlls/ntdll/resource.c dlls/ntdll/pe.c dlls/ntdll/pe_dirs.c \
                      dlls/ntdll/unicode.c
# specgen's parser and generator, without its command line
FUZZ_SRCS_spec     := tests/fuzz/fuzz_spec.c tools/spec.c tools/specgen.c
FUZZ_DEFS_spec     := -DSPECGEN_NO_MAIN
FUZZ_DEPS          := $(wildcard server/*.h dlls/ntdll/*.h include/*.h include/winrun/*.h) tools/spec.h tests/fuzz/fuzz.mk

# libFuzzer binaries and corpus replayers (no libFuzzer needed), per name
define fuzz_rules
$$(B)/fuzz/fuzz_$(1): $$(FUZZ_SRCS_$(1)) $$(FUZZ_DEPS)
	@mkdir -p $$(@D)
	$$(FUZZ_CC) $$(FUZZ_CFLAGS) $$(FUZZ_DEFS_$(1)) -o $$@ $$(FUZZ_SRCS_$(1))
$$(B)/fuzz/replay_$(1): tests/fuzz/replay.c $$(FUZZ_SRCS_$(1)) $$(FUZZ_DEPS)
	@mkdir -p $$(@D)
	$$(CC) -std=gnu11 -Wall -Wextra -O1 -g -Iinclude -Idlls/ntdll $$(SAN_FLAGS) \
		-DSERVER_PROTOCOL_CHECKSUM=$$(PROTOCOL_CHECKSUM)u $$(FUZZ_DEFS_$(1)) -o $$@ tests/fuzz/replay.c $$(FUZZ_SRCS_$(1))
endef
$(foreach n,$(FUZZ_NAMES),$(eval $(call fuzz_rules,$(n))))

FUZZ_REPLAYS := $(addprefix $(B)/fuzz/replay_,$(FUZZ_NAMES))

# Runs every harness for FUZZ_SECONDS on a work corpus seeded from the
# regression corpus; crashes land in $(B)/fuzz/NAME-crashes/ (copy them to
# tests/fuzz/corpus/NAME/ once the parser is fixed).
fuzz: $(addprefix $(B)/fuzz/fuzz_,$(FUZZ_NAMES))
	@set -e; for n in $(FUZZ_NAMES); do \
		mkdir -p $(B)/fuzz/$$n-work $(B)/fuzz/$$n-crashes; \
		echo "fuzz: $$n for $(FUZZ_SECONDS) s"; \
		$(B)/fuzz/fuzz_$$n -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 \
			-artifact_prefix=$(B)/fuzz/$$n-crashes/ -print_final_stats=1 \
			$(B)/fuzz/$$n-work tests/fuzz/corpus/$$n; \
	done

.PHONY: fuzz
