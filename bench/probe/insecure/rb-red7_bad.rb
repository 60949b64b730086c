redirect_back fallback_location: params[:fallback]
