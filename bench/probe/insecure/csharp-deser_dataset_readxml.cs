var ds = new DataSet();
ds.ReadXml(Request.InputStream);
