[AllowHtml]
public string Body { get; set; }
