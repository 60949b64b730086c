Object value = Ognl.getValue(expression, context, root);
