User.find_by(name: params[:name], password: params[:password])
