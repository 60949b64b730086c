const upload = multer({ dest: 'uploads/' });
app.post('/up', upload.single('f'), (req, res) => fs.renameSync(req.file.path, 'public/' + req.file.originalname));
