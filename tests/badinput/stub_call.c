/* Calls an export that exists only as a generated stub: winrun must name
 * it and the caller (module+offset) in one line and fail, not crash. */
#include <windows.h>

int main(void)
{
    FARPROC stub = GetProcAddress(GetModuleHandleA("kernel32.dll"), "SetSystemTime");
    if (!stub) return 2;
    ((BOOL (WINAPI *)(const SYSTEMTIME *))stub)(NULL);
    return 0;
}
