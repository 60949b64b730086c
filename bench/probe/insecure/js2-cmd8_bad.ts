const proc = Bun.spawn(['sh', '-c', `convert ${input}`]);
