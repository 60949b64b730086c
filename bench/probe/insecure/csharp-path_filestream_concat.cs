var fs = new FileStream(@"C:\\data\\" + fileName, FileMode.Open);
