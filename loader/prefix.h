/* Locating and creating prefixes (see prefix.c). */
#ifndef WINRUN_LOADER_PREFIX_H
#define WINRUN_LOADER_PREFIX_H

/* Returns the absolute prefix path (malloc'ed), creating the prefix when it
 * does not exist; NULL after printing a "winrun: " line. EXPLICIT is the
 * --prefix argument or NULL. */
char *prefix_open(const char *explicit_path);

#endif
