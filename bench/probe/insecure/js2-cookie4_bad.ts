cookies().set('session', token);
