var rnd = new Random();
var code = rnd.Next(0, 1000000).ToString("D6");
