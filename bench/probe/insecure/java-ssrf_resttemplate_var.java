ResponseEntity<String> r = restTemplate.getForEntity(url, String.class);
