import builtins
builtins.eval(expr)
