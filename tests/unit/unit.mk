# Unit tests of internals (Check framework). Each test links the few
# sources it exercises directly, never a whole DLL.
CHECK_FLAGS := $(shell pkg-config --cflags --libs check 2>/dev/null || echo -lcheck)
UNIT_CFLAGS := -std=gnu11 -Wall -Wextra -O1 -g -Iinclude -Idlls/ntdll -Idlls/msvcrt $(SAN_FLAGS)

$(B)/tests/unit/test_pe: tests/unit/test_pe.c dlls/ntdll/pe.c dlls/ntdll/pe_dirs.c
$(B)/tests/unit/test_unicode: tests/unit/test_unicode.c dlls/ntdll/unicode.c
$(B)/tests/unit/test_lookup: tests/unit/test_lookup.c dlls/ntdll/lookup.c dlls/ntdll/unicode.c
$(B)/tests/unit/test_spec: tests/unit/test_spec.c tools/spec.c
$(B)/tests/unit/test_printf: tests/unit/test_printf.c dlls/msvcrt/printf.c
$(B)/tests/unit/test_scanf: tests/unit/test_scanf.c dlls/msvcrt/scanf.c
$(B)/tests/unit/test_registry: tests/unit/test_registry.c server/registry.c server/registry_text.c \
                               server/registry_defaults.c dlls/ntdll/unicode.c

UNIT_TESTS := $(B)/tests/unit/test_pe $(B)/tests/unit/test_unicode $(B)/tests/unit/test_lookup $(B)/tests/unit/test_spec \
              $(if $(wildcard tests/unit/test_printf.c),$(B)/tests/unit/test_printf) \
              $(B)/tests/unit/test_scanf $(B)/tests/unit/test_registry

$(UNIT_TESTS):
	@mkdir -p $(@D)
	$(CC) $(UNIT_CFLAGS) -o $@ $^ $(CHECK_FLAGS) -lm
