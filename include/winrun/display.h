/* Asked by builtin DLLs that show dialogs (comdlg32): TRUE when user32
 * draws on a display, FALSE with the headless (null) driver, where no
 * one could answer a modal dialog. Exported by user32.dll.so (display.c). */
#ifndef WINRUN_DISPLAY_H
#define WINRUN_DISPLAY_H

#include "windef.h"

DECLSPEC_EXPORT BOOL user_has_display(void);

/* One line on stderr, `winrun: WHAT "CAPTION": TEXT` (newlines become
 * spaces): what a box prints instead of waiting when there is no display
 * (MessageBox, shell32's ShellAbout). Exported by user32.dll.so (msgbox.c). */
DECLSPEC_EXPORT void user_print_headless(const char *what, const WCHAR *caption, const WCHAR *text);

#endif
