var url = Request.Query["target"];
var r = await client.GetAsync(url);
