RestClient.get(params[:webhook])
