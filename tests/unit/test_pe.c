/*
 * PE header validation (dlls/ntdll/pe.c): every malformed-header case must
 * be rejected with its reason, before anything outside the file is read.
 * Images are built in memory: a minimal valid PE32+ and mutations of it.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "pe.h"

#define FILE_SIZE 0x600

struct image {
    unsigned char data[FILE_SIZE];
    IMAGE_DOS_HEADER *dos;
    IMAGE_NT_HEADERS64 *nt;
    IMAGE_SECTION_HEADER *sec;
};

/* headers at 0x80, one .text section with raw data at 0x400 */
static void make_image(struct image *img)
{
    memset(img->data, 0, sizeof(img->data));
    img->dos = (IMAGE_DOS_HEADER *)img->data;
    img->dos->e_magic = IMAGE_DOS_SIGNATURE;
    img->dos->e_lfanew = 0x80;
    img->nt = (IMAGE_NT_HEADERS64 *)(img->data + 0x80);
    img->nt->Signature = IMAGE_NT_SIGNATURE;
    img->nt->FileHeader.Machine = IMAGE_FILE_MACHINE_AMD64;
    img->nt->FileHeader.NumberOfSections = 1;
    img->nt->FileHeader.SizeOfOptionalHeader = sizeof(IMAGE_OPTIONAL_HEADER64);
    img->nt->FileHeader.Characteristics = IMAGE_FILE_EXECUTABLE_IMAGE;
    img->nt->OptionalHeader.Magic = IMAGE_NT_OPTIONAL_HDR64_MAGIC;
    img->nt->OptionalHeader.AddressOfEntryPoint = 0x1000;
    img->nt->OptionalHeader.ImageBase = 0x140000000ull;
    img->nt->OptionalHeader.SectionAlignment = 0x1000;
    img->nt->OptionalHeader.FileAlignment = 0x200;
    img->nt->OptionalHeader.SizeOfImage = 0x2000;
    img->nt->OptionalHeader.SizeOfHeaders = 0x400;
    img->nt->OptionalHeader.NumberOfRvaAndSizes = 16;
    img->sec = (IMAGE_SECTION_HEADER *)(img->nt + 1);
    memcpy(img->sec->Name, ".text", 5);
    img->sec->VirtualSize = 0x100;
    img->sec->VirtualAddress = 0x1000;
    img->sec->SizeOfRawData = 0x200;
    img->sec->PointerToRawData = 0x400;
    img->sec->Characteristics = IMAGE_SCN_CNT_CODE | IMAGE_SCN_MEM_READ | IMAGE_SCN_MEM_EXECUTE;
    img->data[0x400] = 0xc3;
}

static const char *check(struct image *img, size_t size)
{
    struct pe_headers h;
    const char *why = "not set";
    int ret = pe_check_headers(img->data, size, &h, &why);
    if (!ret) {
        ck_assert_ptr_null(why);
        return NULL;
    }
    ck_assert_ptr_nonnull(why);
    return why;
}

START_TEST(valid_image)
{
    struct image img;
    struct pe_headers h;
    const char *why;
    make_image(&img);
    ck_assert_int_eq(pe_check_headers(img.data, FILE_SIZE, &h, &why), 0);
    ck_assert_uint_eq(h.nsections, 1);
    ck_assert_uint_eq(h.image_size, 0x2000);
    ck_assert_ptr_eq(h.sections, img.sec);
}
END_TEST

START_TEST(too_small)
{
    struct image img;
    make_image(&img);
    ck_assert_str_eq(check(&img, 10), "file too small for a DOS header");
    ck_assert_str_eq(check(&img, 0), "file too small for a DOS header");
}
END_TEST

START_TEST(no_mz)
{
    struct image img;
    make_image(&img);
    img.dos->e_magic = 0x457f;   /* "\x7fE": an ELF file */
    ck_assert_str_eq(check(&img, FILE_SIZE), "no MZ signature");
}
END_TEST

START_TEST(lfanew_outside)
{
    struct image img;
    make_image(&img);
    img.dos->e_lfanew = 0x7ffffff0;
    ck_assert_str_eq(check(&img, FILE_SIZE), "PE header offset outside the file");
    img.dos->e_lfanew = -4;
    ck_assert_str_eq(check(&img, FILE_SIZE), "PE header offset outside the file");
    make_image(&img);
    ck_assert_str_eq(check(&img, 0x90), "PE header offset outside the file");
}
END_TEST

START_TEST(no_pe_signature)
{
    struct image img;
    make_image(&img);
    img.nt->Signature = 0x454e;   /* "NE": a 16-bit program */
    ck_assert_str_eq(check(&img, FILE_SIZE), "no PE signature");
}
END_TEST

START_TEST(pe32_refused)
{
    struct image img;
    make_image(&img);
    img.nt->FileHeader.Machine = IMAGE_FILE_MACHINE_I386;
    ck_assert_str_eq(check(&img, FILE_SIZE), "32-bit programs are not supported yet");
    make_image(&img);
    img.nt->OptionalHeader.Magic = IMAGE_NT_OPTIONAL_HDR32_MAGIC;
    ck_assert_str_eq(check(&img, FILE_SIZE), "32-bit programs are not supported yet");
}
END_TEST

START_TEST(other_machine)
{
    struct image img;
    make_image(&img);
    img.nt->FileHeader.Machine = 0xaa64;   /* ARM64 */
    ck_assert_str_eq(check(&img, FILE_SIZE), "not an x86-64 image");
}
END_TEST

START_TEST(optional_header)
{
    struct image img;
    make_image(&img);
    img.nt->FileHeader.SizeOfOptionalHeader = 8;
    ck_assert_str_eq(check(&img, FILE_SIZE), "optional header too small");
    make_image(&img);
    ck_assert_str_eq(check(&img, 0x100), "optional header outside the file");
    make_image(&img);
    img.nt->OptionalHeader.NumberOfRvaAndSizes = 17;
    ck_assert_str_eq(check(&img, FILE_SIZE), "too many data directories");
    make_image(&img);
    img.nt->FileHeader.SizeOfOptionalHeader = 0x70 + 8 * 2;
    ck_assert_str_eq(check(&img, FILE_SIZE), "data directories outside the optional header");
}
END_TEST

START_TEST(image_sizes)
{
    struct image img;
    make_image(&img);
    img.nt->OptionalHeader.SizeOfImage = 0;
    ck_assert_str_eq(check(&img, FILE_SIZE), "bad SizeOfImage");
    img.nt->OptionalHeader.SizeOfImage = 0xfffff000;
    ck_assert_str_eq(check(&img, FILE_SIZE), "bad SizeOfImage");
    make_image(&img);
    img.nt->OptionalHeader.SizeOfHeaders = 0x10000;
    ck_assert_str_eq(check(&img, FILE_SIZE), "headers larger than the image or the file");
    make_image(&img);
    img.nt->OptionalHeader.ImageBase = 0x140001000ull;
    ck_assert_str_eq(check(&img, FILE_SIZE), "image base not 64K aligned");
    make_image(&img);
    img.nt->OptionalHeader.SectionAlignment = 0x1001;
    ck_assert_str_eq(check(&img, FILE_SIZE), "unsupported section alignment");
}
END_TEST

START_TEST(sections)
{
    struct image img;
    make_image(&img);
    img.nt->FileHeader.NumberOfSections = 0xffff;
    ck_assert_str_eq(check(&img, FILE_SIZE), "section table outside the file");
    make_image(&img);
    img.sec->PointerToRawData = 0xfffffff0;
    ck_assert_str_eq(check(&img, FILE_SIZE), "section data outside the file");
    make_image(&img);
    img.sec->SizeOfRawData = 0x10000;
    ck_assert_str_eq(check(&img, FILE_SIZE), "section data outside the file");
    make_image(&img);
    img.sec->VirtualAddress = 0x1f80;   /* ends 0x80 past SizeOfImage */
    ck_assert_str_eq(check(&img, FILE_SIZE), "section outside the image");
    make_image(&img);
    img.sec->VirtualAddress = 0xffffff00;   /* RVA + size wraps 32 bits */
    ck_assert_str_eq(check(&img, FILE_SIZE), "section outside the image");
    make_image(&img);
    img.sec->VirtualAddress = 0x200;
    ck_assert_str_eq(check(&img, FILE_SIZE), "section overlaps the headers");
}
END_TEST

START_TEST(section_overlap)
{
    struct image img;
    make_image(&img);
    img.nt->FileHeader.NumberOfSections = 2;
    img.sec[1] = img.sec[0];
    img.sec[1].VirtualAddress = 0x1080;   /* inside the first section */
    ck_assert_str_eq(check(&img, FILE_SIZE), "sections overlap or are out of order");
    img.sec[1].VirtualAddress = 0x1100;   /* right after it: fine */
    ck_assert_ptr_null(check(&img, FILE_SIZE));
}
END_TEST

/* ---- data directories, on an image as mapped (RVA = offset) ---- */

#define MAPPED_SIZE 0x3000
static unsigned char mapped[MAPPED_SIZE] __attribute__((aligned(4096)));

static IMAGE_NT_HEADERS64 *make_mapped(void)
{
    struct image img;
    make_image(&img);
    memset(mapped, 0, sizeof(mapped));
    memcpy(mapped, img.data, 0x400);
    IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)(mapped + 0x80);
    nt->OptionalHeader.SizeOfImage = MAPPED_SIZE;
    nt->OptionalHeader.ImageBase = (ULONG_PTR)mapped;
    IMAGE_FIRST_SECTION(nt)->VirtualSize = MAPPED_SIZE - 0x1000;   /* all readable */
    return nt;
}

static const char *check_dirs(void)
{
    const char *why = "not set";
    int ret = pe_check_directories(mapped, MAPPED_SIZE, &why);
    ck_assert_int_eq(ret, why ? -1 : 0);
    return why;
}

static void set_dir(IMAGE_NT_HEADERS64 *nt, int index, DWORD rva, DWORD size)
{
    nt->OptionalHeader.DataDirectory[index].VirtualAddress = rva;
    nt->OptionalHeader.DataDirectory[index].Size = size;
}

START_TEST(directories)
{
    IMAGE_NT_HEADERS64 *nt = make_mapped();
    IMAGE_IMPORT_DESCRIPTOR *imp = (IMAGE_IMPORT_DESCRIPTOR *)(mapped + 0x1000);
    ck_assert_ptr_null(check_dirs());

    nt->OptionalHeader.AddressOfEntryPoint = MAPPED_SIZE;
    ck_assert_str_eq(check_dirs(), "entry point outside the image");

    nt = make_mapped();
    set_dir(nt, IMAGE_DIRECTORY_ENTRY_IMPORT, 0x2ff0, 0x28);
    ck_assert_str_eq(check_dirs(), "import directory outside the image");
    /* inside the image, but in a section with no rights: unreadable once protected */
    nt = make_mapped();
    set_dir(nt, IMAGE_DIRECTORY_ENTRY_TLS, 0x1000, sizeof(IMAGE_TLS_DIRECTORY64));
    IMAGE_FIRST_SECTION(nt)->Characteristics = 0;
    ck_assert_str_eq(check_dirs(), "data directory in pages without access");

    /* an import: name, lookup table (one by-name entry), IAT */
    nt = make_mapped();
    set_dir(nt, IMAGE_DIRECTORY_ENTRY_IMPORT, 0x1000, 2 * sizeof(*imp));
    imp->Name = 0x1100;
    strcpy((char *)mapped + 0x1100, "kernel32.dll");
    imp->OriginalFirstThunk = 0x1200;
    imp->FirstThunk = 0x1300;
    *(ULONGLONG *)(mapped + 0x1200) = 0x1400;
    strcpy((char *)mapped + 0x1402, "Sleep");
    ck_assert_ptr_null(check_dirs());
    *(ULONGLONG *)(mapped + 0x1200) = 0x2fff;   /* name runs off the image */
    ck_assert_str_eq(check_dirs(), "imported function name outside the image");
    *(ULONGLONG *)(mapped + 0x1200) = 0x1400;
    imp->FirstThunk = 0x2ffc;
    ck_assert_str_eq(check_dirs(), "import address table outside the image");
    imp->FirstThunk = 0x1300;
    memset(mapped + 0x2ff0, 'x', 0x10);
    imp->Name = 0x2ff0;                          /* unterminated */
    ck_assert_str_eq(check_dirs(), "import name outside the image");
    imp->Name = 0x1100;
    memset(mapped + 0x2000, 0xff, 0x1000);       /* a lookup table with no end */
    imp->OriginalFirstThunk = 0x2000;
    ck_assert_str_eq(check_dirs(), "import lookup table outside the image");
}
END_TEST

START_TEST(exports_relocs_tls)
{
    IMAGE_NT_HEADERS64 *nt = make_mapped();
    IMAGE_EXPORT_DIRECTORY *exp = (IMAGE_EXPORT_DIRECTORY *)(mapped + 0x1000);
    IMAGE_BASE_RELOCATION *rel = (IMAGE_BASE_RELOCATION *)(mapped + 0x1800);
    IMAGE_TLS_DIRECTORY64 *tls = (IMAGE_TLS_DIRECTORY64 *)(mapped + 0x1c00);

    set_dir(nt, IMAGE_DIRECTORY_ENTRY_EXPORT, 0x1000, 0x200);
    exp->NumberOfFunctions = 1;
    exp->NumberOfNames = 1;
    exp->AddressOfFunctions = 0x1100;
    exp->AddressOfNames = 0x1104;
    exp->AddressOfNameOrdinals = 0x1108;
    *(DWORD *)(mapped + 0x1100) = 0x1000 + 0x1f0;   /* a forwarder string */
    *(DWORD *)(mapped + 0x1104) = 0x1120;
    strcpy((char *)mapped + 0x1120, "f");
    strcpy((char *)mapped + 0x11f0, "b.c");
    ck_assert_ptr_null(check_dirs());
    *(WORD *)(mapped + 0x1108) = 1;
    ck_assert_str_eq(check_dirs(), "export ordinal out of range");
    *(WORD *)(mapped + 0x1108) = 0;
    exp->NumberOfFunctions = 0x7fffffff;
    ck_assert_str_eq(check_dirs(), "too many exports");

    nt = make_mapped();
    set_dir(nt, IMAGE_DIRECTORY_ENTRY_BASERELOC, 0x1800, 0x10);
    rel->VirtualAddress = 0x1000;
    rel->SizeOfBlock = 0x0c;
    *(WORD *)(rel + 1) = 0xa008;
    ck_assert_ptr_null(check_dirs());
    rel->SizeOfBlock = 0x20;
    ck_assert_str_eq(check_dirs(), "bad relocation block");
    rel->SizeOfBlock = 0x0c;
    rel->VirtualAddress = 0x2000;
    *(WORD *)(rel + 1) = 0xaffc;   /* 8 bytes at 0x2ffc */
    ck_assert_str_eq(check_dirs(), "relocation outside the image");
    *(WORD *)(rel + 1) = 0x5000;
    ck_assert_str_eq(check_dirs(), "unsupported relocation type");

    nt = make_mapped();
    set_dir(nt, IMAGE_DIRECTORY_ENTRY_TLS, 0x1c00, sizeof(*tls));
    tls->AddressOfCallBacks = (ULONG_PTR)mapped + 0x1d00;
    ck_assert_ptr_null(check_dirs());
    tls->AddressOfCallBacks = (ULONG_PTR)mapped + MAPPED_SIZE - 4;
    ck_assert_str_eq(check_dirs(), "TLS callbacks outside the image");
    tls->AddressOfCallBacks = 0;
    tls->AddressOfIndex = 0x1234;
    ck_assert_str_eq(check_dirs(), "TLS index outside the image");
}
END_TEST

START_TEST(resources)
{
    IMAGE_NT_HEADERS64 *nt = make_mapped();
    IMAGE_RESOURCE_DIRECTORY *root = (IMAGE_RESOURCE_DIRECTORY *)(mapped + 0x2000);
    IMAGE_RESOURCE_DIRECTORY_ENTRY *e = (IMAGE_RESOURCE_DIRECTORY_ENTRY *)(root + 1);

    set_dir(nt, IMAGE_DIRECTORY_ENTRY_RESOURCE, 0x2000, 0x100);
    root->NumberOfIdEntries = 1;
    e->Name = 1;
    e->OffsetToData = 0x80000000;   /* the root again: a loop */
    ck_assert_str_eq(check_dirs(), "resource tree too deep");
    root->NumberOfIdEntries = 0xffff;
    ck_assert_str_eq(check_dirs(), "resource entries outside their section");
}
END_TEST

/* every truncation of a valid image is either rejected or fully valid */
START_TEST(every_truncation)
{
    struct image img;
    make_image(&img);
    for (size_t size = 0; size < FILE_SIZE; size++) {
        unsigned char *copy = malloc(size ? size : 1);
        struct pe_headers h;
        const char *why;
        memcpy(copy, img.data, size);
        int ret = pe_check_headers(copy, size, &h, &why);
        ck_assert_msg(ret == -1 || size >= 0x600, "size %zu accepted", size);
        free(copy);
    }
}
END_TEST

START_TEST(string_bounds)
{
    char image[16] = "abc\0defghijklmno";
    ck_assert_str_eq(pe_string(image, sizeof(image), 0), "abc");
    ck_assert_ptr_null(pe_string(image, sizeof(image), 4));   /* runs off the end */
    ck_assert_ptr_null(pe_string(image, sizeof(image), 16));
    ck_assert_ptr_null(pe_rva(image, sizeof(image), 8, 9));
    ck_assert_ptr_nonnull(pe_rva(image, sizeof(image), 8, 8));
    ck_assert_ptr_null(pe_rva(image, sizeof(image), 0xffffffff, 2));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pe");
    TCase *tc = tcase_create("headers");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, valid_image);
    tcase_add_test(tc, too_small);
    tcase_add_test(tc, no_mz);
    tcase_add_test(tc, lfanew_outside);
    tcase_add_test(tc, no_pe_signature);
    tcase_add_test(tc, pe32_refused);
    tcase_add_test(tc, other_machine);
    tcase_add_test(tc, optional_header);
    tcase_add_test(tc, image_sizes);
    tcase_add_test(tc, sections);
    tcase_add_test(tc, every_truncation);
    tcase_add_test(tc, string_bounds);
    tcase_add_test(tc, section_overlap);
    tcase_add_test(tc, directories);
    tcase_add_test(tc, exports_relocs_tls);
    tcase_add_test(tc, resources);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
