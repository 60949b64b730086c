kryo.setRegistrationRequired(false);
