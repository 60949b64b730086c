char tmpl[] = "/tmp/fooXXXXXX";
mktemp(tmpl);
