let tera = Tera::default();
tera.autoescape_on(vec![]);
