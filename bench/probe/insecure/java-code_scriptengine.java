ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");
Object r = engine.eval(request.getParameter("expr"));
