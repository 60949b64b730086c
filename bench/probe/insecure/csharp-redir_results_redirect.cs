app.MapGet("/go", (string url) => Results.Redirect(url));
