await Task.Delay(new Random().Next(100, 500));
