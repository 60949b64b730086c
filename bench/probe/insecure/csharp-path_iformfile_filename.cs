var path = Path.Combine(_env.WebRootPath, "uploads", file.FileName);
using var stream = new FileStream(path, FileMode.Create);
