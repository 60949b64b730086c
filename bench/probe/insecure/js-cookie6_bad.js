localStorage.setItem('accessToken', token);
