User.exists?("id = #{params[:id]}")
