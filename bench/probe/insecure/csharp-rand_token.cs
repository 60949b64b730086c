var random = new Random();
var token = random.Next().ToString();
