session.createQuery("from User where username = '" + username + "'").list();
