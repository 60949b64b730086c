var asm = Assembly.LoadFrom(pluginPath);
