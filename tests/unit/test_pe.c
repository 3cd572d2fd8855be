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
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
