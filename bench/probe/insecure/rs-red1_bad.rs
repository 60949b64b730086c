Redirect::to(&params.next)
