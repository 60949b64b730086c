import asyncio
proc = await asyncio.create_subprocess_shell(f"ffmpeg -i {src} out.mp4")
