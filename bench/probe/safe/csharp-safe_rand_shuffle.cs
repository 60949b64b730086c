var rnd = new Random();
var shuffled = items.OrderBy(_ => rnd.Next()).ToList();
