[IgnoreAntiforgeryToken]
[HttpPost]
public IActionResult Transfer(decimal amount) { return Ok(); }
