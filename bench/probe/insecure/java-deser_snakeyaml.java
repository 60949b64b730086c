Yaml yaml = new Yaml();
Object data = yaml.load(input);
