xmlDocPtr doc = xmlReadMemory(buf, len, NULL, NULL, XML_PARSE_NOENT | XML_PARSE_DTDLOAD);
