List r = em.createNativeQuery("SELECT * FROM users WHERE id = " + id).getResultList();
