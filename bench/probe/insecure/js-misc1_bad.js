app.use(express.static(__dirname));
