return redirect(request.query_params.get("next"))
