redirect_to request.referer
