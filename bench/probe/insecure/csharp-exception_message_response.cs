catch (Exception ex) { return BadRequest(ex.Message); }
