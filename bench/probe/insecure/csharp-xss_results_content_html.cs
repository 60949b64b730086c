return Results.Content($"<div>{name}</div>", "text/html");
