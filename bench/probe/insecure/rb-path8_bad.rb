send_data File.read(File.join(DIR, params[:doc])), filename: "x"
