from sympy import sympify
expr = sympify(request.args["expr"])
