Object r = new ScriptEngineManager().getEngineByName("js").eval(script);
