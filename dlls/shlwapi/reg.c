/* shlwapi's registry helpers: reg_impl.h, once per width. */
#include <stdlib.h>
#include "shlwapi_private.h"

#define T char
#define FN(x) x##A
#define tlen tlen_a
#include "reg_impl.h"
#undef T
#undef FN
#undef tlen

#define T WCHAR
#define FN(x) x##W
#define tlen tlen_w
#include "reg_impl.h"
