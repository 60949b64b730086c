var tmp = Path.GetTempFileName();
