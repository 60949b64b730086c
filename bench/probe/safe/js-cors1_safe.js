app.use(cors({ origin: ['https://app.example.com'], credentials: true }));
