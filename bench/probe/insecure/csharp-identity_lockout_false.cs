var result = await _signInManager.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: false);
