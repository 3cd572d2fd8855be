/*
 * The Path* functions, written once for both widths: path.c includes this
 * file with T = char and FN(x) = x##A, then T = WCHAR and FN(x) = x##W.
 * The A face scans bytes: '\\', '/', ':', '.', ' ' and '"' are single
 * bytes in every code page winrun runs with (the A code page is not DBCS).
 */

SHLWAPI_API T *WINAPI FN(PathFindFileName)(const T *path)
{
    const T *last = path;
    if (!path) return NULL;
    for (; *path; path++)
        if ((*path == '\\' || *path == '/' || *path == ':') && path[1] && path[1] != '\\' && path[1] != '/')
            last = path + 1;
    return (T *)last;
}

/* the last '.' of the last component, else the NUL at the end */
SHLWAPI_API T *WINAPI FN(PathFindExtension)(const T *path)
{
    const T *dot = NULL;
    if (!path) return NULL;
    for (; *path; path++) {
        if (*path == '\\' || *path == ' ') dot = NULL;
        else if (*path == '.') dot = path;
    }
    return (T *)(dot ? dot : path);
}

SHLWAPI_API BOOL WINAPI FN(PathIsRoot)(const T *path)
{
    if (!path || !*path) return FALSE;
    if (path[0] == '\\') {
        if (!path[1]) return TRUE;
        if (path[1] == '\\') {
            /* \\server and \\server\share are roots, deeper is not */
            int seps = 0;
            for (path += 2; *path; path++)
                if (*path == '\\' && ++seps > 1) return FALSE;
            return TRUE;
        }
        return FALSE;
    }
    return path[1] == ':' && path[2] == '\\' && !path[3];
}

SHLWAPI_API BOOL WINAPI FN(PathIsRelative)(const T *path)
{
    if (!path || !*path) return TRUE;
    return !(path[0] == '\\' || path[1] == ':');
}

SHLWAPI_API BOOL WINAPI FN(PathIsUNC)(const T *path)
{
    return path && path[0] == '\\' && path[1] == '\\';
}

/* a '\' at the end unless the path is empty; NULL when it would pass MAX_PATH */
SHLWAPI_API T *WINAPI FN(PathAddBackslash)(T *path)
{
    size_t len;
    if (!path || (len = tlen(path)) >= MAX_PATH) return NULL;
    if (len && path[len - 1] != '\\') {
        if (len + 1 >= MAX_PATH) return NULL;
        path[len++] = '\\';
        path[len] = 0;
    }
    return path + len;
}

/* drops one trailing '\' (not a root's); returns where the string ends now */
SHLWAPI_API T *WINAPI FN(PathRemoveBackslash)(T *path)
{
    T *last;
    size_t len;
    if (!path) return NULL;
    len = tlen(path);
    last = len ? path + len - 1 : path;
    if (*last == '\\' && !FN(PathIsRoot)(path)) *last = 0;
    return last;
}

SHLWAPI_API BOOL WINAPI FN(PathRemoveFileSpec)(T *path)
{
    T *spec = path;
    if (!path) return FALSE;
    if (*path == '\\') spec = ++path;
    if (*path == '\\') spec = ++path;
    while (*path) {
        if (*path == '\\') spec = path;
        else if (*path == ':') {
            spec = ++path;
            if (*path == '\\') spec++;
            if (!*path) break;
        }
        path++;
    }
    if (!*spec) return FALSE;
    *spec = 0;
    return TRUE;
}

SHLWAPI_API void WINAPI FN(PathRemoveExtension)(T *path)
{
    if (path) *FN(PathFindExtension)(path) = 0;
}

SHLWAPI_API BOOL WINAPI FN(PathRenameExtension)(T *path, const T *ext)
{
    T *dot;
    if (!path || !ext) return FALSE;
    dot = FN(PathFindExtension)(path);
    if ((size_t)(dot - path) + tlen(ext) >= MAX_PATH) return FALSE;
    memcpy(dot, ext, (tlen(ext) + 1) * sizeof(T));
    return TRUE;
}

SHLWAPI_API void WINAPI FN(PathStripPath)(T *path)
{
    T *name = FN(PathFindFileName)(path);
    if (name && name != path) memmove(path, name, (tlen(name) + 1) * sizeof(T));
}

SHLWAPI_API BOOL WINAPI FN(PathStripToRoot)(T *path)
{
    if (!path) return FALSE;
    while (!FN(PathIsRoot)(path))
        if (!FN(PathRemoveFileSpec)(path)) return FALSE;
    return TRUE;
}

/* after "X:\" or "\\server\share\"; NULL for anything else */
SHLWAPI_API T *WINAPI FN(PathSkipRoot)(const T *path)
{
    if (!path || !*path) return NULL;
    if (path[0] == '\\' && path[1] == '\\') {
        const T *p = path + 2;
        while (*p && *p != '\\') p++;
        if (!*p) return (T *)p;
        for (p++; *p && *p != '\\'; p++) ;
        return (T *)(*p ? p + 1 : p);
    }
    if (path[0] && path[1] == ':' && path[2] == '\\') return (T *)path + 3;
    return NULL;
}

/* after the first space outside quotes, else the NUL */
SHLWAPI_API T *WINAPI FN(PathGetArgs)(const T *path)
{
    BOOL quoted = FALSE;
    if (!path) return NULL;
    for (; *path; path++) {
        if (*path == ' ' && !quoted) return (T *)path + 1;
        if (*path == '"') quoted = !quoted;
    }
    return (T *)path;
}

SHLWAPI_API void WINAPI FN(PathRemoveArgs)(T *path)
{
    T *args;
    if (!path) return;
    args = FN(PathGetArgs)(path);
    if (*args) args[-1] = 0;
    else if (args > path && args[-1] == ' ') args[-1] = 0;
}

SHLWAPI_API BOOL WINAPI FN(PathQuoteSpaces)(T *path)
{
    size_t len;
    const T *p;
    if (!path) return FALSE;
    for (p = path; *p && *p != ' '; p++) ;
    if (!*p) return FALSE;
    len = tlen(path);
    if (len + 3 > MAX_PATH) return FALSE;
    memmove(path + 1, path, len * sizeof(T));
    path[0] = '"';
    path[len + 1] = '"';
    path[len + 2] = 0;
    return TRUE;
}

SHLWAPI_API BOOL WINAPI FN(PathUnquoteSpaces)(T *path)
{
    size_t len;
    if (!path || *path != '"') return FALSE;
    len = tlen(path);
    if (len < 2 || path[len - 1] != '"') return FALSE;
    memmove(path, path + 1, (len - 2) * sizeof(T));
    path[len - 2] = 0;
    return TRUE;
}

SHLWAPI_API BOOL WINAPI FN(PathFileExists)(const T *path)
{
    UINT mode;
    DWORD attr;
    if (!path) return FALSE;
    mode = SetErrorMode(SEM_FAILCRITICALERRORS);
    attr = FN(GetFileAttributes)(path);
    SetErrorMode(mode);
    return attr != INVALID_FILE_ATTRIBUTES;
}

/* FILE_ATTRIBUTE_DIRECTORY, not TRUE, for a directory */
SHLWAPI_API BOOL WINAPI FN(PathIsDirectory)(const T *path)
{
    DWORD attr;
    if (!path) return FALSE;
    attr = FN(GetFileAttributes)(path);
    return attr == INVALID_FILE_ATTRIBUTES ? FALSE : (BOOL)(attr & FILE_ATTRIBUTE_DIRECTORY);
}

/*
 * Removes "." and ".." components: ".." drops the component before it but
 * never the root ("X:\", "\" or "\\server\"), and leaves "\" where it
 * empties a relative path; "X:" becomes "X:\" and an empty path "\". A
 * trailing '\' stays.
 */
SHLWAPI_API BOOL WINAPI FN(PathCanonicalize)(T *dst, const T *src)
{
    T buf[MAX_PATH];
    size_t root = 0, n = 0, i = 0, len;

    if (!dst || !src) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    len = tlen(src);
    if (len >= MAX_PATH) {
        *dst = 0;
        SetLastError(ERROR_FILENAME_EXCED_RANGE);
        return FALSE;
    }
    if (!len) {
        dst[0] = '\\';
        dst[1] = 0;
        return TRUE;
    }
    /* the root: "\\server\", "\" or "X:" with its '\' */
    if (src[0] == '\\' && src[1] == '\\') {
        buf[n++] = '\\';
        buf[n++] = '\\';
        for (i = 2; i < len && src[i] != '\\'; i++) buf[n++] = src[i];
        if (i < len) buf[n++] = src[i++];
    }
    else if (src[0] == '\\') { buf[n++] = '\\'; i = 1; }
    else if (src[1] == ':') {
        buf[n++] = src[0];
        buf[n++] = ':';
        buf[n++] = '\\';
        i = src[2] == '\\' ? 3 : 2;
    }
    root = n;
    while (i < len) {
        size_t end = i;
        while (end < len && src[end] != '\\') end++;
        if (end - i == 1 && src[i] == '.') {
            /* "." goes */
        } else if (end - i == 2 && src[i] == '.' && src[i + 1] == '.') {
            /* ".." takes the component before it, never the root */
            if (n > root) {
                if (buf[n - 1] == '\\') n--;
                while (n > root && buf[n - 1] != '\\') n--;
                /* back at the start of a relative path: Windows leaves a '\' */
                if (!n) {
                    buf[n++] = '\\';
                    root = 1;
                }
            }
        } else {
            memcpy(buf + n, src + i, (end - i) * sizeof(T));
            n += end - i;
            if (end < len) buf[n++] = '\\';
        }
        i = end + 1;
    }
    /* "a\.." leaves "": Windows answers "\" */
    if (!n) buf[n++] = '\\';
    buf[n] = 0;
    memcpy(dst, buf, (n + 1) * sizeof(T));
    return TRUE;
}

SHLWAPI_API T *WINAPI FN(PathCombine)(T *dst, const T *dir, const T *file)
{
    T tmp[MAX_PATH];

    if (!dst) return NULL;
    if (!dir && !file) goto fail;
    if ((!file || !*file) && dir) {
        if (tlen(dir) >= MAX_PATH) goto fail;
        memcpy(tmp, dir, (tlen(dir) + 1) * sizeof(T));
    } else if (!dir || !*dir || !FN(PathIsRelative)(file)) {
        if (!dir || !*dir || *file != '\\' || FN(PathIsUNC)(file)) {
            /* an absolute file wins */
            if (tlen(file) >= MAX_PATH) goto fail;
            memcpy(tmp, file, (tlen(file) + 1) * sizeof(T));
        } else {
            /* "\name": on the root of dir */
            size_t l;
            if (tlen(dir) >= MAX_PATH) goto fail;
            memcpy(tmp, dir, (tlen(dir) + 1) * sizeof(T));
            FN(PathStripToRoot)(tmp);
            l = tlen(tmp);
            if (l && tmp[l - 1] == '\\') l--;
            if (l + tlen(file) >= MAX_PATH) goto fail;
            memcpy(tmp + l, file, (tlen(file) + 1) * sizeof(T));
        }
    } else {
        size_t l = tlen(dir);
        if (l >= MAX_PATH) goto fail;
        memcpy(tmp, dir, (l + 1) * sizeof(T));
        if (l && tmp[l - 1] != '\\') tmp[l++] = '\\';
        if (l + tlen(file) >= MAX_PATH) goto fail;
        memcpy(tmp + l, file, (tlen(file) + 1) * sizeof(T));
    }
    if (!FN(PathCanonicalize)(dst, tmp)) goto fail;
    return dst;
fail:
    *dst = 0;
    return NULL;
}

SHLWAPI_API BOOL WINAPI FN(PathAppend)(T *path, const T *more)
{
    T tmp[MAX_PATH];
    if (!path || !more) return FALSE;
    if (!FN(PathIsUNC)(more))
        while (*more == '\\') more++;
    if (!FN(PathCombine)(tmp, path, more)) return FALSE;
    memcpy(path, tmp, (tlen(tmp) + 1) * sizeof(T));
    return TRUE;
}

/* '*' any run, '?' one character, case-insensitive, up to ';' or the end */
static BOOL FN(match_one)(const T *name, const T *mask)
{
    for (;;) {
        if (*mask == '*') {
            while (*mask == '*') mask++;
            if (!*mask || *mask == ';') return TRUE;
            for (; *name; name++)
                if (FN(match_one)(name, mask)) return TRUE;
            return FALSE;
        }
        if (!*mask || *mask == ';') return !*name;
        if (!*name) return FALSE;
        if (*mask != '?' && tupper(*mask) != tupper(*name)) return FALSE;
        mask++;
        name++;
    }
}

/* a ';'-separated list of masks, leading spaces skipped; "*.*" alone
 * matches names without a dot too, as in DOS */
SHLWAPI_API BOOL WINAPI FN(PathMatchSpec)(const T *path, const T *mask)
{
    if (!path || !mask) return FALSE;
    if (mask[0] == '*' && mask[1] == '.' && mask[2] == '*' && !mask[3]) return TRUE;
    while (*mask) {
        while (*mask == ' ') mask++;
        if (FN(match_one)(path, mask)) return TRUE;
        while (*mask && *mask != ';') mask++;
        if (*mask == ';') mask++;
    }
    return FALSE;
}
