User.delete_all("id = #{params[:id]}")
