catch (Exception ex) { return StatusCode(500, ex.ToString()); }
