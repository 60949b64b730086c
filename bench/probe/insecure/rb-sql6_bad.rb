User.joins("LEFT JOIN posts ON posts.user_id = #{uid}")
