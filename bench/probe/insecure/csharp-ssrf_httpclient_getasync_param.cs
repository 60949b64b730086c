public async Task<IActionResult> Fetch(string url) {
    var resp = await _http.GetStringAsync(url);
    return Ok(resp);
}
