Redirect::temporary(&q.return_to)
