GroovyShell shell = new GroovyShell();
shell.evaluate(script);
