app.use(cors({ credentials: true, origin: true }));
