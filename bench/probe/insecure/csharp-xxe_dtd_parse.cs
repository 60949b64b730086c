var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
