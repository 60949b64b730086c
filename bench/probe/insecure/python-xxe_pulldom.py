from xml.dom import pulldom
doc = pulldom.parseString(xml_string)
