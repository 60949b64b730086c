ScriptEngine js = manager.getEngineByName("JavaScript");
js.eval(userCode);
