Object result = engine.eval(userScript);
