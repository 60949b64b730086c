var cs = "Server=localhost;Database=app;Uid=root;Pwd=rootpass123;";
