stmt.execute("DELETE FROM users WHERE id = " + request.getParameter("id"));
