/*
 * shlwapi's Path* functions: string surgery on DOS paths (no file system
 * access but PathFileExists and PathIsDirectory). One source for both
 * widths: path_impl.h, included once per width.
 */
#include "shlwapi_private.h"
#include "winrun/unicode.h"

#define T char
#define FN(x) x##A
#define tlen tlen_a
#define tupper tupper_a
#include "path_impl.h"
#undef T
#undef FN
#undef tlen
#undef tupper

#define T WCHAR
#define FN(x) x##W
#define tlen tlen_w
#define tupper tupper_w
#include "path_impl.h"
