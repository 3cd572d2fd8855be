/* cxx_iostream.cpp - libstdc++ (linked statically, no exceptions) on top
 * of msvcrt: std::cout/std::cerr reach the CRT's stdout/stderr,
 * std::stringstream formats integers, floats, hex, widths and precision,
 * std::string, std::vector, std::map, std::sort and std::getline work. */
#include "test.h"
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

/* what a stream manipulator chain produces, as a std::string */
template <typename T> static std::string fmt(T value, std::ios_base &(*manip)(std::ios_base &) = nullptr,
                                             int prec = -1, int width = 0)
{
    std::ostringstream s;
    if (manip) s << manip;
    if (prec >= 0) s << std::setprecision(prec);
    if (width) s << std::setw(width);
    s << value;
    return s.str();
}

static void test_streams(void)
{
    std::string s;

    /* cout shares stdout with printf (sync_with_stdio): a "#" line that
     * run.sh shows; cerr goes to stderr */
    std::cout << "# cout: " << 42 << ' ' << "text" << std::endl;
    ok(std::cout.good(), "cout good after output");
    std::cerr << "cerr line " << 7 << std::endl;
    ok(std::cerr.good(), "cerr good after output");

    s = fmt(12345);
    ok(s == "12345", "int: %s", s.c_str());
    s = fmt(-42);
    ok(s == "-42", "negative int: %s", s.c_str());
    s = fmt(255, std::hex);
    ok(s == "ff", "hex: %s", s.c_str());
    s = fmt(8, std::oct);
    ok(s == "10", "oct: %s", s.c_str());
    s = fmt(42, nullptr, -1, 6);
    ok(s == "    42", "setw(6): \"%s\"", s.c_str());
    s = fmt(3.14159265, nullptr, 3);
    ok(s == "3.14", "setprecision(3): %s", s.c_str());
    s = fmt(3.14159265, std::fixed, 2);
    ok(s == "3.14", "fixed 2: %s", s.c_str());
    s = fmt(1e10);
    ok(s == "1e+10", "1e10: %s", s.c_str());
    s = fmt(1.5e-7, std::scientific, 2);
    ok(s == "1.50e-07", "scientific: %s", s.c_str());
    s = fmt(0.1);
    ok(s == "0.1", "0.1: %s", s.c_str());

    {
        std::ostringstream o;
        o << std::setfill('0') << std::setw(4) << std::hex << std::uppercase << 0xab << ' ' << std::left
          << std::setfill('*') << std::setw(5) << std::dec << 7 << '|';
        ok(o.str() == "00AB 7****|", "fill, uppercase, left: \"%s\"", o.str().c_str());
    }
    {
        std::istringstream in("17 0x1f 2.5 word");
        int a = 0, b = 0;
        double d = 0;
        std::string w;
        in >> a >> std::hex >> b >> std::dec >> d >> w;
        ok(a == 17 && b == 31 && d == 2.5 && w == "word", "parse: %d %d %d/4 %s", a, b, (int)(d * 4), w.c_str());
    }
    {
        std::istringstream in("alpha\nbeta gamma\n\nlast");
        std::vector<std::string> lines;
        std::string line;
        while (std::getline(in, line)) lines.push_back(line);
        ok(lines.size() == 4 && lines[1] == "beta gamma" && lines[2].empty() && lines[3] == "last",
           "getline: %d lines", (int)lines.size());
    }
}

static void test_containers(void)
{
    std::string s = "hello";
    s += ", world";
    ok(s.size() == 12 && s.find("world") == 7 && s.substr(0, 4) == "hell", "string: \"%s\"", s.c_str());
    s.replace(0, 5, "goodbye");
    ok(s == "goodbye, world", "replace: \"%s\"", s.c_str());
    ok(std::to_string(-123) == "-123" && std::stoi("  456") == 456, "to_string/stoi");
    /* a long string lives on the heap, not in the small buffer */
    std::string big(1000, 'x');
    ok(big.size() == 1000 && big[999] == 'x' && big.find('y') == std::string::npos, "long string");

    std::vector<int> v = { 5, 3, 9, 1, 7 };
    std::sort(v.begin(), v.end());
    ok(v == std::vector<int>({ 1, 3, 5, 7, 9 }), "sort: %d %d %d %d %d", v[0], v[1], v[2], v[3], v[4]);
    std::sort(v.begin(), v.end(), [](int a, int b) { return a > b; });
    ok(v.front() == 9 && v.back() == 1, "sort descending: %d..%d", v.front(), v.back());
    for (int i = 0; i < 10000; i++) v.push_back(i);
    ok(v.size() == 10005 && v[10004] == 9999, "vector growth: %d", (int)v.size());

    std::map<std::string, int> m;
    m["pear"] = 3;
    m["apple"] = 1;
    m["fig"] = 2;
    std::string keys;
    for (const auto &kv : m) keys += kv.first + "=" + std::to_string(kv.second) + " ";
    ok(keys == "apple=1 fig=2 pear=3 ", "map order: \"%s\"", keys.c_str());
    ok(m.count("fig") == 1 && m.find("kiwi") == m.end(), "map find");
}

int main(void)
{
    test_streams();
    test_containers();
    return test_done();
}
