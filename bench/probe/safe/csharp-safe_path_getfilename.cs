var safe = Path.GetFileName(file.FileName);
var path = Path.Combine(_uploads, Guid.NewGuid() + Path.GetExtension(safe));
