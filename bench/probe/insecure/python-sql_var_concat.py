query = "DELETE FROM posts WHERE id = " + str(post_id)
cur.execute(query)
