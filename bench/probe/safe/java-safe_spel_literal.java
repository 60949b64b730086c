Expression exp = parser.parseExpression("name.toUpperCase()");
