const password = 'SuperSecret123!';
