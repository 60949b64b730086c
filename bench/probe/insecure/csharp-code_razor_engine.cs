string html = Engine.Razor.RunCompile(template, "key", null, model);
