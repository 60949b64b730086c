String sql = """
    SELECT * FROM users WHERE name = '%s'
    """.formatted(name);
