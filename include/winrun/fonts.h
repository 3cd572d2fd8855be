/*
 * The Windows font faces winrun offers and what stands in for each: one
 * table for gdi32's font matching (face name -> fontconfig family) and
 * for the prefix's registry (HKLM\...\CurrentVersion\Fonts lists the
 * faces that are TrueType files on Windows, by Windows' file names).
 * The Windows core fonts are not shipped on Linux; the Liberation fonts
 * are metric-compatible with Arial, Times New Roman and Courier New, and
 * Liberation Sans stands in for the UI faces (its widths are close to
 * Tahoma's; DejaVu Sans is about 15% wider), as Wine chooses too.
 */
#ifndef WINRUN_FONTS_H
#define WINRUN_FONTS_H

struct winrun_font {
    const char *face;       /* the Windows face name, as Windows spells it */
    const char *family;     /* the fontconfig family drawn for it */
    /* Windows' files for regular, bold, italic, bold italic; NULL where
     * Windows has none (aliases and bitmap fonts have no entry in Fonts) */
    const char *files[4];
};

static const struct winrun_font winrun_fonts[] = {
    { "Arial", "Liberation Sans", { "arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf" } },
    { "Helvetica", "Liberation Sans", { 0 } },
    { "Tahoma", "Liberation Sans", { "tahoma.ttf", "tahomabd.ttf", 0, 0 } },
    { "MS Sans Serif", "Liberation Sans", { 0 } },
    { "Microsoft Sans Serif", "Liberation Sans", { "micross.ttf", 0, 0, 0 } },
    { "MS Shell Dlg", "Liberation Sans", { 0 } },
    { "MS Shell Dlg 2", "Liberation Sans", { 0 } },
    { "Segoe UI", "Liberation Sans", { "segoeui.ttf", "segoeuib.ttf", "segoeuii.ttf", "segoeuiz.ttf" } },
    { "System", "Liberation Sans", { 0 } },
    { "Helv", "Liberation Sans", { 0 } },
    { "Times New Roman", "Liberation Serif", { "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf" } },
    { "Times", "Liberation Serif", { 0 } },
    { "MS Serif", "Liberation Serif", { 0 } },
    { "Tms Rmn", "Liberation Serif", { 0 } },
    { "Courier New", "Liberation Mono", { "cour.ttf", "courbd.ttf", "couri.ttf", "courbi.ttf" } },
    { "Courier", "Liberation Mono", { 0 } },
    { "Fixedsys", "Liberation Mono", { 0 } },
    { "Terminal", "Liberation Mono", { 0 } },
    { "Lucida Console", "Liberation Mono", { "lucon.ttf", 0, 0, 0 } },
    { "Consolas", "Liberation Mono", { "consola.ttf", "consolab.ttf", "consolai.ttf", "consolaz.ttf" } },
    { "Verdana", "DejaVu Sans", { "verdana.ttf", "verdanab.ttf", "verdanai.ttf", "verdanaz.ttf" } },
};

/* the style words of the Fonts key's value names, in files[] order */
static const char *const winrun_font_styles[4] = { "", " Bold", " Italic", " Bold Italic" };

#endif
