/*
 * National language support: locales, string comparison, code pages.
 */
#ifndef WINRUN_WINNLS_H
#define WINRUN_WINNLS_H

#include "windef.h"

#define LOCALE_INVARIANT            0x007f
#define LOCALE_SYSTEM_DEFAULT       0x0800
#define LOCALE_USER_DEFAULT         0x0400
#define LOCALE_NEUTRAL              0x0000

#define NORM_IGNORECASE             0x00000001
#define NORM_IGNORENONSPACE         0x00000002
#define NORM_IGNORESYMBOLS          0x00000004
#define LINGUISTIC_IGNORECASE       0x00000010
#define LINGUISTIC_IGNOREDIACRITIC  0x00000020
#define NORM_IGNOREKANATYPE         0x00010000
#define NORM_IGNOREWIDTH            0x00020000
#define NORM_LINGUISTIC_CASING      0x08000000
#define SORT_STRINGSORT             0x00001000
#define SORT_DIGITSASNUMBERS        0x00000008

#define CSTR_LESS_THAN              1
#define CSTR_EQUAL                  2
#define CSTR_GREATER_THAN           3

WINBASEAPI int WINAPI CompareStringW(LCID, DWORD, LPCWSTR, int, LPCWSTR, int);
WINBASEAPI int WINAPI CompareStringA(LCID, DWORD, LPCSTR, int, LPCSTR, int);
WINBASEAPI LCID WINAPI GetThreadLocale(void);

/* code pages */
#define MAX_LEADBYTES               12
#define MAX_DEFAULTCHAR             2
#define MB_COMPOSITE                0x02
#define MB_USEGLYPHCHARS            0x04
#define WC_COMPOSITECHECK           0x200
#define WC_DISCARDNS                0x10
#define WC_SEPCHARS                 0x20
#define WC_DEFAULTCHAR              0x40

typedef struct { UINT MaxCharSize; BYTE DefaultChar[MAX_DEFAULTCHAR]; BYTE LeadByte[MAX_LEADBYTES]; } CPINFO, *LPCPINFO;
typedef struct {
    UINT MaxCharSize; BYTE DefaultChar[MAX_DEFAULTCHAR]; BYTE LeadByte[MAX_LEADBYTES];
    WCHAR UnicodeDefaultChar; UINT CodePage; CHAR CodePageName[260];
} CPINFOEXA, *LPCPINFOEXA;
typedef struct {
    UINT MaxCharSize; BYTE DefaultChar[MAX_DEFAULTCHAR]; BYTE LeadByte[MAX_LEADBYTES];
    WCHAR UnicodeDefaultChar; UINT CodePage; WCHAR CodePageName[260];
} CPINFOEXW, *LPCPINFOEXW;

/* LCMapString */
#define LCMAP_LOWERCASE             0x00000100
#define LCMAP_UPPERCASE             0x00000200
#define LCMAP_TITLECASE             0x00000300
#define LCMAP_SORTKEY               0x00000400
#define LCMAP_BYTEREV               0x00000800
#define LCMAP_HIRAGANA              0x00100000
#define LCMAP_KATAKANA              0x00200000
#define LCMAP_HALFWIDTH             0x00400000
#define LCMAP_FULLWIDTH             0x00800000
#define LCMAP_LINGUISTIC_CASING     0x01000000
#define LCMAP_SIMPLIFIED_CHINESE    0x02000000
#define LCMAP_TRADITIONAL_CHINESE   0x04000000
#define LCMAP_SORTHANDLE            0x20000000
#define LCMAP_HASH                  0x00040000

/* GetStringType */
#define CT_CTYPE1 1
#define CT_CTYPE2 2
#define CT_CTYPE3 4
#define C1_UPPER 0x0001
#define C1_LOWER 0x0002
#define C1_DIGIT 0x0004
#define C1_SPACE 0x0008
#define C1_PUNCT 0x0010
#define C1_CNTRL 0x0020
#define C1_BLANK 0x0040
#define C1_XDIGIT 0x0080
#define C1_ALPHA 0x0100
#define C1_DEFINED 0x0200
#define C3_NONSPACING 0x0001
#define C3_DIACRITIC 0x0002
#define C3_SYMBOL 0x0008
#define C3_KATAKANA 0x0010
#define C3_HIRAGANA 0x0020
#define C3_HALFWIDTH 0x0040
#define C3_FULLWIDTH 0x0080
#define C3_IDEOGRAPH 0x0100
#define C3_ALPHA 0x8000

/* locale identifiers */
#define MAKELANGID(p, s)            ((((WORD)(s)) << 10) | (WORD)(p))
#define PRIMARYLANGID(l)            ((WORD)(l) & 0x3ff)
#define SUBLANGID(l)                ((WORD)(l) >> 10)
#define MAKELCID(l, sort)           ((DWORD)((((DWORD)((WORD)(sort))) << 16) | ((DWORD)((WORD)(l)))))
#define LANGIDFROMLCID(lcid)        ((WORD)(lcid))
#define SORT_DEFAULT                0
#define LANG_NEUTRAL                0
#define LANG_ENGLISH                0x09
#define SUBLANG_DEFAULT             1
#define SUBLANG_ENGLISH_US          1
#define LOCALE_NAME_MAX_LENGTH      85
#define LOCALE_NAME_USER_DEFAULT    NULL
#define LOCALE_CUSTOM_DEFAULT       0x0c00
#define LOCALE_CUSTOM_UNSPECIFIED   0x1000
#define LOCALE_CUSTOM_UI_DEFAULT    0x1400
#define LCID_INSTALLED              1
#define LCID_SUPPORTED              2
#define LOCALE_ALLOW_NEUTRAL_NAMES  0x08000000

/* GetLocaleInfo */
#define LOCALE_NOUSEROVERRIDE       0x80000000
#define LOCALE_USE_CP_ACP           0x40000000
#define LOCALE_RETURN_NUMBER        0x20000000
#define LOCALE_ILANGUAGE            0x0001
#define LOCALE_SLANGUAGE            0x0002
#define LOCALE_SLOCALIZEDDISPLAYNAME 0x0002
#define LOCALE_SENGLANGUAGE         0x1001
#define LOCALE_SENGLISHLANGUAGENAME 0x1001
#define LOCALE_SABBREVLANGNAME      0x0003
#define LOCALE_SNATIVELANGNAME      0x0004
#define LOCALE_SNATIVELANGUAGENAME  0x0004
#define LOCALE_ICOUNTRY             0x0005
#define LOCALE_SCOUNTRY             0x0006
#define LOCALE_SLOCALIZEDCOUNTRYNAME 0x0006
#define LOCALE_SENGCOUNTRY          0x1002
#define LOCALE_SENGLISHCOUNTRYNAME  0x1002
#define LOCALE_SABBREVCTRYNAME      0x0007
#define LOCALE_SNATIVECTRYNAME      0x0008
#define LOCALE_SNATIVECOUNTRYNAME   0x0008
#define LOCALE_IDEFAULTLANGUAGE     0x0009
#define LOCALE_IDEFAULTCOUNTRY      0x000a
#define LOCALE_IDEFAULTCODEPAGE     0x000b
#define LOCALE_IDEFAULTANSICODEPAGE 0x1004
#define LOCALE_IDEFAULTMACCODEPAGE  0x1011
#define LOCALE_SLIST                0x000c
#define LOCALE_IMEASURE             0x000d
#define LOCALE_SDECIMAL             0x000e
#define LOCALE_STHOUSAND            0x000f
#define LOCALE_SGROUPING            0x0010
#define LOCALE_IDIGITS              0x0011
#define LOCALE_ILZERO               0x0012
#define LOCALE_INEGNUMBER           0x1010
#define LOCALE_SNATIVEDIGITS        0x0013
#define LOCALE_SCURRENCY            0x0014
#define LOCALE_SINTLSYMBOL          0x0015
#define LOCALE_SMONDECIMALSEP       0x0016
#define LOCALE_SMONTHOUSANDSEP      0x0017
#define LOCALE_SMONGROUPING         0x0018
#define LOCALE_ICURRDIGITS          0x0019
#define LOCALE_IINTLCURRDIGITS      0x001a
#define LOCALE_ICURRENCY            0x001b
#define LOCALE_INEGCURR             0x001c
#define LOCALE_SDATE                0x001d
#define LOCALE_STIME                0x001e
#define LOCALE_SSHORTDATE           0x001f
#define LOCALE_SLONGDATE            0x0020
#define LOCALE_STIMEFORMAT          0x1003
#define LOCALE_IDATE                0x0021
#define LOCALE_ILDATE               0x0022
#define LOCALE_ITIME                0x0023
#define LOCALE_ITIMEMARKPOSN        0x1005
#define LOCALE_ICENTURY             0x0024
#define LOCALE_ITLZERO              0x0025
#define LOCALE_IDAYLZERO            0x0026
#define LOCALE_IMONLZERO            0x0027
#define LOCALE_S1159                0x0028
#define LOCALE_S2359                0x0029
#define LOCALE_ICALENDARTYPE        0x1009
#define LOCALE_IFIRSTDAYOFWEEK      0x100c
#define LOCALE_IFIRSTWEEKOFYEAR     0x100d
#define LOCALE_SDAYNAME1            0x002a
#define LOCALE_SABBREVDAYNAME1      0x0031
#define LOCALE_SMONTHNAME1          0x0038
#define LOCALE_SABBREVMONTHNAME1    0x0044
#define LOCALE_SPOSITIVESIGN        0x0050
#define LOCALE_SNEGATIVESIGN        0x0051
#define LOCALE_SISO639LANGNAME      0x0059
#define LOCALE_SISO3166CTRYNAME     0x005a
#define LOCALE_SISO639LANGNAME2     0x0067
#define LOCALE_SISO3166CTRYNAME2    0x0068
#define LOCALE_SNAME                0x005c
#define LOCALE_SYEARMONTH           0x1006
#define LOCALE_SENGCURRNAME         0x1007
#define LOCALE_SNATIVECURRNAME      0x1008
#define LOCALE_SSHORTTIME           0x0079
#define LOCALE_IPAPERSIZE           0x100a

/* GetDateFormat / GetTimeFormat */
#define DATE_SHORTDATE              0x00000001
#define DATE_LONGDATE               0x00000002
#define DATE_USE_ALT_CALENDAR       0x00000004
#define DATE_YEARMONTH              0x00000008
#define DATE_LTRREADING             0x00000010
#define DATE_RTLREADING             0x00000020
#define DATE_AUTOLAYOUT             0x00000040
#define DATE_MONTHDAY               0x00000080
#define TIME_NOMINUTESORSECONDS     0x00000001
#define TIME_NOSECONDS              0x00000002
#define TIME_NOTIMEMARKER           0x00000004
#define TIME_FORCE24HOURFORMAT      0x00000008

typedef struct {
    UINT NumDigits, LeadingZero, Grouping;
    LPWSTR lpDecimalSep, lpThousandSep;
    UINT NegativeOrder;
} NUMBERFMTW;
typedef struct {
    UINT NumDigits, LeadingZero, Grouping;
    LPWSTR lpDecimalSep, lpThousandSep;
    UINT NegativeOrder, PositiveOrder;
    LPWSTR lpCurrencySymbol;
} CURRENCYFMTW;

typedef BOOL (CALLBACK *LOCALE_ENUMPROCW)(LPWSTR);
#define LCID_ALTERNATE_SORTS        0x00000004

WINBASEAPI int WINAPI MultiByteToWideChar(UINT, DWORD, LPCSTR, int, LPWSTR, int);
WINBASEAPI int WINAPI WideCharToMultiByte(UINT, DWORD, LPCWSTR, int, LPSTR, int, LPCSTR, LPBOOL);
WINBASEAPI int WINAPI LCMapStringW(LCID, DWORD, LPCWSTR, int, LPWSTR, int);
WINBASEAPI int WINAPI GetLocaleInfoW(LCID, LCTYPE, LPWSTR, int);
WINBASEAPI LCID WINAPI GetUserDefaultLCID(void);

#endif
