TypedQuery<User> q = em.createQuery("SELECT u FROM User u WHERE u.name = :name", User.class).setParameter("name", name);
