return RedirectResponse(url=next_url)
