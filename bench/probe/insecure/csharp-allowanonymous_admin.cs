[AllowAnonymous]
public IActionResult DeleteUser(int id) { return Ok(); }
