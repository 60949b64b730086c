from lxml import etree
root = etree.fromstring(xml_bytes)
