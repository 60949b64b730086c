const doc = libxmljs.parseXmlString(xml, { noent: true, dtdload: true });
