# winrun: one build, out of tree into $(B).
#
#   make                 build/bin/winrun, build/lib/winrun/*.dll.so, tools
#   make test            unit tests, then every test program under winrun
#   make check-wine      the same test programs under Wine (reference)
#   make bench [QUICK=1] start-up and API costs against native Linux and Wine
#   make install PREFIX=/usr/local
#
# A builtin DLL NAME is dlls/NAME/NAME.spec plus C sources; specgen turns
# the spec into the PE header and export directory linked first into
# NAME.dll.so (see tools/specgen.c), then checks the result with libelf.

B       ?= build
PREFIX  ?= /usr/local
CC      ?= gcc
VERSION := 0.1.0

MINGW_CC      ?= x86_64-w64-mingw32-gcc
MINGW_CXX     ?= x86_64-w64-mingw32-g++
MINGW_WINDRES ?= x86_64-w64-mingw32-windres
MINGW_DLLTOOL ?= x86_64-w64-mingw32-dlltool

WARN     := -Wall -Wextra
CFLAGS   ?= -O2 -g
# server and clients of different builds refuse each other (protocol.h)
PROTOCOL_CHECKSUM := $(shell cksum < include/winrun/protocol.h | cut -d' ' -f1)
# make SANITIZE=address,undefined: the Linux-side programs (winrun,
# winrun-server, winrun-reg, the tools and the test drivers) get these
# sanitizers; the builtin DLLs at most UBSan (docs/design.md, "Sanitizers").
# Misaligned accesses are not reported: x86-64 allows them, images put
# their tables at any offset and programs pass misaligned buffers.
SANITIZE ?=
UBSAN_FLAGS := -fno-sanitize-recover=undefined -fno-sanitize=alignment
SAN_FLAGS := $(if $(SANITIZE),-fsanitize=$(SANITIZE) -fno-omit-frame-pointer \
               $(if $(findstring undefined,$(SANITIZE)),$(UBSAN_FLAGS)))
DLL_SAN_FLAGS := $(if $(findstring undefined,$(SANITIZE)),-fsanitize=undefined $(UBSAN_FLAGS))
# objects do not record their flags: a build directory keeps the SANITIZE
# it was made with, and another one is refused rather than mixed in
SAN_RECORD := $(B)/sanitize.txt
ifeq ($(filter clean,$(MAKECMDGOALS)),)
ifeq ($(wildcard $(SAN_RECORD)),)
$(shell mkdir -p $(B) && printf '%s' '$(SANITIZE)' > $(SAN_RECORD))
else ifneq ($(file < $(SAN_RECORD)),$(SANITIZE))
$(error $(B) was built with SANITIZE=$(file < $(SAN_RECORD)); use another B= for SANITIZE=$(SANITIZE), or make clean)
endif
endif
ALL_CFLAGS := -std=gnu11 $(WARN) $(CFLAGS) -Iinclude -fno-strict-aliasing -DSERVER_PROTOCOL_CHECKSUM=$(PROTOCOL_CHECKSUM)u $(SAN_FLAGS)
# -mtls-dialect=gnu2: with the classic __tls_get_addr call, gcc 12 loses
# the argument registers of an ms_abi function that touches __thread data
# before a call (seen in strtok); TLS descriptors clobber only RAX.
DLL_CFLAGS := $(filter-out $(SAN_FLAGS),$(ALL_CFLAGS)) $(DLL_SAN_FLAGS) -fPIC -fvisibility=hidden -fno-stack-protector -mtls-dialect=gnu2
DLL_LDFLAGS := $(DLL_SAN_FLAGS) -shared -nostartfiles -Wl,-Bsymbolic -Wl,-z,defs -Wl,-z,noexecstack \
               -Wl,-rpath,'$$ORIGIN' -L$(B)/lib/winrun

DLLS := ntdll kernel32 msvcrt ucrtbase vcruntime140 vcruntime140_1 advapi32 user32 oleaut32 ole32 shell32 winmm ws2_32 bcryptprimitives gdi32 msimg32 comctl32 comdlg32 shlwapi shcore version uxtheme

# per DLL: sources, the builtin DLLs it calls (ELF-linked and listed as PE
# imports), its DllMain, and extra compile flags
ntdll_SRCS     := $(wildcard dlls/ntdll/*.c) dlls/msvcrt/printf.c dlls/ntdll/x86_64.S dlls/ntdll/context_x86_64.S
ntdll_LIBS     := -ldl -lpthread -lmimalloc
kernel32_SRCS  := $(wildcard dlls/kernel32/*.c)
kernel32_DEPS  := ntdll
kernel32_ENTRY := kernel32_dll_main
msvcrt_SRCS    := $(wildcard dlls/msvcrt/*.c)
msvcrt_DEPS    := kernel32 ntdll
msvcrt_LIBS    := -lm
msvcrt_ENTRY   := crt_dll_main
# the CRT hands the program's pointers to glibc as they are (strlen is
# glibc's): a NULL there must fault, as on Windows, not stop UBSan
msvcrt_CFLAGS  := $(if $(DLL_SAN_FLAGS),-fno-sanitize=nonnull-attribute)
# ucrtbase is the same C runtime as msvcrt, compiled with its UCRT face
ucrtbase_SRCS  := $(msvcrt_SRCS) $(wildcard dlls/ucrtbase/*.c)
ucrtbase_DEPS  := kernel32 ntdll
ucrtbase_LIBS  := -lm
ucrtbase_ENTRY := crt_dll_main
ucrtbase_CFLAGS := -DWINRUN_UCRT -Idlls/msvcrt $(msvcrt_CFLAGS)
# vcruntime140 exports the compiler-support part of the UCRT: its spec
# forwards to ucrtbase, so it has no sources of its own
vcruntime140_SRCS := $(wildcard dlls/vcruntime140/*.c)
vcruntime140_DEPS := ucrtbase kernel32 ntdll
# vcruntime140_1 (FH4, VS2019+): forwards to ucrtbase too
vcruntime140_1_SRCS := $(wildcard dlls/vcruntime140_1/*.c)
vcruntime140_1_DEPS := ucrtbase kernel32 ntdll
user32_SRCS    := $(wildcard dlls/user32/*.c)
user32_DEPS    := kernel32 ntdll
user32_ENTRY   := user32_dll_main
advapi32_SRCS  := $(wildcard dlls/advapi32/*.c)
advapi32_DEPS  := bcryptprimitives kernel32 ntdll
oleaut32_SRCS  := $(wildcard dlls/oleaut32/*.c)
oleaut32_DEPS  := kernel32 ntdll
ole32_SRCS     := $(wildcard dlls/ole32/*.c)
ole32_DEPS     := oleaut32 advapi32 bcryptprimitives kernel32 ntdll
shell32_SRCS   := $(wildcard dlls/shell32/*.c)
shell32_DEPS   := user32 ole32 kernel32 ntdll
winmm_SRCS     := $(wildcard dlls/winmm/*.c)
winmm_DEPS     := kernel32 ntdll
ws2_32_SRCS    := $(wildcard dlls/ws2_32/*.c)
ws2_32_DEPS    := kernel32 ntdll
bcryptprimitives_SRCS := $(wildcard dlls/bcryptprimitives/*.c)
bcryptprimitives_DEPS := ntdll
# gdi32: DCs, GDI objects, the DIB rasterizer; pixman for regions, FreeType + fontconfig for text
gdi32_SRCS     := $(wildcard dlls/gdi32/*.c)
gdi32_DEPS     := kernel32 ntdll
gdi32_LIBS     := -lpixman-1 -lfreetype -lfontconfig -lm
gdi32_CFLAGS   := -I/usr/include/pixman-1 -I/usr/include/freetype2
# msimg32: forwards to gdi32 only
msimg32_SRCS   :=
msimg32_DEPS   := gdi32 kernel32 ntdll
# comctl32: the common controls (status bar, progress bar, toolbar), on user32 and gdi32
comctl32_SRCS  := $(wildcard dlls/comctl32/*.c)
comctl32_DEPS  := user32 gdi32 kernel32 ntdll
comctl32_ENTRY := comctl32_dll_main
# comdlg32: the common dialogs, built on user32's dialogs (gdi32 paints the colour grid)
comdlg32_SRCS  := $(wildcard dlls/comdlg32/*.c)
comdlg32_DEPS  := user32 gdi32 kernel32 ntdll
# shlwapi: Path*, Str*, SH* registry helpers; wnsprintf is user32's one
# wsprintf engine, compiled in here too
shlwapi_SRCS   := $(wildcard dlls/shlwapi/*.c) dlls/user32/wsprintf_fmt.c
shlwapi_DEPS   := advapi32 kernel32 ntdll
# shcore: the DPI queries; the rest of its spec forwards to shell32 and shlwapi
shcore_SRCS    := $(wildcard dlls/shcore/*.c)
shcore_DEPS    := kernel32 ntdll
# version: GetFileVersionInfo*/VerQueryValue; builtins get a made-up version resource
version_SRCS   := $(wildcard dlls/version/*.c)
version_DEPS   := kernel32 ntdll
# uxtheme: no visual styles (classic look); buffered painting over gdi32
uxtheme_SRCS   := $(wildcard dlls/uxtheme/*.c)
uxtheme_DEPS   := user32 gdi32 kernel32 ntdll

SPECGEN := $(B)/tools/specgen
DLL_FILES := $(DLLS:%=$(B)/lib/winrun/%.dll.so)

all: $(B)/bin/winrun $(B)/bin/winrun-server $(DLL_FILES)

# ---- host tools ----
$(SPECGEN): tools/spec.c tools/specgen.c tools/speccheck.c tools/spec.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ tools/spec.c tools/specgen.c tools/speccheck.c -lelf

# ---- builtin DLLs ----
# $(1) = DLL name
define dll_rules
$(1)_OBJS := $$(patsubst %,$(B)/obj/$(1)/%.o,$$(basename $$($(1)_SRCS)))

$(B)/obj/$(1)/%.o: %.c Makefile $$(wildcard include/*.h include/winrun/*.h dlls/*/*.h)
	@mkdir -p $$(@D)
	$$(CC) $$(DLL_CFLAGS) $$($(1)_CFLAGS) -Idlls/$(1) -c -o $$@ $$<

$(B)/obj/$(1)/%.o: %.S Makefile
	@mkdir -p $$(@D)
	$$(CC) $$(DLL_CFLAGS) -c -o $$@ $$<

$(B)/obj/$(1)/$(1).spec.s: dlls/$(1)/$(1).spec $(SPECGEN)
	@mkdir -p $$(@D)
	$(SPECGEN) gen $$(if $$($(1)_ENTRY),-e $$($(1)_ENTRY)) $$(foreach d,$$($(1)_DEPS),-i $$(d).dll) $$< $$@

$(B)/obj/$(1)/$(1).spec.o: $(B)/obj/$(1)/$(1).spec.s
	$$(CC) -c -o $$@ $$<

# the spec object comes first so that its .init section (the PE header)
# leads the executable segment
$(B)/lib/winrun/$(1).dll.so: $(B)/obj/$(1)/$(1).spec.o $$($(1)_OBJS) $$($(1)_DEPS:%=$(B)/lib/winrun/%.dll.so) $(SPECGEN)
	@mkdir -p $$(@D)
	$$(CC) $$(DLL_LDFLAGS) -o $$@.tmp $(B)/obj/$(1)/$(1).spec.o $$($(1)_OBJS) \
		$$($(1)_DEPS:%=-l:%.dll.so) $$($(1)_LIBS) -lc
	$(SPECGEN) check dlls/$(1)/$(1).spec $$@.tmp > $(B)/obj/$(1)/status.txt
	mv $$@.tmp $$@
endef
$(foreach d,$(DLLS),$(eval $(call dll_rules,$(d))))

# ---- the X11 display driver: a plain shared object user32 dlopens when a
# program makes a window and DISPLAY is set (libxcb stays out of console programs)
WINEX11 := $(B)/lib/winrun/winex11.so
all: $(WINEX11)
$(WINEX11): $(wildcard dlls/winex11/*.c dlls/winex11/*.h) dlls/user32/driver.h Makefile
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fPIC -fvisibility=hidden -shared -Wl,-z,defs -o $@ $(wildcard dlls/winex11/*.c) \
		-lxkbcommon-x11 -lxkbcommon -lxcb-xkb -lxcb-shm -lxcb -lpthread

# ---- the winrun executable ----
LOADER_SRCS := $(wildcard loader/*.c)
$(B)/bin/winrun: $(LOADER_SRCS) $(wildcard loader/*.h include/winrun/*.h) $(B)/lib/winrun/ntdll.dll.so
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -DWINRUN_VERSION='"$(VERSION)"' -o $@ $(LOADER_SRCS) \
		-L$(B)/lib/winrun -l:ntdll.dll.so -Wl,-rpath,'$$ORIGIN/../lib/winrun'

# ---- winrun-server (server/, a plain Linux program) ----
# Sources are listed: a file joins when what it needs is linked too.
REGISTRY_SRCS := server/registry.c server/registry_text.c server/registry_defaults.c dlls/ntdll/unicode.c
SERVER_SRCS := server/main.c server/loop.c server/client.c server/request.c \
               server/registry_request.c server/object.c server/process.c \
               $(REGISTRY_SRCS)
$(B)/bin/winrun-server: $(SERVER_SRCS) $(wildcard server/*.h) include/winrun/protocol.h include/ntstatus.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $(SERVER_SRCS)

# ---- the registry store and winrun-reg ----
# server/registry*.c have no process state: winrun-reg, the unit test and
# winrun-server link the same sources.
all: $(B)/bin/winrun-reg
$(B)/bin/winrun-reg: tools/winrun-reg.c $(REGISTRY_SRCS) server/registry.h include/winrun/unicode.h include/ntstatus.h include/winrun/protocol.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ tools/winrun-reg.c $(REGISTRY_SRCS)

# ---- tests ----
-include tests/programs/programs.mk
include tests/unit/unit.mk
include tests/gui/gui.mk
include tests/bench/bench.mk
include tests/fuzz/fuzz.mk

# the README's samples: hello.exe, and sketchpad.exe (the GUI one: its
# bitmap and icon are written by the host tool mkres for windres)
sample: all $(B)/samples/hello.exe $(B)/samples/sketchpad.exe
$(B)/samples/%.exe: samples/%.c
	@mkdir -p $(@D)
	$(MINGW_CC) -O2 -Wall -D__USE_MINGW_ANSI_STDIO=0 -o $@ $<
$(B)/samples/sketchpad/mkres: samples/sketchpad/mkres.c samples/sketchpad/sketchpad.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $<
$(B)/samples/sketchpad/sketchpad_rc.o: samples/sketchpad/sketchpad.rc samples/sketchpad/sketchpad.h $(B)/samples/sketchpad/mkres
	$(B)/samples/sketchpad/mkres $(@D)
	$(MINGW_WINDRES) -O coff -I $(@D) -I samples/sketchpad -o $@ $<
$(B)/samples/sketchpad.exe: samples/sketchpad/sketchpad.c samples/sketchpad/sketchpad.h $(B)/samples/sketchpad/sketchpad_rc.o
	$(MINGW_CC) -O2 -Wall -Wextra -D__USE_MINGW_ANSI_STDIO=0 -o $@ $< $(B)/samples/sketchpad/sketchpad_rc.o -lgdi32

BADINPUT_PROGRAMS := $(B)/tests/badinput/stub_call.exe $(B)/tests/badinput/crash.exe
$(B)/tests/badinput/%.exe: tests/badinput/%.c
	@mkdir -p $(@D)
	$(MINGW_CC) -O1 -Wall -o $@ $<

# the malformed-executable generator and runner (tests/badinput/mutate.c)
MUTATE := $(B)/tests/badinput/mutate
$(MUTATE): tests/badinput/mutate.c include/winnt.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $<

test-programs: $(TEST_PROGRAMS) $(BADINPUT_PROGRAMS)

# 7za.exe round trip (tests/7za/run.sh); gendata writes its input
GENDATA := $(B)/tests/7za/gendata
$(GENDATA): tests/7za/gendata.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $<
test-7za: all $(GENDATA)
	tests/7za/run.sh $(B)/bin/winrun $(B)

# the long variants, not part of `make test`: the load test (32 processes x
# 4 threads on one named mutex, tests/programs/load_mutex.c) for 10 s
# instead of 1, on a fresh prefix of its own
TEST_LONG_PREFIX := $(abspath $(B))/test-long-prefix
test-long: all $(B)/tests/programs/load_mutex.exe
	@rm -rf $(TEST_LONG_PREFIX)
	WINRUN_PREFIX=$(TEST_LONG_PREFIX) $(B)/bin/winrun $(B)/tests/programs/load_mutex.exe 10

# unit tests, bad-input cases, then the Win32 programs; the last line is
# the total of all three as "N passed, N failed"
# the server's driver (tests/server/): protocol, lifetime, and ntdll's
# client side (dlls/ntdll/server.c linked in); hello.exe must not start it
SERVER_TEST := $(B)/tests/server/test_server
$(SERVER_TEST): tests/server/test_server.c dlls/ntdll/server.c include/winrun/protocol.h dlls/ntdll/ntdll_private.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Idlls/ntdll -o $@ tests/server/test_server.c dlls/ntdll/server.c -lpthread

test: all $(UNIT_TESTS) $(FUZZ_REPLAYS) $(TEST_PROGRAMS) $(GUI_TESTS) $(BADINPUT_PROGRAMS) $(MUTATE) $(GENDATA) $(SERVER_TEST) $(B)/samples/hello.exe $(B)/samples/sketchpad.exe
	@SANITIZE=$(SANITIZE) tests/run-all.sh $(B) $(UNIT_TESTS)

# Wine runs in its own prefix set to Windows 10, the system winrun presents
# (Debian's Wine 8 defaults to Windows 7).
WINE_PREFIX := $(abspath $(B))/wine-prefix
# Wine's user32 needs an X display: without one, the programs run inside
# xvfb-run (apt-get install xvfb). winrun's own runs need no display.
WINE_DISPLAY := $(if $(DISPLAY),,$(if $(shell command -v xvfb-run),xvfb-run -a))
check-wine: $(TEST_PROGRAMS) $(GENDATA)
	@command -v wine >/dev/null || { echo "check-wine: wine is not installed (apt-get install wine64)"; exit 1; }
	@test -d $(WINE_PREFIX) || { WINEPREFIX=$(WINE_PREFIX) WINEDEBUG=-all wine winecfg -v win10 >/dev/null 2>&1 && \
	    WINEPREFIX=$(WINE_PREFIX) wineserver -w; }
	WINEPREFIX=$(WINE_PREFIX) $(WINE_DISPLAY) tests/programs/run.sh wine $(B)/tests/programs
	WINEPREFIX=$(WINE_PREFIX) WINEDEBUG=-all tests/7za/run.sh wine $(B)

status: all
	@cat $(DLLS:%=$(B)/obj/%/status.txt)

# ---- install ----
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/winrun
	install -m 755 $(B)/bin/winrun $(DESTDIR)$(PREFIX)/bin/winrun
	install -m 755 $(B)/bin/winrun-reg $(DESTDIR)$(PREFIX)/bin/winrun-reg
	install -m 755 $(B)/bin/winrun-server $(DESTDIR)$(PREFIX)/bin/winrun-server
	install -m 644 $(DLL_FILES) $(WINEX11) $(DESTDIR)$(PREFIX)/lib/winrun/

clean:
	rm -rf $(B)

.PHONY: all sample test test-long test-programs test-7za check-wine status install clean
.DELETE_ON_ERROR:
