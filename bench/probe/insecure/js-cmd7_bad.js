import { execa } from 'execa';
await execa(`ffmpeg -i ${input} out.mp4`, { shell: true });
