var settings = new XsltSettings(true, true);
