app.use(cors({ origin: (o, cb) => cb(null, o), credentials: true }));
