xpath.compile(String.format("//item[@id='%s']", id));
