/*
 * Whether windows reach a display: other builtin DLLs ask this (an ELF
 * export, not a Win32 one) to decide whether a dialog could be answered
 * at all, as MessageBox does for itself (msgbox.c).
 */
#include "user_private.h"
#include "winrun/display.h"

DECLSPEC_EXPORT BOOL user_has_display(void)
{
    return user_driver() != null_driver_get();
}
