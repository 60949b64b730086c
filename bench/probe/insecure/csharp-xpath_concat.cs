var node = doc.SelectSingleNode("//user[@name='" + user + "']");
