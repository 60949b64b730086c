field.setAccessible(true);
