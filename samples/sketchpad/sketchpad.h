/* sketchpad.h - resource ids of the sample GUI program, shared by
 * sketchpad.rc and sketchpad.c, and the colours of its bitmap resource,
 * shared with mkres.c (which writes it) and tests/gui/sample.sh. */
#define IDI_APP       1
#define IDB_TILE      2
#define IDR_MENU      3
#define IDR_ACCEL     4
#define IDD_ABOUT     5
#define IDC_GRID      100
#define IDC_APPICON   101

#define ID_NEW        201
#define ID_OPEN       202
#define ID_EXIT       203
#define ID_UNDO       211
#define ID_GRID       212
#define ID_ABOUT      221

/* the bitmap: 16x16, four 8x8 quadrants (0xRRGGBB) */
#define TILE_SIZE     16
#define TILE_TL       0xffd700   /* gold */
#define TILE_TR       0x00a0a0   /* teal */
#define TILE_BL       0x8000c0   /* violet */
#define TILE_BR       0x202020   /* near black */
