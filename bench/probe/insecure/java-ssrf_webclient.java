String s = WebClient.create(callbackUrl).get().retrieve().bodyToMono(String.class).block();
