// The os package over kernel32: arguments, environment, files in a temp
// directory, working directory, executable path; fmt formatting.
// run.sh passes the arguments: one, "two words", U+00E9 U+20AC.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"winrun/tests/internal/t"
)

func args() {
	want := []string{"one", "two words", "\u00e9\u20ac"}
	t.Ok(len(os.Args) == len(want)+1, "len(os.Args) %d: %q", len(os.Args), os.Args)
	if len(os.Args) == len(want)+1 {
		for i, w := range want {
			t.Ok(os.Args[i+1] == w, "os.Args[%d] %q, expected %q", i+1, os.Args[i+1], w)
		}
	}
	t.Ok(strings.HasSuffix(strings.ToLower(os.Args[0]), "go_os.exe") || strings.HasSuffix(strings.ToLower(os.Args[0]), "go_os"),
		"os.Args[0] %q", os.Args[0])
	exe, err := os.Executable()
	t.Ok(err == nil && strings.EqualFold(filepath.Base(exe), "go_os.exe"), "os.Executable %q %v", exe, err)
}

func env() {
	t.Ok(os.Getenv("WINRUN_TEST_VAR") == "hello world", "WINRUN_TEST_VAR %q", os.Getenv("WINRUN_TEST_VAR"))
	t.Ok(os.Getenv("WINRUN_TEST_UTF8") == "\u00e9\u20ac", "WINRUN_TEST_UTF8 %q", os.Getenv("WINRUN_TEST_UTF8"))
	_, found := os.LookupEnv("WINRUN_TEST_NOT_SET")
	t.Ok(!found, "an unset variable is not found")
	err := os.Setenv("WINRUN_GO_VAR", "v=1")
	t.Ok(err == nil && os.Getenv("WINRUN_GO_VAR") == "v=1", "Setenv/Getenv %q %v", os.Getenv("WINRUN_GO_VAR"), err)
	inEnviron := false
	for _, kv := range os.Environ() {
		if kv == "WINRUN_GO_VAR=v=1" {
			inEnviron = true
		}
	}
	t.Ok(inEnviron, "os.Environ has the variable set")
	os.Unsetenv("WINRUN_GO_VAR")
	_, found = os.LookupEnv("WINRUN_GO_VAR")
	t.Ok(!found, "Unsetenv removed it")
	t.Ok(os.ExpandEnv("<$WINRUN_TEST_VAR>") == "<hello world>", "ExpandEnv %q", os.ExpandEnv("<$WINRUN_TEST_VAR>"))
}

func files() {
	dir, err := os.MkdirTemp("", "winrun-go")
	if !t.Ok(err == nil, "MkdirTemp %q %v", dir, err) {
		return
	}
	defer os.RemoveAll(dir)
	t.Ok(filepath.IsAbs(dir), "temp dir %q is absolute", dir)

	name := filepath.Join(dir, "a.txt")
	f, err := os.Create(name)
	t.Ok(err == nil, "Create %v", err)
	if err == nil {
		n, err := fmt.Fprintf(f, "line %d\r\nsecond\n", 1)
		t.Ok(err == nil && n == 15, "Fprintf to the file: %d %v", n, err)
		t.Ok(f.Close() == nil, "Close")
	}
	data, err := os.ReadFile(name)
	t.Ok(err == nil && string(data) == "line 1\r\nsecond\n", "ReadFile %q %v", data, err)

	fi, err := os.Stat(name)
	t.Ok(err == nil && fi.Size() == 15 && !fi.IsDir() && fi.Name() == "a.txt", "Stat %v %v", fi, err)

	// append, then read back through bufio
	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	if t.Ok(err == nil, "OpenFile(O_APPEND) %v", err) {
		f.WriteString("third\n")
		f.Close()
	}
	f, err = os.Open(name)
	if t.Ok(err == nil, "Open %v", err) {
		sc := bufio.NewScanner(f)
		var lines []string
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		f.Close()
		t.Ok(len(lines) == 3 && lines[2] == "third", "lines %q", lines)
	}

	// a big file, written and copied
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i * 7)
	}
	err = os.WriteFile(filepath.Join(dir, "big.bin"), big, 0644)
	t.Ok(err == nil, "WriteFile 1 MiB %v", err)
	src, err1 := os.Open(filepath.Join(dir, "big.bin"))
	dst, err2 := os.Create(filepath.Join(dir, "copy.bin"))
	if t.Ok(err1 == nil && err2 == nil, "open for copy %v %v", err1, err2) {
		n, err := io.Copy(dst, src)
		t.Ok(err == nil && n == 1<<20, "io.Copy %d %v", n, err)
		src.Close()
		dst.Close()
		back, err := os.ReadFile(filepath.Join(dir, "copy.bin"))
		t.Ok(err == nil && string(back) == string(big), "the copy is identical (%d bytes) %v", len(back), err)
	}

	err = os.Mkdir(filepath.Join(dir, "sub"), 0755)
	t.Ok(err == nil, "Mkdir %v", err)
	err = os.Rename(name, filepath.Join(dir, "sub", "b.txt"))
	t.Ok(err == nil, "Rename %v", err)
	_, err = os.Stat(name)
	t.Ok(os.IsNotExist(err), "the old name is gone: %v", err)

	entries, err := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	t.Ok(err == nil && strings.Join(names, ",") == "big.bin,copy.bin,sub", "ReadDir %q %v", names, err)

	err = os.Remove(filepath.Join(dir, "sub"))
	t.Ok(err != nil, "Remove of a non-empty directory fails: %v", err)
	_, err = os.Open(filepath.Join(dir, "nope.txt"))
	t.Ok(os.IsNotExist(err), "Open of a missing file: %v", err)
	err = os.RemoveAll(dir)
	_, statErr := os.Stat(dir)
	t.Ok(err == nil && os.IsNotExist(statErr), "RemoveAll %v, then Stat %v", err, statErr)
}

func cwd() {
	wd, err := os.Getwd()
	t.Ok(err == nil && filepath.IsAbs(wd), "Getwd %q %v", wd, err)
	dir, err := os.MkdirTemp("", "winrun-go-cwd")
	if err != nil {
		t.Ok(false, "MkdirTemp %v", err)
		return
	}
	defer os.RemoveAll(dir)
	err = os.Chdir(dir)
	now, _ := os.Getwd()
	t.Ok(err == nil && strings.EqualFold(now, dir), "Chdir to %q: Getwd %q %v", dir, now, err)
	os.WriteFile("rel.txt", []byte("x"), 0644)
	_, err = os.Stat(filepath.Join(dir, "rel.txt"))
	t.Ok(err == nil, "a relative name is in the new directory: %v", err)
	os.Chdir(wd)
	t.Ok(os.Getpid() > 0, "Getpid %d", os.Getpid())
	host, err := os.Hostname()
	t.Ok(err == nil && host != "", "Hostname %q %v", host, err)
}

func formatting() {
	type pair struct {
		A int
		B string
	}
	s := fmt.Sprintf("%d|%5d|%-4d|%x|%X|%o|%b|%q|%v|%+v|%8.3f|%e|%t|%c|%U",
		42, 7, 3, 255, 255, 8, 5, "a\"b", pair{1, "x"}, pair{2, "y"}, 3.14159, 1234.5, true, 'é', 'é')
	want := `42|    7|3   |ff|FF|10|101|"a\"b"|{1 x}|{A:2 B:y}|   3.142|1.234500e+03|true|é|U+00E9`
	t.Ok(s == want, "Sprintf %q", s)
	n, err := fmt.Println("# fmt.Println to stdout")
	t.Ok(err == nil && n == 24, "Println wrote %d bytes %v", n, err)
	n, err = fmt.Fprintln(os.Stderr, "stderr line")
	t.Ok(err == nil && n == 12, "Fprintln to stderr wrote %d bytes %v", n, err)
}

func main() {
	args()
	env()
	files()
	cwd()
	formatting()
	os.Exit(t.Done())
}
