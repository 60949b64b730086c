String expr = "//user[@name='" + user + "' and @pass='" + pass + "']";
xpath.evaluate(expr, doc);
