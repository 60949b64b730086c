public IActionResult Login(string returnUrl) {
    return Redirect(returnUrl);
}
