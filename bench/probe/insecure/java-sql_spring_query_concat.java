@Query(value = "SELECT * FROM users WHERE name = " + "?1", nativeQuery = true)
