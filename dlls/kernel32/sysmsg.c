/*
 * The system message table behind FormatMessage(FORMAT_MESSAGE_FROM_SYSTEM):
 * Windows' English texts for the Win32 error codes programs commonly show,
 * word for word, each ending in "\r\n" as in Windows' own table. Texts
 * with %1-style inserts are filled in by FormatMessage like any message.
 *
 * Sorted by id for the binary search; O(log n), add entries freely.
 */
#include "kernel32_private.h"

struct system_message {
    DWORD id;
    const char *text;
};

static const struct system_message messages[] = {
    { 0, "The operation completed successfully.\r\n" },
    { 1, "Incorrect function.\r\n" },
    { 2, "The system cannot find the file specified.\r\n" },
    { 3, "The system cannot find the path specified.\r\n" },
    { 4, "The system cannot open the file.\r\n" },
    { 5, "Access is denied.\r\n" },
    { 6, "The handle is invalid.\r\n" },
    { 7, "The storage control blocks were destroyed.\r\n" },
    { 8, "Not enough memory resources are available to process this command.\r\n" },
    { 9, "The storage control block address is invalid.\r\n" },
    { 10, "The environment is incorrect.\r\n" },
    { 11, "An attempt was made to load a program with an incorrect format.\r\n" },
    { 12, "The access code is invalid.\r\n" },
    { 13, "The data is invalid.\r\n" },
    { 14, "Not enough memory resources are available to complete this operation.\r\n" },
    { 15, "The system cannot find the drive specified.\r\n" },
    { 16, "The directory cannot be removed.\r\n" },
    { 17, "The system cannot move the file to a different disk drive.\r\n" },
    { 18, "There are no more files.\r\n" },
    { 19, "The media is write protected.\r\n" },
    { 20, "The system cannot find the device specified.\r\n" },
    { 21, "The device is not ready.\r\n" },
    { 22, "The device does not recognize the command.\r\n" },
    { 23, "Data error (cyclic redundancy check).\r\n" },
    { 24, "The program issued a command but the command length is incorrect.\r\n" },
    { 25, "The drive cannot locate a specific area or track on the disk.\r\n" },
    { 26, "The specified disk or diskette cannot be accessed.\r\n" },
    { 27, "The drive cannot find the sector requested.\r\n" },
    { 28, "The printer is out of paper.\r\n" },
    { 29, "The system cannot write to the specified device.\r\n" },
    { 30, "The system cannot read from the specified device.\r\n" },
    { 31, "A device attached to the system is not functioning.\r\n" },
    { 32, "The process cannot access the file because it is being used by another process.\r\n" },
    { 33, "The process cannot access the file because another process has locked a portion of the file.\r\n" },
    { 36, "Too many files opened for sharing.\r\n" },
    { 38, "Reached the end of the file.\r\n" },
    { 39, "The disk is full.\r\n" },
    { 50, "The request is not supported.\r\n" },
    { 53, "The network path was not found.\r\n" },
    { 80, "The file exists.\r\n" },
    { 82, "The directory or file cannot be created.\r\n" },
    { 87, "The parameter is incorrect.\r\n" },
    { 109, "The pipe has been ended.\r\n" },
    { 110, "The system cannot open the device or file specified.\r\n" },
    { 111, "The file name is too long.\r\n" },
    { 112, "There is not enough space on the disk.\r\n" },
    { 120, "This function is not supported on this system.\r\n" },
    { 122, "The data area passed to a system call is too small.\r\n" },
    { 123, "The filename, directory name, or volume label syntax is incorrect.\r\n" },
    { 126, "The specified module could not be found.\r\n" },
    { 127, "The specified procedure could not be found.\r\n" },
    { 131, "An attempt was made to move the file pointer before the beginning of the file.\r\n" },
    { 145, "The directory is not empty.\r\n" },
    { 161, "The specified path is invalid.\r\n" },
    { 170, "The requested resource is in use.\r\n" },
    { 183, "Cannot create a file when that file already exists.\r\n" },
    { 193, "%1 is not a valid Win32 application.\r\n" },
    { 203, "The system could not find the environment option that was entered.\r\n" },
    { 206, "The filename or extension is too long.\r\n" },
    { 231, "All pipe instances are busy.\r\n" },
    { 232, "The pipe is being closed.\r\n" },
    { 233, "No process is on the other end of the pipe.\r\n" },
    { 234, "More data is available.\r\n" },
    { 258, "The wait operation timed out.\r\n" },
    { 259, "No more data is available.\r\n" },
    { 267, "The directory name is invalid.\r\n" },
    { 288, "Attempt to release mutex not owned by caller.\r\n" },
    { 298, "Too many posts were made to a semaphore.\r\n" },
    { 299, "Only part of a ReadProcessMemory or WriteProcessMemory request was completed.\r\n" },
    { 317, "The system cannot find message text for message number 0x%1 in the message file for %2.\r\n" },
    { 487, "Attempt to access invalid address.\r\n" },
    { 534, "Arithmetic result exceeded 32 bits.\r\n" },
    { 535, "There is a process on other end of the pipe.\r\n" },
    { 536, "Waiting for a process to open the other end of the pipe.\r\n" },
    { 995, "The I/O operation has been aborted because of either a thread exit or an application request.\r\n" },
    { 996, "Overlapped I/O event is not in a signaled state.\r\n" },
    { 997, "Overlapped I/O operation is in progress.\r\n" },
    { 998, "Invalid access to memory location.\r\n" },
    { 1004, "Invalid flags.\r\n" },
    { 1113, "No mapping for the Unicode character exists in the target multi-byte code page.\r\n" },
    { 1168, "Element not found.\r\n" },
    { 1223, "The operation was canceled by the user.\r\n" },
    { 1314, "A required privilege is not held by the client.\r\n" },
    { 1400, "Invalid window handle.\r\n" },
    { 1450, "Insufficient system resources exist to complete the requested service.\r\n" },
    { 1460, "This operation returned because the timeout period expired.\r\n" },
    { 1812, "The specified image file did not contain a resource section.\r\n" },
    { 1813, "The specified resource type cannot be found in the image file.\r\n" },
    { 1814, "The specified resource name cannot be found in the image file.\r\n" },
    { 1815, "The specified resource language ID cannot be found in the image file.\r\n" },
};

const char *system_message(DWORD id)
{
    size_t lo = 0, hi = sizeof(messages) / sizeof(messages[0]);

    /* an HRESULT_FROM_WIN32 code has its Win32 error's text, as on Windows */
    if ((id & 0xffff0000) == 0x80070000) id &= 0xffff;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (messages[mid].id == id) return messages[mid].text;
        if (messages[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}
