import ast
value = ast.literal_eval(s)
