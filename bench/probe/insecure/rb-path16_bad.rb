File.delete("tmp/#{params[:id]}.pdf")
