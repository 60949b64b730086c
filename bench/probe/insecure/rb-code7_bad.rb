binding.eval(expr)
