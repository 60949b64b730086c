cmd = "convert #{params[:file]} out.png"
system(cmd)
