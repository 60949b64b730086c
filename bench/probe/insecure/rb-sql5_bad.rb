ActiveRecord::Base.connection.execute("DELETE FROM logs WHERE id = #{id}")
