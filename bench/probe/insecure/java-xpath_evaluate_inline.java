NodeList nl = (NodeList) xpath.evaluate("/users/user[name='" + name + "']", doc, XPathConstants.NODESET);
