users.find(params[:query])
# mongoid
