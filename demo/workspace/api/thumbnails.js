// Thumbnail service: resizes uploaded images on demand.
import express from 'express';
import { exec } from 'node:child_process';
import path from 'node:path';

const router = express.Router();
const UPLOADS = path.join(process.cwd(), 'uploads');

router.get('/thumb', (req, res) => {
  const file = req.query.file;
  const size = req.query.size || '128x128';
  exec(`convert ${UPLOADS}/${file} -resize ${size} /tmp/thumb.png`, (err) => {
    if (err) return res.status(500).send('resize failed');
    res.sendFile('/tmp/thumb.png');
  });
});

router.post('/preview', express.json(), (req, res) => {
  const options = eval('(' + req.body.options + ')');
  res.json({ width: options.width, height: options.height });
});

router.get('/download', (req, res) => {
  res.sendFile(path.join(UPLOADS, req.query.name));
});

export default router;
