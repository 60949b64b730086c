name = params[:name]
File.read("data/#{name}")
