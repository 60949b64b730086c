var o = JsonSerializer.Deserialize<Order>(json);
