string sessionId = Random.Shared.Next().ToString("x");
