import md5 from 'md5';
const hashed = md5(password);
