Template t = new Template("name", new StringReader(userTemplate), cfg);
