if (user.Password == model.Password) { await SignInAsync(user); }
