catch (Exception e) { return ResponseEntity.status(500).body(e.toString()); }
