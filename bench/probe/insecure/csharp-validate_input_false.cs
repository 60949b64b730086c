[ValidateInput(false)]
public ActionResult Save(string html) { return View(); }
