app.use(cors({ origin: (origin, cb) => cb(null, true), credentials: true }));
