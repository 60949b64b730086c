printf(user_input);
