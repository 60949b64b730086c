next_url = request.args.get("next")
if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.host}):
    return redirect(next_url)
