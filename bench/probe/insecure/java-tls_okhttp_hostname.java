builder.hostnameVerifier((hostname, session) -> true);
