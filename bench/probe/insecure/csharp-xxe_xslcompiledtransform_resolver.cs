xslt.Load(stylesheet, XsltSettings.TrustedXslt, new XmlUrlResolver());
