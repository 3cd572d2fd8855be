# tests/programs/programs.mk - builds the Win32 test programs.
#
# Included by the top-level Makefile, which defines B (build directory),
# MINGW_CC, MINGW_CXX, MINGW_WINDRES and MINGW_DLLTOOL; nothing else is
# assumed.  Every tests/programs/NAME.c (or NAME.cpp) becomes
# $(B)/tests/programs/NAME.exe, next to the suite's DLLs (sources in dll/)
# so that the programs find them in their own directory.  Import
# libraries, resource objects and the UCRT specs file go to obj/ below.
# TEST_PROGRAMS lists the exes and DLLs, i.e. what run.sh needs.
#
# Plain programs go through the pattern rule; programs that need a DLL's
# import library, resources or another CRT have explicit rules below.

TP_SRC := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
TP_OUT := $(B)/tests/programs
TP_OBJ := $(TP_OUT)/obj
TP_CFLAGS := -O1 -g0 -Wall -D__USE_MINGW_ANSI_STDIO=0
TP_DEPS := $(TP_SRC)/test.h | $(TP_OBJ)

# NAME_msvc.c/.cpp are MSVC-ABI programs, built by their own rules below
TP_MSVC_NAMES := $(sort $(basename $(notdir $(wildcard $(TP_SRC)/*_msvc.c $(TP_SRC)/*_msvc.cpp))))
TP_C_NAMES := $(filter-out $(TP_MSVC_NAMES),$(sort $(basename $(notdir $(wildcard $(TP_SRC)/*.c)))))
TP_CXX_NAMES := $(filter-out $(TP_MSVC_NAMES),$(sort $(basename $(notdir $(wildcard $(TP_SRC)/*.cpp)))))
TP_EXES := $(foreach n,$(TP_C_NAMES) $(TP_CXX_NAMES) $(TP_MSVC_NAMES) version_manifest crt_printf_fmt_ucrt,$(TP_OUT)/$(n).exe)
TP_DLLS := $(addprefix $(TP_OUT)/,testdll.dll fwddll.dll delaydll.dll reloc_a.dll reloc_b.dll \
	cxxehdll.dll datadll.dll comdll.dll)
# Go programs: tests/programs/go/NAME/main.go -> go_NAME.exe (rules below)
TP_GO_SRC := $(TP_SRC)/go
TP_GO_NAMES := $(sort $(notdir $(patsubst %/main.go,%,$(wildcard $(TP_GO_SRC)/*/main.go))))
TP_GO_EXES := $(TP_GO_NAMES:%=$(TP_OUT)/go_%.exe)

TEST_PROGRAMS := $(TP_EXES) $(TP_DLLS) $(TP_GO_EXES)

$(TP_OBJ):
	mkdir -p $@

# plain C programs
$(TP_OUT)/%.exe: $(TP_SRC)/%.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $<

# C++: the runtime is linked in so that no libstdc++/libgcc DLL is needed
$(TP_OUT)/%.exe: $(TP_SRC)/%.cpp $(TP_DEPS)
	$(MINGW_CXX) $(TP_CFLAGS) -fno-exceptions -static-libgcc -static-libstdc++ -o $@ $<

# std::thread needs the posix thread model (libstdc++ over winpthreads);
# -static links winpthreads in too, so no libwinpthread-1.dll is needed
MINGW_CXX_POSIX ?= x86_64-w64-mingw32-g++-posix
$(TP_OUT)/cxx_thread.exe: $(TP_SRC)/cxx_thread.cpp $(TP_DEPS)
	$(MINGW_CXX_POSIX) $(TP_CFLAGS) -fno-exceptions -static -o $@ $<

# C++ with exceptions (cxx_eh_*): gcc's SEH model throws with
# RaiseException and unwinds with RtlUnwindEx/RtlVirtualUnwind; the
# runtime is linked in, so no libgcc_s/libstdc++ DLL is needed
TP_CXX_EH_EXES := $(foreach n,$(filter-out cxx_eh_dll,$(filter cxx_eh_%,$(TP_CXX_NAMES))),$(TP_OUT)/$(n).exe)
$(TP_CXX_EH_EXES): $(TP_OUT)/%.exe: $(TP_SRC)/%.cpp $(TP_DEPS)
	$(MINGW_CXX) $(TP_CFLAGS) -fexceptions -static-libgcc -static-libstdc++ -o $@ $<

# gdi_* programs draw with gdi32 and msimg32, which mingw does not link by default
$(foreach n,$(filter gdi_%,$(TP_C_NAMES)),$(TP_OUT)/$(n).exe): $(TP_OUT)/%.exe: $(TP_SRC)/%.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -lgdi32 -lmsimg32

# ole_* and oleaut_* programs use COM, BSTRs and VARIANTs (ole32, oleaut32),
# which mingw does not link by default
$(foreach n,$(filter ole_% oleaut_%,$(TP_C_NAMES)),$(TP_OUT)/$(n).exe): $(TP_OUT)/%.exe: $(TP_SRC)/%.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -lole32 -loleaut32 -luuid

# the seh_* programs share a frame with a handler (seh_frame.h)
$(foreach n,$(filter seh_%,$(TP_C_NAMES)),$(TP_OUT)/$(n).exe): $(TP_SRC)/seh_frame.h

# --- suite DLLs ----------------------------------------------------------

# comdll: an in-process COM server (DllGetClassObject/DllCanUnloadNow)
$(TP_OUT)/comdll.dll: $(TP_SRC)/dll/comdll.c | $(TP_OBJ)
	$(MINGW_CC) $(TP_CFLAGS) -shared -o $@ $< -luuid

# testdll: fixed ordinals and a NONAME export from its .def; the import
# library comes from the same .def so that NONAME imports by ordinal
$(TP_OUT)/testdll.dll: $(TP_SRC)/dll/testdll.c $(TP_SRC)/dll/testdll.def | $(TP_OBJ)
	$(MINGW_CC) $(TP_CFLAGS) -shared -o $@ $^
$(TP_OBJ)/libtestdll.a: $(TP_SRC)/dll/testdll.def | $(TP_OBJ)
	$(MINGW_DLLTOOL) --input-def $< --output-lib $@ --dllname testdll.dll

# fwddll: forwarders to kernel32 and testdll; its import library is made
# by the linker so that the forwarded names are importable
$(TP_OUT)/fwddll.dll: $(TP_SRC)/dll/fwddll.c $(TP_SRC)/dll/fwddll.def | $(TP_OBJ)
	$(MINGW_CC) $(TP_CFLAGS) -shared -o $@ $^ -Wl,--out-implib,$(TP_OBJ)/libfwddll.a
$(TP_OBJ)/libfwddll.a: $(TP_OUT)/fwddll.dll ;

# delaydll: used through a delay-load import library
$(TP_OUT)/delaydll.dll: $(TP_SRC)/dll/delaydll.c $(TP_SRC)/dll/delaydll.def | $(TP_OBJ)
	$(MINGW_CC) $(TP_CFLAGS) -shared -o $@ $^
$(TP_OBJ)/libdelaydll_delay.a: $(TP_SRC)/dll/delaydll.def | $(TP_OBJ)
	$(MINGW_DLLTOOL) --input-def $< --output-delaylib $@ --dllname delaydll.dll

# reloc_a/reloc_b: one source, same preferred base (0x180000000, known to
# dll_reloc.c), so loading both forces a relocation
$(TP_OUT)/reloc_a.dll $(TP_OUT)/reloc_b.dll: $(TP_SRC)/dll/relocdll.c | $(TP_OBJ)
	$(MINGW_CC) $(TP_CFLAGS) -shared -o $@ $< -Wl,--image-base,0x180000000

# cxxehdll: C++ exceptions across a DLL boundary; like the exe it links
# its own static libstdc++ and libgcc (the SEH model needs no shared
# unwinder state), so it imports only system DLLs
$(TP_OUT)/cxxehdll.dll: $(TP_SRC)/dll/cxxehdll.cpp | $(TP_OBJ)
	$(MINGW_CXX) $(TP_CFLAGS) -fexceptions -static-libgcc -static-libstdc++ -shared -o $@ $< \
		-Wl,--out-implib,$(TP_OBJ)/libcxxehdll.a
$(TP_OBJ)/libcxxehdll.a: $(TP_OUT)/cxxehdll.dll ;

# --- programs with their own rules ---------------------------------------

$(TP_OUT)/cxx_eh_dll.exe: $(TP_SRC)/cxx_eh_dll.cpp $(TP_OBJ)/libcxxehdll.a $(TP_DEPS)
	$(MINGW_CXX) $(TP_CFLAGS) -fexceptions -static-libgcc -static-libstdc++ -o $@ $< \
		$(TP_OBJ)/libcxxehdll.a

$(TP_OUT)/dll_static.exe: $(TP_SRC)/dll_static.c $(TP_OBJ)/libtestdll.a $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< $(TP_OBJ)/libtestdll.a

$(TP_OUT)/dll_forward.exe: $(TP_SRC)/dll_forward.c $(TP_OBJ)/libfwddll.a $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< $(TP_OBJ)/libfwddll.a

$(TP_OUT)/dll_delay.exe: $(TP_SRC)/dll_delay.c $(TP_OBJ)/libdelaydll_delay.a $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< $(TP_OBJ)/libdelaydll_delay.a

# CharUpperA, IsCharAlphaA, LoadStringA live in user32
$(TP_OUT)/str_lstr.exe: $(TP_SRC)/str_lstr.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -luser32

$(TP_OBJ)/res.o: $(TP_SRC)/res.rc | $(TP_OBJ)
	$(MINGW_WINDRES) -O coff -o $@ $<
$(TP_OUT)/res_data.exe: $(TP_SRC)/res_data.c $(TP_OBJ)/res.o $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< $(TP_OBJ)/res.o
$(TP_OBJ)/version_manifest.o: $(TP_SRC)/version_manifest.rc $(TP_SRC)/version_manifest.xml | $(TP_OBJ)
	$(MINGW_WINDRES) -I$(TP_SRC) -O coff -o $@ $<
$(TP_OUT)/version_manifest.exe: $(TP_SRC)/version.c $(TP_OBJ)/version_manifest.o $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -DWITH_MANIFEST -o $@ $< $(TP_OBJ)/version_manifest.o
$(TP_OUT)/res_string.exe: $(TP_SRC)/res_string.c $(TP_OBJ)/res.o $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< $(TP_OBJ)/res.o -luser32

# uxtheme_basic: uxtheme without visual styles, buffered painting
$(TP_OUT)/uxtheme_basic.exe: $(TP_SRC)/uxtheme_basic.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -luxtheme -luser32 -lgdi32

# version_info: a VERSIONINFO resource read back through version.dll
$(TP_OBJ)/version_info_rc.o: $(TP_SRC)/version_info.rc | $(TP_OBJ)
	$(MINGW_WINDRES) -O coff -o $@ $<
$(TP_OUT)/version_info.exe: $(TP_SRC)/version_info.c $(TP_OBJ)/version_info_rc.o $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< $(TP_OBJ)/version_info_rc.o -lversion -luser32

# user_uitools: DrawEdge and friends into a gdi32 DIB section
$(TP_OUT)/user_uitools.exe: $(TP_SRC)/user_uitools.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -luser32 -lgdi32

# user_dialog: a dialog resource, and gdi32 for measuring the dialog font
$(TP_OBJ)/user_dialog_rc.o: $(TP_SRC)/user_dialog.rc | $(TP_OBJ)
	$(MINGW_WINDRES) -O coff -o $@ $<
$(TP_OUT)/user_dialog.exe: $(TP_SRC)/user_dialog.c $(TP_OBJ)/user_dialog_rc.o $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< $(TP_OBJ)/user_dialog_rc.o -luser32 -lgdi32

# user_icon: ICON, CURSOR and BITMAP resources whose files a host tool
# writes (user_icon_gen.h, shared with the test)
$(TP_OBJ)/user_icon_gen: $(TP_SRC)/host/user_icon_gen.c $(TP_SRC)/user_icon_gen.h | $(TP_OBJ)
	$(CC) -O1 -Wall -Wextra -o $@ $<
$(TP_OBJ)/user_icon_rc.o: $(TP_SRC)/user_icon.rc $(TP_OBJ)/user_icon_gen | $(TP_OBJ)
	$(TP_OBJ)/user_icon_gen $(TP_OBJ)
	$(MINGW_WINDRES) -O coff -I $(TP_OBJ) -o $@ $<
$(TP_OUT)/user_icon.exe: $(TP_SRC)/user_icon.c $(TP_SRC)/user_icon_gen.h $(TP_OBJ)/user_icon_rc.o $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< $(TP_OBJ)/user_icon_rc.o -luser32 -lgdi32 -lmsimg32

# datadll: resources only loaded as data (its DllMain exits); its icons are user_icon_gen's
$(TP_OBJ)/datadll_rc.o: $(TP_SRC)/dll/datadll.rc $(TP_OBJ)/user_icon_rc.o | $(TP_OBJ)
	$(MINGW_WINDRES) -O coff -I $(TP_OBJ) -o $@ $<
$(TP_OUT)/datadll.dll: $(TP_SRC)/dll/datadll.c $(TP_OBJ)/datadll_rc.o | $(TP_OBJ)
	$(MINGW_CC) $(TP_CFLAGS) -shared -o $@ $^
$(TP_OUT)/kernel_datafile.exe: $(TP_SRC)/kernel_datafile.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -luser32
$(TP_OUT)/shell_extracticon.exe: $(TP_SRC)/shell_extracticon.c $(TP_SRC)/user_icon_gen.h $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -lshell32 -luser32 -lgdi32

# user_menu: MENU, MENUEX and ACCELERATORS resources
$(TP_OBJ)/user_menu_rc.o: $(TP_SRC)/user_menu.rc | $(TP_OBJ)
	$(MINGW_WINDRES) -O coff -o $@ $<
$(TP_OUT)/user_menu.exe: $(TP_SRC)/user_menu.c $(TP_OBJ)/user_menu_rc.o $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< $(TP_OBJ)/user_menu_rc.o -luser32

# comctl_*: the common controls and dialogs, which mingw does not link by default
$(foreach n,$(filter comctl_% comdlg_%,$(TP_C_NAMES)),$(TP_OUT)/$(n).exe): $(TP_OUT)/%.exe: $(TP_SRC)/%.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -lcomctl32 -lcomdlg32 -lgdi32

# shlwapi_* and user_wsprintf (wnsprintf) link shlwapi, which mingw does not by default
$(foreach n,$(filter shlwapi_% user_wsprintf,$(TP_C_NAMES)),$(TP_OUT)/$(n).exe): $(TP_OUT)/%.exe: $(TP_SRC)/%.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -lshlwapi

# SHGetKnownFolderPath's result is freed with ole32's CoTaskMemFree
$(TP_OUT)/shell_folders.exe: $(TP_SRC)/shell_folders.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -lshell32 -lole32

# UCRT instead of msvcrt: gcc 12 has no -mcrtdll, so link with a copy of
# the default specs where -lmsvcrt becomes -lucrt; _UCRT selects the
# matching declarations in mingw's headers.
$(TP_OBJ)/ucrt.specs: | $(TP_OBJ)
	$(MINGW_CC) -dumpspecs | sed 's/-lmsvcrt/-lucrt/g' > $@
$(TP_OUT)/ucrt_basic.exe: $(TP_SRC)/ucrt_basic.c $(TP_OBJ)/ucrt.specs $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -D_UCRT -specs=$(TP_OBJ)/ucrt.specs -o $@ $<
# the same printf checks against the UCRT
$(TP_OUT)/crt_printf_fmt_ucrt.exe: $(TP_SRC)/crt_printf_fmt.c $(TP_OBJ)/ucrt.specs $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -D_UCRT -DUCRT -specs=$(TP_OBJ)/ucrt.specs -o $@ $<

# winmm's timer functions and ws2_32's start-up, as Go's runtime uses them
$(TP_OUT)/runtime_support.exe: $(TP_SRC)/runtime_support.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -lwinmm -lws2_32

# --- Go programs -----------------------------------------------------------

# One module (tests/programs/go/go.mod) with a package per program and the
# shared check helper in internal/t. Debian's Go cross-builds them with the
# standard library only: the cache and GOPATH live in the build directory,
# the proxy is off and nothing is fetched (CI has no Go network access);
# GOENV=off ignores the user's go env file.
TP_GO_ENV := GOOS=windows GOARCH=amd64 CGO_ENABLED=0 GOFLAGS=-mod=mod \
	GOPROXY=off GOSUMDB=off GOTOOLCHAIN=local GOENV=off GOTELEMETRY=off \
	GOCACHE=$(abspath $(B))/go/cache GOPATH=$(abspath $(B))/go/path
TP_GO_FILES := $(TP_GO_SRC)/go.mod $(wildcard $(TP_GO_SRC)/*/*.go $(TP_GO_SRC)/internal/*/*.go)
$(TP_OUT)/go_%.exe: $(TP_GO_FILES) | $(TP_OBJ)
	cd $(TP_GO_SRC) && $(TP_GO_ENV) go build -trimpath -o $(abspath $@) ./$*

# --- MSVC-ABI programs ----------------------------------------------------
#
# tests/programs/NAME_msvc.c and NAME_msvc.cpp are built the way MSVC
# builds: clang for x86_64-pc-windows-msvc (C++ exceptions through
# _CxxThrowException and __CxxFrameHandler3 tables, C __try/__except and
# __finally through __C_specific_handler scope tables), linked by lld-link
# against msvcrt.dll and kernel32.dll. No MSVC CRT or SDK is needed: the
# import libraries come from msvc/*.def, the start-up from msvc/crt0.c,
# and the headers are mingw-w64's (made to take their GNU paths with
# -fgnuc-version, which clang's MSVC mode otherwise leaves undefined).
MSVC_CC      ?= clang
MSVC_LINK    ?= lld-link
MSVC_DLLTOOL ?= llvm-dlltool
MSVC_SYSINC  ?= /usr/x86_64-w64-mingw32/include
TP_MSVC_OBJ := $(TP_OBJ)/msvc
TP_MSVC_CFLAGS := --target=x86_64-pc-windows-msvc -fgnuc-version=4.2.1 -fms-extensions \
	-isystem $(MSVC_SYSINC) -O1 -g0 -Wall -D__USE_MINGW_ANSI_STDIO=0 -fno-threadsafe-statics
TP_MSVC_CXXFLAGS := $(TP_MSVC_CFLAGS) -fexceptions -fcxx-exceptions
TP_MSVC_LIBS := $(TP_MSVC_OBJ)/crt0.obj $(TP_MSVC_OBJ)/kernel32.lib $(TP_MSVC_OBJ)/msvcrt.lib \
	$(TP_MSVC_OBJ)/vcruntime140.lib $(TP_MSVC_OBJ)/vcruntime140_1.lib

$(TP_MSVC_OBJ):
	mkdir -p $@
$(TP_MSVC_OBJ)/%.lib: $(TP_SRC)/msvc/%.def | $(TP_MSVC_OBJ)
	$(MSVC_DLLTOOL) -m i386:x86-64 -d $< -l $@
$(TP_MSVC_OBJ)/crt0.obj: $(TP_SRC)/msvc/crt0.c | $(TP_MSVC_OBJ)
	$(MSVC_CC) $(TP_MSVC_CFLAGS) -c -o $@ $<
$(TP_MSVC_OBJ)/%.obj: $(TP_SRC)/%.c $(TP_SRC)/test.h | $(TP_MSVC_OBJ)
	$(MSVC_CC) $(TP_MSVC_CFLAGS) -c -o $@ $<
$(TP_MSVC_OBJ)/%.obj: $(TP_SRC)/%.cpp $(TP_SRC)/test.h | $(TP_MSVC_OBJ)
	$(MSVC_CC) $(TP_MSVC_CXXFLAGS) -c -o $@ $<
$(foreach n,$(TP_MSVC_NAMES),$(TP_OUT)/$(n).exe): $(TP_OUT)/%.exe: $(TP_MSVC_OBJ)/%.obj $(TP_MSVC_LIBS)
	$(MSVC_LINK) -nologo -nodefaultlib -entry:mainCRTStartup -subsystem:console -out:$@ $^

# user_edit, user_listbox, user_ownerdraw: the controls, with gdi32 for a stock font
$(TP_OUT)/user_edit.exe $(TP_OUT)/user_listbox.exe $(TP_OUT)/user_ownerdraw.exe: $(TP_OUT)/%.exe: $(TP_SRC)/%.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -luser32 -lgdi32

# user_misc2: SetSysColors' brushes and MENUINFO's background are gdi32 brushes
$(TP_OUT)/user_misc2.exe: $(TP_SRC)/user_misc2.c $(TP_DEPS)
	$(MINGW_CC) $(TP_CFLAGS) -o $@ $< -luser32 -lgdi32
