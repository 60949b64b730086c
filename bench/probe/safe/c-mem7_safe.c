printf("%s", user_input);
