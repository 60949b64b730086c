xpath.setXPathVariableResolver(resolver);
xpath.evaluate("//user[@name=$name]", doc);
