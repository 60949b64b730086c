File.WriteAllText("/tmp/cache.txt", data);
