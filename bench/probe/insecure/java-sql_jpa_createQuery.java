Query q = em.createQuery("SELECT u FROM User u WHERE u.name = '" + name + "'");
