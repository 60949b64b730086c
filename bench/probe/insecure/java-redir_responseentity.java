return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(redirectUrl)).build();
