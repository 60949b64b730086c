Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
