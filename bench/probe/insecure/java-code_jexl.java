JexlExpression e = jexl.createExpression(userExpr);
