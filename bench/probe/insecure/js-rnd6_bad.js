const { v1: uuidv1 } = require('uuid');
const resetToken = uuidv1();
