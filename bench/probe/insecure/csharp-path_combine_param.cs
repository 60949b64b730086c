public IActionResult Download(string fileName) {
    var path = Path.Combine(_root, fileName);
    return PhysicalFile(path, "application/octet-stream");
}
