uri = URI(params[:webhook_url])
Net::HTTP.post(uri, payload.to_json)
