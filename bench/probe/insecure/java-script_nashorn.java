new ScriptEngineManager().getEngineByName("nashorn").eval(code);
