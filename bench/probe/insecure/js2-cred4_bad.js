const transporter = nodemailer.createTransport({ auth: { user: 'me@gmail.com', pass: 'abcd efgh ijkl mnop' } });
