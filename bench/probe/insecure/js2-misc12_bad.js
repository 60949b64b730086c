const upload = multer({ storage: multer.diskStorage({ filename: (req, file, cb) => cb(null, file.originalname) }) });
