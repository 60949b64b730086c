await TryUpdateModelAsync(user);
