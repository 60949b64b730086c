$.extend(true, {}, JSON.parse(userJson));
