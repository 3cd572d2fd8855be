module winrun/tests

go 1.19
