Redirect::to(&params.redirect_uri)
