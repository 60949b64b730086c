ldap.search(filter: "(uid=#{params[:user]})")
