@Select("SELECT * FROM users WHERE name = #{name}")
User findByName(@Param("name") String name);
