var nodes = doc.SelectNodes($"/users/user[@id='{id}']");
