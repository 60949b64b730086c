const corsOptions = { origin: true, credentials: true };
app.use(cors(corsOptions));
