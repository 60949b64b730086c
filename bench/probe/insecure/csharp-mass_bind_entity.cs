[HttpPost]
public async Task<IActionResult> Edit(User user) { _context.Update(user); await _context.SaveChangesAsync(); return Ok(); }
