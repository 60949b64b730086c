const { stdout } = await execPromise(`ffprobe ${filePath}`);
