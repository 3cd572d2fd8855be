/*
 * In-memory dialog templates (DLGTEMPLATE and DLGITEMTEMPLATE in WORDs)
 * for the common dialogs, which user32's DialogBoxIndirectParam and
 * CreateDialogIndirectParam run. A writer without words only measures,
 * so a caller sizes the buffer with one pass and fills it with another.
 */
#include "comdlg32_private.h"

void put_word(struct writer *w, WORD v)
{
    if (w->words && w->at < w->room) w->words[w->at] = v;
    w->at++;
}

void put_str(struct writer *w, const WCHAR *s)
{
    do put_word(w, *s); while (*s++);
}

/* The header: STYLE gets DS_SETFONT, the font is 8-point MS Shell Dlg
 * (user32 maps it to the UI face); no menu, the dialog class. */
void put_dialog(struct writer *w, DWORD style, WORD items, short cx, short cy, const WCHAR *title)
{
    DLGTEMPLATE t = { style | DS_SETFONT, 0, items, 0, 0, cx, cy };
    for (size_t i = 0; i < sizeof(t) / 2; i++) put_word(w, ((WORD *)&t)[i]);
    put_word(w, 0);   /* menu */
    put_word(w, 0);   /* class */
    put_str(w, title);
    put_word(w, 8);
    put_str(w, u"MS Shell Dlg");
}

void put_item(struct writer *w, WORD cls, const WCHAR *text, DWORD style, short x, short y, short cx, short cy,
              WORD id)
{
    DLGITEMTEMPLATE item = { style | WS_CHILD | WS_VISIBLE, 0, x, y, cx, cy, id };
    if (w->at & 1) put_word(w, 0);   /* items start on a DWORD */
    for (size_t i = 0; i < sizeof(item) / 2; i++) put_word(w, ((WORD *)&item)[i]);
    put_word(w, 0xffff);
    put_word(w, cls);
    put_str(w, text);
    put_word(w, 0);   /* no creation data */
}
