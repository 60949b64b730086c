Object v = parser.parseExpression(userInput).getValue(context);
