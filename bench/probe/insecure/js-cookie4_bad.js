document.cookie = `auth=${token}; path=/`;
