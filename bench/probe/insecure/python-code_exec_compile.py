code = compile(src, "<string>", "exec")
exec(code)
