Object result = MVEL.eval(expression, vars);
