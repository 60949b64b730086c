send_file "#{Rails.root}/files/#{params[:f]}"
