Runtime.getRuntime().exec(("tar xf " + file).split(" "));
