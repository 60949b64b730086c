ELProcessor elp = new ELProcessor();
elp.eval(input);
