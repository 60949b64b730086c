const browser = await puppeteer.launch();
const page = await browser.newPage();
await page.goto(req.query.url);
