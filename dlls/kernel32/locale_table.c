/*
 * The locales winrun knows besides en-US: Windows' LCID, name and code
 * pages, and the few conventions a program is most likely to ask for, so
 * that they answer as Windows does even where glibc's locale of the same
 * name is not installed (Debian CI has only C.UTF-8). Values are Windows
 * 10's. Each locale's full data is built on first use (locale_build.c).
 */
#include "locale_data.h"
#include "winnls.h"

#define NBSP u"\u00a0"

/* lcid, name, unix, acp, oemcp, maccp, country code, first day, metric,
 * decimal, thousand, list, language, country, abbreviations (lang, ctry),
 * ISO 639-2, ISO 3166 alpha-3, currency, ISO 4217, currency name, long date.
 * The first row of a language is its default (a bare "de" LANG picks it). */
static const struct locale_entry table[] = {
    { 0x0407, u"de-DE", "de_DE", 1252, 850, 10000, 49, 0, 1, u",", u".", u";", u"German", u"Germany",
      u"DEU", u"DEU", u"deu", u"DEU", u"€", u"EUR", u"Euro", u"dddd, d. MMMM yyyy" },
    { 0x0c07, u"de-AT", "de_AT", 1252, 850, 10000, 43, 0, 1, u",", u".", u";", u"German", u"Austria",
      u"DEA", u"AUT", u"deu", u"AUT", u"€", u"EUR", u"Euro", u"dddd, d. MMMM yyyy" },
    { 0x0807, u"de-CH", "de_CH", 1252, 850, 10000, 41, 0, 1, u".", u"\u2019", u";", u"German", u"Switzerland",
      u"DES", u"CHE", u"deu", u"CHE", u"CHF", u"CHF", u"Swiss Franc", u"dddd, d. MMMM yyyy" },
    { 0x040c, u"fr-FR", "fr_FR", 1252, 850, 10000, 33, 0, 1, u",", NBSP, u";", u"French", u"France",
      u"FRA", u"FRA", u"fra", u"FRA", u"€", u"EUR", u"Euro", u"dddd d MMMM yyyy" },
    { 0x0c0c, u"fr-CA", "fr_CA", 1252, 850, 10000, 2, 6, 1, u",", NBSP, u";", u"French", u"Canada",
      u"FRC", u"CAN", u"fra", u"CAN", u"$", u"CAD", u"Canadian Dollar", u"d MMMM yyyy" },
    { 0x0c0a, u"es-ES", "es_ES", 1252, 850, 10000, 34, 0, 1, u",", u".", u";", u"Spanish", u"Spain",
      u"ESN", u"ESP", u"spa", u"ESP", u"€", u"EUR", u"Euro", u"dddd, d' de 'MMMM' de 'yyyy" },
    { 0x080a, u"es-MX", "es_MX", 1252, 850, 10000, 52, 6, 1, u".", u",", u",", u"Spanish", u"Mexico",
      u"ESM", u"MEX", u"spa", u"MEX", u"$", u"MXN", u"Mexican Peso", u"dddd, d' de 'MMMM' de 'yyyy" },
    { 0x0410, u"it-IT", "it_IT", 1252, 850, 10000, 39, 0, 1, u",", u".", u";", u"Italian", u"Italy",
      u"ITA", u"ITA", u"ita", u"ITA", u"€", u"EUR", u"Euro", u"dddd d MMMM yyyy" },
    { 0x0416, u"pt-BR", "pt_BR", 1252, 850, 10000, 55, 6, 1, u",", u".", u";", u"Portuguese", u"Brazil",
      u"PTB", u"BRA", u"por", u"BRA", u"R$", u"BRL", u"Brazilian Real", u"dddd, d' de 'MMMM' de 'yyyy" },
    { 0x0816, u"pt-PT", "pt_PT", 1252, 850, 10000, 351, 6, 1, u",", NBSP, u";", u"Portuguese", u"Portugal",
      u"PTG", u"PRT", u"por", u"PRT", u"€", u"EUR", u"Euro", u"dddd, d' de 'MMMM' de 'yyyy" },
    { 0x0411, u"ja-JP", "ja_JP", 932, 932, 10001, 81, 6, 1, u".", u",", u",", u"Japanese", u"Japan",
      u"JPN", u"JPN", u"jpn", u"JPN", u"¥", u"JPY", u"Japanese Yen", u"yyyy'年'M'月'd'日'" },
    { 0x0412, u"ko-KR", "ko_KR", 949, 949, 10003, 82, 6, 1, u".", u",", u",", u"Korean", u"Korea",
      u"KOR", u"KOR", u"kor", u"KOR", u"₩", u"KRW", u"Korean Won", u"yyyy'년' M'월' d'일' dddd" },
    { 0x0804, u"zh-CN", "zh_CN", 936, 936, 10008, 86, 0, 1, u".", u",", u",", u"Chinese", u"China",
      u"CHS", u"CHN", u"zho", u"CHN", u"¥", u"CNY", u"Chinese Yuan", u"yyyy'年'M'月'd'日'" },
    { 0x0404, u"zh-TW", "zh_TW", 950, 950, 10002, 886, 6, 1, u".", u",", u",", u"Chinese", u"Taiwan",
      u"CHT", u"TWN", u"zho", u"TWN", u"$", u"TWD", u"New Taiwan Dollar", u"yyyy'年'M'月'd'日'" },
    { 0x0419, u"ru-RU", "ru_RU", 1251, 866, 10007, 7, 0, 1, u",", NBSP, u";", u"Russian", u"Russia",
      u"RUS", u"RUS", u"rus", u"RUS", u"₽", u"RUB", u"Russian Ruble", u"d MMMM yyyy 'г.'" },
    { 0x0809, u"en-GB", "en_GB", 1252, 850, 10000, 44, 0, 1, u".", u",", u",", u"English", u"United Kingdom",
      u"ENG", u"GBR", u"eng", u"GBR", u"£", u"GBP", u"British Pound", u"dd MMMM yyyy" },
    { 0x0c09, u"en-AU", "en_AU", 1252, 850, 10000, 61, 0, 1, u".", u",", u",", u"English", u"Australia",
      u"ENA", u"AUS", u"eng", u"AUS", u"$", u"AUD", u"Australian Dollar", u"dddd, d MMMM yyyy" },
    { 0x1009, u"en-CA", "en_CA", 1252, 850, 10000, 2, 6, 1, u".", u",", u",", u"English", u"Canada",
      u"ENC", u"CAN", u"eng", u"CAN", u"$", u"CAD", u"Canadian Dollar", u"MMMM d, yyyy" },
    { 0x0413, u"nl-NL", "nl_NL", 1252, 850, 10000, 31, 0, 1, u",", u".", u";", u"Dutch", u"Netherlands",
      u"NLD", u"NLD", u"nld", u"NLD", u"€", u"EUR", u"Euro", u"dddd d MMMM yyyy" },
    { 0x0415, u"pl-PL", "pl_PL", 1250, 852, 10029, 48, 0, 1, u",", NBSP, u";", u"Polish", u"Poland",
      u"PLK", u"POL", u"pol", u"POL", u"zł", u"PLN", u"Polish Zloty", u"dddd, d MMMM yyyy" },
    { 0x0405, u"cs-CZ", "cs_CZ", 1250, 852, 10029, 420, 0, 1, u",", NBSP, u";", u"Czech", u"Czechia",
      u"CSY", u"CZE", u"ces", u"CZE", u"Kč", u"CZK", u"Czech Koruna", u"dddd d. MMMM yyyy" },
    { 0x041f, u"tr-TR", "tr_TR", 1254, 857, 10081, 90, 0, 1, u",", u".", u";", u"Turkish", u"Turkey",
      u"TRK", u"TUR", u"tur", u"TUR", u"₺", u"TRY", u"Turkish Lira", u"d MMMM yyyy dddd" },
    { 0x041d, u"sv-SE", "sv_SE", 1252, 850, 10000, 46, 0, 1, u",", NBSP, u";", u"Swedish", u"Sweden",
      u"SVE", u"SWE", u"swe", u"SWE", u"kr", u"SEK", u"Swedish Krona", u"'den 'd MMMM yyyy" },
    { 0x0406, u"da-DK", "da_DK", 1252, 850, 10000, 45, 0, 1, u",", u".", u";", u"Danish", u"Denmark",
      u"DAN", u"DNK", u"dan", u"DNK", u"kr.", u"DKK", u"Danish Krone", u"dddd 'den' d. MMMM yyyy" },
    { 0x040b, u"fi-FI", "fi_FI", 1252, 850, 10000, 358, 0, 1, u",", NBSP, u";", u"Finnish", u"Finland",
      u"FIN", u"FIN", u"fin", u"FIN", u"€", u"EUR", u"Euro", u"dddd d. MMMM yyyy" },
    { 0x0414, u"nb-NO", "nb_NO", 1252, 850, 10000, 47, 0, 1, u",", NBSP, u";", u"Norwegian Bokmål", u"Norway",
      u"NOR", u"NOR", u"nob", u"NOR", u"kr", u"NOK", u"Norwegian Krone", u"dddd d. MMMM yyyy" },
};
#define COUNT (sizeof(table) / sizeof(table[0]))

unsigned int locale_table_count(void) { return COUNT; }
const struct locale_entry *locale_table_entry(unsigned int i) { return i < COUNT ? &table[i] : NULL; }

/* Built once and never freed; two threads racing on the first use may both
 * build, and the loser's copy is dropped in favour of the published one. */
const struct locale_def *locale_table_def(unsigned int i)
{
    static const struct locale_def *built[COUNT];
    const struct locale_def *def, *expected = NULL;

    if (i >= COUNT) return NULL;
    if ((def = __atomic_load_n(&built[i], __ATOMIC_ACQUIRE))) return def;
    if (!(def = locale_build(&table[i]))) return NULL;
    if (!__atomic_compare_exchange_n(&built[i], &expected, def, FALSE, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        locale_free(def);
        def = expected;
    }
    return def;
}
