cb.like(root.get("name"), "%" + name + "%");
