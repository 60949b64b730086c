char tmpl[] = "/tmp/fooXXXXXX";
int fd = mkstemp(tmpl);
